package org.sportello.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Checks systemd units with {@code systemd-analyze verify}, as systemd itself would read them, inside a
 * folder standing for the machine: the system's own units are copied in (the targets a unit names must
 * exist) and each program a unit runs is a stub there. A machine without the tool fails the check
 * loudly rather than skipping it: the tool is part of the build's requirements for the installer.
 */
public final class SystemdUnits {
    private static final Path SYSTEM_UNITS = Path.of("/usr/lib/systemd/system");

    private SystemdUnits() {
    }

    /** True when {@code systemd-analyze} runs on this machine. */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("systemd-analyze", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Verifies {@code units} (names, e.g. {@code sportello-kiosk.service}) found under {@code root}'s
     * {@code etc/systemd/system} or {@code usr/lib/systemd/system}, with stub programs at
     * {@code executables}; fails the test on any error or warning systemd prints.
     */
    public static void verify(Path root, List<String> units, List<String> executables) throws Exception {
        assertThat(available()).as("systemd-analyze is needed to check the installer's units (Debian: systemd)")
                .isTrue();
        copySystemUnits(root);
        for (String program : executables) {
            Path stub = root.resolve(program.substring(1));
            if (!Files.exists(stub)) {
                Files.createDirectories(stub.getParent());
                Files.writeString(stub, "#!/bin/sh\n");
                stub.toFile().setExecutable(true);
            }
        }
        List<String> command = new ArrayList<>(List.of("systemd-analyze", "verify", "--root=" + root.toAbsolutePath()));
        command.addAll(units);
        Path log = Files.createTempFile("systemd-verify", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("systemd-analyze finished").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("systemd-analyze verify %s:%n%s", units, output).isZero();
        // It exits 0 on a misspelt key or a bad value, and only warns: those fail here.
        assertThat(output).as("systemd-analyze verify %s", units)
                .doesNotContain("Unknown key", "Failed to parse", "ignoring", "Unknown section", "not executable");
    }

    private static void copySystemUnits(Path root) throws IOException {
        Path target = root.resolve("usr/lib/systemd/system");
        Files.createDirectories(target);
        try (Stream<Path> units = Files.list(SYSTEM_UNITS)) {
            for (Path unit : units.toList()) {
                Path to = target.resolve(unit.getFileName().toString());
                if (Files.exists(to, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (Files.isSymbolicLink(unit)) {
                    Files.createSymbolicLink(to, Files.readSymbolicLink(unit));
                } else if (Files.isRegularFile(unit)) {
                    Files.copy(unit, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
