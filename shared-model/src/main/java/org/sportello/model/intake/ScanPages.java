package org.sportello.model.intake;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.sportello.model.documents.CodeReader;
import org.sportello.model.intake.RefusedFile.Reason;

/**
 * Opens one untrusted scan within {@link IntakeLimits}: the bytes are read through a handle that does
 * not follow a symbolic link and stop one past the size limit; an image's width and height come from
 * its header before its pixels are decoded; a PDF's pages are counted and measured (and the pictures
 * on them) before any page is rendered. A file over a limit is refused whole, before any page is filed.
 */
final class ScanPages {
    /** Forms inside forms are followed this deep when looking for oversized pictures. */
    private static final int FORM_DEPTH = 4;

    private ScanPages() {
    }

    /** The file's bytes, read without following a link at its last step; refused when over the size. */
    static byte[] read(Path file, String name, IntakeLimits limits) throws IOException {
        try (SeekableByteChannel in = Files.newByteChannel(file, Set.of(StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS))) {
            long size = in.size();
            if (size > limits.maxFileBytes()) {
                throw new FileRefusedException(RefusedFile.of(name, Reason.TOO_LARGE, size, limits.maxFileBytes()));
            }
            // The size is read again as the bytes come: a file still being written may have grown since.
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(limits.maxFileBytes() + 1, size + 8192));
            while (in.read(buffer) > 0) {
                if (!buffer.hasRemaining()) {
                    if (buffer.capacity() > limits.maxFileBytes()) {
                        throw new FileRefusedException(RefusedFile.of(name, Reason.TOO_LARGE, buffer.capacity(),
                                limits.maxFileBytes()));
                    }
                    ByteBuffer larger = ByteBuffer.allocate((int) Math.min(limits.maxFileBytes() + 1,
                            buffer.capacity() * 2L));
                    buffer.flip();
                    buffer = larger.put(buffer);
                }
            }
            return Arrays.copyOf(buffer.array(), buffer.position());
        }
    }

    /** Hands the file's pages over one at a time, after checking the whole file is within the limits. */
    static void eachPage(String name, byte[] bytes, IntakeLimits limits, CodeReader.PageVisitor visitor)
            throws IOException {
        if (name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            pdfPages(name, bytes, limits, visitor);
        } else {
            visitor.page(1, image(name, bytes, limits));
        }
    }

    private static BufferedImage image(String name, byte[] bytes, IntakeLimits limits) throws IOException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("not an image or PDF this reader knows (PNG, JPEG, TIFF, GIF, BMP, PDF)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // Only the header is read here: the pixels are decoded after the size is known to be sane.
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > limits.maxPixels()) {
                    throw new FileRefusedException(RefusedFile.of(name, Reason.TOO_MANY_PIXELS, pixels,
                            limits.maxPixels()));
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    private static void pdfPages(String name, byte[] bytes, IntakeLimits limits, CodeReader.PageVisitor visitor)
            throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            if (pages > limits.maxPages()) {
                throw new FileRefusedException(RefusedFile.of(name, Reason.TOO_MANY_PAGES, pages, limits.maxPages()));
            }
            for (int i = 0; i < pages; i++) {
                PDPage page = pdf.getPage(i);
                // Resources may be inherited from the page tree: PDPage finds them without decoding anything.
                COSDictionary resources = page.getResources() == null ? null : page.getResources().getCOSObject();
                long pixels = Math.max(renderedPixels(page.getCropBox()), largestPicture(resources, 0));
                if (pixels > limits.maxPixels()) {
                    throw new FileRefusedException(new RefusedFile(name, Reason.PDF_PAGE_TOO_LARGE, pixels,
                            limits.maxPixels(), "p." + (i + 1)));
                }
            }
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int i = 0; i < pages; i++) {
                visitor.page(i + 1, renderer.renderImageWithDPI(i, CodeReader.PDF_DPI, ImageType.GRAY));
            }
        }
    }

    /** The pixels of the page rendered at the reader's resolution (a PDF point is 1/72 inch). */
    private static long renderedPixels(PDRectangle box) {
        double scale = CodeReader.PDF_DPI / 72.0;
        return (long) Math.ceil(Math.abs(box.getWidth()) * scale) * (long) Math.ceil(Math.abs(box.getHeight()) * scale);
    }

    /**
     * The largest picture the page draws, from the /Width and /Height of its image objects: PDFBox decodes
     * a picture whole when it renders it, whatever size it is drawn at. Read from the raw dictionaries, so
     * that no picture (nor a JPEG 2000 header) is decoded to find out.
     */
    private static long largestPicture(COSDictionary resources, int depth) {
        if (resources == null || depth > FORM_DEPTH) {
            return 0;
        }
        COSDictionary objects = resources.getCOSDictionary(COSName.XOBJECT);
        if (objects == null) {
            return 0;
        }
        long largest = 0;
        for (COSName key : objects.keySet()) {
            if (objects.getDictionaryObject(key) instanceof COSStream object) {
                if (COSName.IMAGE.equals(object.getCOSName(COSName.SUBTYPE))) {
                    largest = Math.max(largest, (long) Math.max(0, object.getInt(COSName.WIDTH))
                            * Math.max(0, object.getInt(COSName.HEIGHT)));
                } else if (COSName.FORM.equals(object.getCOSName(COSName.SUBTYPE))) {
                    largest = Math.max(largest, largestPicture(object.getCOSDictionary(COSName.RESOURCES), depth + 1));
                }
            }
        }
        return largest;
    }
}
