package org.sportello.server.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;

/**
 * Brings back the last commits of an office database that was not closed cleanly (a killed server, a
 * power cut), before anything else opens it (ADR 24).
 *
 * <p>Why: H2 2.5.252 writes every commit into the file before the commit returns, but when it puts the
 * commit's chunk into free space in the middle of the file, the file header it writes still names the
 * chunk before (the new chunk becomes the "last" one only after the header is written). H2's ordinary
 * open follows the header and never finds that chunk: the answered commit is gone, and the first write
 * after the open makes the loss permanent. MVStore's recovery mode scans the whole file for the newest
 * complete set of chunks instead, finds it, and closing the store writes a header that names it. The
 * scan reads the file once; it runs only when the header lacks H2's clean-shutdown mark.
 */
public final class CrashRecovery {
    /** The database file in a data folder, as {@link OfficeDatabase#fileUrl} names it. */
    static final String FILE_NAME = "office.mv.db";
    /** MVStore's file header is the first block: {@code H:2,block:…,clean:1,…} after a clean close. */
    private static final int HEADER_BYTES = 4096;

    private CrashRecovery() {
    }

    /**
     * Recovers the office database in {@code dataDir} when it was not closed cleanly. Call it before the
     * database is opened, by the one process that is about to own it.
     *
     * @return true when the file had not been closed cleanly and was recovered; false when there is no
     *         file yet or it was closed cleanly (nothing is done then)
     */
    public static boolean recoverLastCommits(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file) || closedCleanly(file)) {
            return false;
        }
        MVStore store = new MVStore.Builder().fileName(file.toString()).recoveryMode().open();
        store.close();
        return true;
    }

    static boolean closedCleanly(Path file) {
        byte[] head = new byte[HEADER_BYTES];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the office database " + file + ": " + e.getMessage(), e);
        }
        String header = new String(head, 0, read, StandardCharsets.ISO_8859_1);
        int end = header.indexOf('\n');
        header = end < 0 ? header : header.substring(0, end);
        return header.startsWith("H:") && header.contains(",clean:");
    }
}
