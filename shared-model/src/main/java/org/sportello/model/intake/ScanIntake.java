package org.sportello.model.intake;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sportello.model.archive.DocumentArchive;
import org.sportello.model.archive.ReadFrom;
import org.sportello.model.archive.ScannedFile;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.documents.CodeReader;
import org.sportello.model.documents.ScannedCode;
import org.sportello.model.protocol.ProtocolNumber;
import org.sportello.model.seal.Outcome;
import org.sportello.model.seal.ScanCheck;
import org.sportello.model.seal.Verdict;

/**
 * Batch intake: a folder of scanned pages (PDF or images) is read page by page, each page's codes are
 * checked, and the page is filed under its protocol entry in the archive. The sealed QR decides when
 * it is readable; the Code 128 number alone still files the page, noted as unchecked. Pages that
 * cannot be read or must not be filed (altered, unknown, another office's) are reported, never
 * dropped: the folder is left as it was, and running the intake again files nothing twice.
 *
 * <p>The folder is untrusted (anyone on the office network may write to it): files over the
 * {@link IntakeLimits} are refused before they are decoded, and symbolic links are followed only to a
 * file inside the folder, never out of it nor to a folder.
 */
public final class ScanIntake {
    static final Set<String> EXTENSIONS = Set.of("pdf", "png", "jpg", "jpeg", "tif", "tiff", "gif", "bmp");

    private final DocumentArchive archive;
    private final ScanCheck check;
    private final IntakeLimits limits;
    private final CodeReader reader = new CodeReader();

    public ScanIntake(DocumentArchive archive, ScanCheck check) {
        this(archive, check, IntakeLimits.DEFAULTS);
    }

    public ScanIntake(DocumentArchive archive, ScanCheck check, IntakeLimits limits) {
        this.archive = archive;
        this.check = check;
        this.limits = limits;
    }

    /** Takes in every scan directly inside {@code folder}, in name order. */
    public IntakeReport intake(OperatorSession session, Path folder) throws IOException {
        long start = System.nanoTime();
        Path root = folder.toRealPath();
        List<Path> entries;
        try (Stream<Path> listing = Files.list(root)) {
            entries = listing.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        List<PageResult> pages = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<RefusedFile> refused = new ArrayList<>();
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                continue; // removed while the folder was read
            }
            Path file = entry;
            if (attributes.isSymbolicLink()) {
                Optional<RefusedFile> unsafe = unsafeLink(root, entry);
                if (unsafe.isPresent()) {
                    refused.add(unsafe.get());
                    continue;
                }
                file = entry.toRealPath();
            } else if (!attributes.isRegularFile()) {
                continue; // folders are not entered; devices and pipes are not read
            }
            if (!EXTENSIONS.contains(extension(entry))) {
                skipped.add(name);
                continue;
            }
            try {
                pages.addAll(intakeFile(session, name, file));
            } catch (FileRefusedException e) {
                refused.add(e.refusal());
            }
        }
        return new IntakeReport(pages, skipped, refused, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Why a link must not be followed, or empty for a link to a file inside the folder. */
    private static Optional<RefusedFile> unsafeLink(Path root, Path link) throws IOException {
        String name = link.getFileName().toString();
        String written = Files.readSymbolicLink(link).toString();
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            return Optional.of(new RefusedFile(name, RefusedFile.Reason.BROKEN_LINK, 0, 0, written));
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(new RefusedFile(name, RefusedFile.Reason.LINKED_FOLDER, 0, 0, target.toString()));
        }
        if (!target.startsWith(root) || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(new RefusedFile(name, RefusedFile.Reason.LINK_OUT_OF_FOLDER, 0, 0, target.toString()));
        }
        return Optional.empty();
    }

    /**
     * One file's pages; a file that cannot be opened is one FILE_ERROR line, a file over a limit is
     * refused whole (before any of its pages is filed).
     */
    private List<PageResult> intakeFile(OperatorSession session, String name, Path file) throws FileRefusedException {
        List<PageResult> out = new ArrayList<>();
        try {
            byte[] bytes = ScanPages.read(file, name, limits);
            ScannedFile scanned = ScannedFile.of(name, bytes);
            ScanPages.eachPage(name, bytes, limits, (number, image) -> out.add(page(session, scanned, number, image)));
        } catch (FileRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (e instanceof SportelloException s && s.problem() == Problem.OFFICE_UNAVAILABLE) {
                throw s; // the office is down: stop, rather than report every page as failed
            }
            out.add(new PageResult(name, out.size() + 1, PageResult.Status.FILE_ERROR, Optional.empty(),
                    Optional.empty(), String.valueOf(e.getMessage())));
        }
        return out;
    }

    /** Reads one page image and files it when its code says where. */
    public PageResult page(OperatorSession session, ScannedFile file, int pageNumber, BufferedImage image) {
        List<ScannedCode> codes = reader.readForFiling(image);
        Optional<Verdict> sealed = codes.stream().filter(c -> c.symbology() == ScannedCode.Symbology.QR_CODE)
                .map(c -> check.check(c.text())).filter(v -> v.outcome() != Outcome.NOT_A_SEAL).findFirst();
        if (sealed.isPresent()) {
            return file(session, file, pageNumber, sealed.get(), ReadFrom.QR_CODE);
        }
        Optional<Verdict> numbered = codes.stream().filter(c -> c.symbology() == ScannedCode.Symbology.CODE_128)
                .map(c -> check.check(c.text())).filter(v -> v.outcome() != Outcome.NOT_A_SEAL).findFirst();
        if (numbered.isPresent()) {
            return file(session, file, pageNumber, numbered.get(), ReadFrom.CODE_128);
        }
        String detail = codes.isEmpty() ? "" : codes.getFirst().text();
        return new PageResult(file.name(), pageNumber, PageResult.Status.UNREADABLE, Optional.empty(),
                Optional.empty(), detail);
    }

    private PageResult file(OperatorSession session, ScannedFile file, int pageNumber, Verdict verdict,
                            ReadFrom readFrom) {
        Outcome outcome = verdict.outcome();
        Optional<ProtocolNumber> number = verdict.number();
        Optional<ReadFrom> how = Optional.of(readFrom);
        // Genuine and annulled papers belong to their entry (an annulled one is evidence too); a bare
        // number that is in the register is filed, marked as read from the bar code.
        boolean fileIt = outcome == Outcome.GENUINE || outcome == Outcome.ANNULLED
                || outcome == Outcome.REGISTERED_NUMBER;
        if (!fileIt || number.isEmpty()) {
            return new PageResult(file.name(), pageNumber, PageResult.Status.NOT_FILED, Optional.of(verdict), how, "");
        }
        boolean attached = archive.attach(session, number.get(), file, pageNumber, readFrom).isPresent();
        return new PageResult(file.name(), pageNumber,
                attached ? PageResult.Status.ATTACHED : PageResult.Status.ALREADY_ATTACHED, Optional.of(verdict), how,
                "");
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
