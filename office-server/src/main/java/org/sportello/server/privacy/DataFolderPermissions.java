package org.sportello.server.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.sportello.protocol.station.PrivateFiles;

/**
 * The data folder is its owner's alone (ADR 0026): the office database holds personal data and the
 * sealing keys, {@code tls/} the office CA's key, {@code admin/} the local administrator's credential,
 * {@code central.properties} the password to central. The server makes the folder and the database
 * files owner-only itself, and refuses to start while a key or the central credential is open to
 * other accounts: someone may already have copied it, so it says which {@code chmod} closes it and
 * leaves the decision (and perhaps a new key) to a person.
 */
public final class DataFolderPermissions {
    /** What a group or other account must not have on a secret. */
    private static final Set<PosixFilePermission> OPEN = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);
    /** The secrets' folders, searched whole. */
    private static final List<String> SECRET_FOLDERS = List.of("tls", "admin");
    private static final String CENTRAL = "central.properties";
    /** The office database's files ({@code office.mv.db}, {@code office.trace.db}…). */
    private static final String DATABASE_FILES = "office.*";
    private static final String TRACE_FILE = "office.trace.db";

    private DataFolderPermissions() {
    }

    /** The secrets in {@code dataDir} that other accounts may read or write; empty when all are private. */
    public static List<Path> exposedSecrets(Path dataDir) {
        if (!posix(dataDir)) {
            return List.of();
        }
        List<Path> exposed = new ArrayList<>();
        try {
            check(dataDir.resolve(CENTRAL), exposed);
            for (String folder : SECRET_FOLDERS) {
                Path dir = dataDir.resolve(folder);
                if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                    try (Stream<Path> files = Files.walk(dir)) {
                        for (Path f : files.sorted().toList()) {
                            check(f, exposed);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the permissions in " + dataDir + ": " + e.getMessage(), e);
        }
        return exposed;
    }

    /** Refuses, in the reader's language, when a secret is open to others: one {@code chmod} per file. */
    public static void requirePrivate(Path dataDir, PrivacyTexts texts) {
        List<Path> exposed = exposedSecrets(dataDir);
        if (exposed.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder(texts.text("permissions.refused", dataDir));
        for (Path p : exposed) {
            message.append(System.lineSeparator()).append("  chmod go-rwx ").append(quoted(p));
        }
        throw new IllegalStateException(message.toString());
    }

    /** Makes the data folder (created when missing) and the database files in it owner-only. */
    public static void makePrivate(Path dataDir) {
        PrivateFiles.directory(dataDir);
        if (!posix(dataDir)) {
            return;
        }
        try {
            // H2 opens its trace file only when it has something to say, with the umask: made here first,
            // owner-only, it appends to this one.
            Path trace = dataDir.resolve(TRACE_FILE);
            if (!Files.exists(trace, LinkOption.NOFOLLOW_LINKS)) {
                Files.createFile(trace, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        PrivateFiles.OWNER_ONLY_FILE));
            }
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            // H2 made it meanwhile; the loop below closes it.
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + dataDir.resolve(TRACE_FILE) + ": " + e.getMessage(), e);
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dataDir, DATABASE_FILES)) {
            for (Path f : files) {
                if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(f, PrivateFiles.OWNER_ONLY_FILE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the database files in " + dataDir + " private: "
                    + e.getMessage(), e);
        }
    }

    private static void check(Path file, List<Path> exposed) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(file)) {
            return;
        }
        Set<PosixFilePermission> granted = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
        if (!Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) && granted.stream().anyMatch(OPEN::contains)) {
            exposed.add(file.toAbsolutePath());
        }
    }

    /** A path a shell takes as one word, even with spaces or quotes in it. */
    static String quoted(Path p) {
        String s = p.toString();
        return s.matches("[A-Za-z0-9_./@%+=:,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    private static boolean posix(Path dir) {
        Path p = dir.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p != null && Files.getFileAttributeView(p, PosixFileAttributeView.class) != null;
    }
}
