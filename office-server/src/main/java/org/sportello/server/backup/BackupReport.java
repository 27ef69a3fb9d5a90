package org.sportello.server.backup;

import java.nio.file.Path;

/** A backup written and checked: where, how big, and what the copy holds. */
public record BackupReport(Path file, long sizeBytes, DatabaseContents contents) {
}
