package org.sportello.server.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.sportello.protocol.station.PrivateFiles;

/**
 * The backup file: a zip as H2's {@code BACKUP TO} writes it (one entry, {@code office.mv.db}) with the
 * office CA's folder added as {@code tls/…}, so a restored office keeps its enrolled stations. Only
 * these names are ever unpacked, so a crafted zip cannot write outside the folder.
 */
final class BackupArchive {
    static final String DATABASE_ENTRY = "office.mv.db";
    static final String TLS = "tls";
    private static final Pattern TLS_ENTRY = Pattern.compile(TLS + "/[A-Za-z0-9][A-Za-z0-9._-]{0,100}");

    private BackupArchive() {
    }

    /** Adds the regular files of {@code tlsFolder} (if any) to the zip H2 wrote. */
    static void addTls(Path zip, Path tlsFolder) throws IOException {
        if (!Files.isDirectory(tlsFolder)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(tlsFolder)) {
            files = listed.filter(Files::isRegularFile)
                    .filter(f -> TLS_ENTRY.matcher(TLS + "/" + f.getFileName()).matches()).sorted().toList();
        }
        if (files.isEmpty()) {
            return;
        }
        // The zip file system copies H2's compressed entry as it is and only adds the new ones.
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of())) {
            Path dir = Files.createDirectories(fs.getPath("/" + TLS));
            for (Path f : files) {
                Files.copy(f, dir.resolve(f.getFileName().toString()));
            }
        }
    }

    /**
     * Unpacks a backup into {@code folder} (which the caller made empty and owner-only): the database and
     * the CA files, each owner-only from its creation. Returns what it wrote.
     */
    static List<Path> unpack(Path zip, Path folder) throws IOException {
        List<Path> written = new ArrayList<>();
        boolean database = false;
        try (InputStream raw = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(raw)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String name = e.getName();
                if (e.isDirectory() && name.equals(TLS + "/")) {
                    continue;
                }
                Path target;
                if (name.equals(DATABASE_ENTRY)) {
                    target = folder.resolve(DATABASE_ENTRY);
                    database = true;
                } else if (TLS_ENTRY.matcher(name).matches()) {
                    target = PrivateFiles.directory(folder.resolve(TLS)).resolve(name.substring(TLS.length() + 1));
                } else {
                    throw new BackupRefused(BackupTexts.text("archive.unexpected-entry", zip, name));
                }
                written.add(target);
                try (OutputStream out = Files.newOutputStream(create(target))) {
                    in.transferTo(out);
                }
            }
        } catch (ZipException e) {
            throw new BackupRefused(BackupTexts.text("archive.not-a-backup", zip), e);
        }
        if (!database) {
            throw new BackupRefused(BackupTexts.text("archive.not-a-backup", zip));
        }
        return written;
    }

    private static Path create(Path file) throws IOException {
        if (Files.getFileAttributeView(file.getParent(), PosixFileAttributeView.class) != null) {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PrivateFiles.OWNER_ONLY_FILE));
        }
        return Files.createFile(file);
    }
}
