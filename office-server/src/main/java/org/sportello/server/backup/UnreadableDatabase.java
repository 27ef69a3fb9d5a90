package org.sportello.server.backup;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What {@code office serve} says when the office database cannot be opened (damaged by a power cut,
 * truncated, replaced by another file): the reason in plain words, the newest nightly backup, and the
 * exact commands that put it back. The damaged folder is moved aside rather than overwritten: it is the
 * evidence, and it holds the backups.
 */
public final class UnreadableDatabase {
    /** H2: file corrupted, unsupported file format or header, file store error. */
    private static final int[] UNREADABLE_CODES = {90030, 90048, 90028, 90124};

    private UnreadableDatabase() {
    }

    /** True when {@code e} says the file is not a usable database (not: in use by another process). */
    public static boolean isUnreadable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (int code : UNREADABLE_CODES) {
                    if (sql.getErrorCode() == code) {
                        return true;
                    }
                }
            }
            if (t.getClass().getName().equals("org.h2.mvstore.MVStoreException")) {
                return true;
            }
        }
        return false;
    }

    /** The lines for a person: what is wrong, which backup to use, and the commands. */
    public static String advice(Path dataDir, Throwable cause, LocalDate today) {
        Path data = dataDir.toAbsolutePath();
        Path aside = data.resolveSibling(data.getFileName() + ".damaged-" + today);
        StringBuilder text = new StringBuilder(BackupTexts.text("unreadable.what", data.resolve("office.mv.db"),
                reason(cause)));
        Optional<Path> newest = NightlyBackups.newest(data);
        text.append('\n');
        if (newest.isPresent()) {
            Path moved = aside.resolve(data.relativize(newest.get()));
            text.append(BackupTexts.text("unreadable.newest", newest.get())).append('\n')
                    .append("  mv ").append(quoted(data)).append(' ').append(quoted(aside)).append('\n')
                    .append("  sportello office restore ").append(quoted(moved)).append(" --data ").append(quoted(data))
                    .append('\n')
                    .append(BackupTexts.text("unreadable.then-serve"));
        } else {
            text.append(BackupTexts.text("unreadable.no-backup", data.resolve(NightlyBackups.FOLDER))).append('\n')
                    .append("  mv ").append(quoted(data)).append(' ').append(quoted(aside)).append('\n')
                    .append("  sportello office restore FILE --data ").append(quoted(data)).append('\n')
                    .append(BackupTexts.text("unreadable.then-serve"));
        }
        return text.toString();
    }

    private static String reason(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SQLException && t.getMessage() != null) {
                return DatabaseContents.firstLine(t.getMessage());
            }
        }
        return DatabaseContents.firstLine(String.valueOf(cause.getMessage()));
    }

    private static String quoted(Path p) {
        String s = p.toString();
        return s.matches("[A-Za-z0-9_./:+=@-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
