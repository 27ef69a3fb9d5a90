package org.sportello.server.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Who runs this command: set-ups that change the machine need root, and say so before they start. */
public final class RunningAs {
    private RunningAs() {
    }

    public static boolean root() {
        try {
            // /proc/self belongs to the process's effective user.
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return uid instanceof Integer i && i == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
