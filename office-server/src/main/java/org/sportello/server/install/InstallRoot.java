package org.sportello.server.install;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The file system a {@code sportello setup} command writes into: {@code /} on a real machine, or a
 * folder standing for it ({@code --root DIR}), where a test or a technician can read every file the
 * command would write before anything touches the machine.
 */
public record InstallRoot(Path root) {
    public static final InstallRoot SYSTEM = new InstallRoot(Path.of("/"));

    public boolean isSystem() {
        return root.toAbsolutePath().normalize().equals(Path.of("/"));
    }

    /** {@code /etc/sportello/x} inside this root. */
    public Path resolve(String absolute) {
        if (!absolute.startsWith("/")) {
            throw new IllegalArgumentException("not an absolute path: " + absolute);
        }
        return root.resolve(absolute.substring(1));
    }

    /** Writes {@code file} with its mode, making its folders; returns where it went. */
    public Path write(MachineFile file) {
        Path target = resolve(file.path());
        try {
            Files.createDirectories(target.getParent());
            Path staging = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".new");
            Files.writeString(staging, file.content(), StandardCharsets.UTF_8);
            if (Files.getFileAttributeView(staging, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString(file.permissions()));
            }
            // Never half a unit or half a password file, even if the machine loses power now.
            Files.move(staging, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(InstallTexts.text("file.failed", target, e.getMessage()), e);
        }
    }

    public boolean exists(String absolute) {
        return Files.exists(resolve(absolute));
    }
}
