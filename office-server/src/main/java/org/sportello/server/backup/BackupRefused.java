package org.sportello.server.backup;

/**
 * A backup or restore that cannot go ahead for a reason the person can fix (a folder that is not
 * empty, a file that is not a backup, a backup from a newer Sportello); the message says which.
 */
public final class BackupRefused extends RuntimeException {
    public BackupRefused(String message) {
        super(message);
    }

    public BackupRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
