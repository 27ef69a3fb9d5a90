package org.sportello.server.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.sportello.protocol.station.PrivateFiles;

/**
 * A consistent copy of the live office database, taken while the office works (ADR 25).
 *
 * <p>H2's {@code BACKUP TO} on an MVStore database writes the store's committed state at the moment it
 * starts: it flushes, stops reusing free space for the length of the copy (so no page it copies is
 * overwritten under it) and streams the file. Stations go on issuing tickets meanwhile; what they commit
 * after that moment is simply not in this backup. The copy is made in an owner-only folder beside the
 * target, checked by opening it, made owner-only and moved into place in one step: a reader of
 * {@code FILE} sees the old file or the whole new one, never half a backup, and no other account can
 * read it at any moment.
 */
public final class OfficeBackup {
    private OfficeBackup() {
    }

    /**
     * Backs up the database behind {@code live} (an embedded H2 file database, as the office server
     * holds it) and the office CA in {@code dataDir/tls} into {@code out}.
     */
    public static BackupReport write(DataSource live, Path dataDir, Path out) {
        Path target = out.toAbsolutePath();
        Path staging = null;
        try {
            Files.createDirectories(target.getParent());
            staging = stagingFolder(target.getParent());
            Path zip = staging.resolve("backup.zip");
            try (Connection c = live.getConnection(); PreparedStatement s = c.prepareStatement("BACKUP TO ?")) {
                s.setString(1, zip.toString());
                s.execute();
            }
            BackupArchive.addTls(zip, dataDir.resolve(BackupArchive.TLS));
            if (Files.getFileAttributeView(zip, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(zip, PrivateFiles.OWNER_ONLY_FILE);
            }
            // A backup nobody has opened is a hope, not a backup: open the copy before it takes the name.
            Path check = Files.createDirectory(staging.resolve("check"));
            BackupArchive.unpack(zip, check);
            DatabaseContents contents = DatabaseContents.read(check, DatabaseContents.Purpose.CHECK_BACKUP);
            long size = Files.size(zip);
            Files.move(zip, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new BackupReport(target, size, contents);
        } catch (SQLException e) {
            throw new BackupRefused(BackupTexts.text("backup.failed", target, DatabaseContents.firstLine(e.getMessage())), e);
        } catch (IOException e) {
            throw new UncheckedIOException(BackupTexts.text("backup.failed", target, e.getMessage()), e);
        } finally {
            deleteQuietly(staging);
        }
    }

    private static Path stagingFolder(Path parent) throws IOException {
        if (Files.getFileAttributeView(parent, PosixFileAttributeView.class) != null) {
            return Files.createTempDirectory(parent, ".backup-",
                    PosixFilePermissions.asFileAttribute(PrivateFiles.OWNER_ONLY_DIRECTORY));
        }
        return Files.createTempDirectory(parent, ".backup-");
    }

    static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temporary folder is untidy, not harmful: it is owner-only and named .backup-…
        }
    }
}
