package org.sportello.protocol.station;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders and files only their owner may read (0700 and 0600), for keys and credentials. The
 * permissions are set when the file is created, so there is no moment when another account could
 * open it. On a file system without POSIX permissions (Windows) the folder's ACL, inherited from the
 * user's profile, is what protects them.
 */
public final class PrivateFiles {
    public static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates the folder (and missing parents) and makes it owner-only. */
    public static Path directory(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                if (posix(dir.toAbsolutePath().getParent())) {
                    Files.createDirectories(dir.toAbsolutePath().getParent());
                    try {
                        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
                    } catch (FileAlreadyExistsException raced) {
                        // Another process made it first; the permissions are set below.
                    }
                } else {
                    Files.createDirectories(dir);
                }
            }
            if (posix(dir)) {
                Files.setPosixFilePermissions(dir, OWNER_ONLY_DIRECTORY);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the private folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Writes the file whole (through a temporary file in the same folder), owner-only from its creation. */
    public static void write(Path file, byte[] content) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Path temp = posix(dir)
                    ? Files.createTempFile(dir, ".new-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE))
                    : Files.createTempFile(dir, ".new-", ".tmp");
            try {
                Files.write(temp, content);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean posix(Path path) {
        Path p = path;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p != null && Files.getFileAttributeView(p, PosixFileAttributeView.class) != null;
    }
}
