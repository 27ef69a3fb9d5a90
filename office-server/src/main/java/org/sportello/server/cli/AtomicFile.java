package org.sportello.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file through a temporary one beside it, so a failure never leaves half a PDF behind. */
final class AtomicFile {
    private AtomicFile() {
    }

    static void write(Path out, byte[] bytes) {
        Path target = out.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".write-", ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.FAILURE, "cannot write " + out + ": " + e.getMessage());
        }
    }
}
