package org.sportello.server.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.sportello.protocol.station.PrivateFiles;

/**
 * Puts a backup back as an office's data folder (ADR 25). Only into an empty folder: restoring over a
 * live or damaged office would mix two offices' files, and the person who moved the old folder aside
 * still has it. The restored database is opened before the restore says it is done; a backup from an
 * older Sportello is migrated as {@code office serve} migrates at its start, and one from a newer
 * Sportello is refused (this build cannot know what its newer schema means).
 */
public final class OfficeRestore {
    private OfficeRestore() {
    }

    /** What was restored: the database's contents and whether the office CA came with it. */
    public record RestoreReport(Path folder, DatabaseContents contents, boolean withTls) {
    }

    public static RestoreReport restore(Path backup, Path folder) {
        Path zip = backup.toAbsolutePath();
        Path dir = folder.toAbsolutePath();
        if (!Files.isRegularFile(zip)) {
            throw new BackupRefused(BackupTexts.text("restore.no-file", zip));
        }
        boolean created = !Files.exists(dir);
        if (!created) {
            if (!Files.isDirectory(dir)) {
                throw new BackupRefused(BackupTexts.text("restore.not-a-folder", dir));
            }
            if (!isEmpty(dir)) {
                throw new BackupRefused(BackupTexts.text("restore.not-empty", dir));
            }
        }
        PrivateFiles.directory(dir);
        boolean done = false;
        try {
            List<Path> written = BackupArchive.unpack(zip, dir);
            DatabaseContents contents = DatabaseContents.read(dir, DatabaseContents.Purpose.RESTORE);
            done = true;
            return new RestoreReport(dir, contents,
                    written.stream().anyMatch(p -> p.getParent().getFileName().toString().equals(BackupArchive.TLS)));
        } catch (IOException e) {
            throw new UncheckedIOException(BackupTexts.text("restore.failed", zip, dir, e.getMessage()), e);
        } finally {
            if (!done) {
                // Leave the folder as it was found, so the next attempt (another backup) is allowed in.
                emptyOut(dir, created);
            }
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(BackupTexts.text("restore.failed", "", dir, e.getMessage()), e);
        }
    }

    private static void emptyOut(Path dir, boolean created) {
        if (created) {
            OfficeBackup.deleteQuietly(dir);
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            entries.forEach(OfficeBackup::deleteQuietly);
        } catch (IOException e) {
            // What is left is the unusable copy just made; the message already says the restore failed.
        }
    }
}
