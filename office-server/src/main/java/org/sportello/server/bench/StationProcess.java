package org.sportello.server.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.station.OfficeAddress;
import org.sportello.protocol.station.StationJoin;
import org.sportello.server.OfficeServer;

/**
 * A station app as its own process for the benchmarks that measure a station's memory: the real kiosk, display
 * or self-service terminal, enrolled with the benchmark's office server and started with its launcher's JVM
 * options, under one of the drives in the kiosk module ({@code org.sportello.selfservice.SearchDrive},
 * {@code org.sportello.kiosk.KioskDayDrive}, {@code org.sportello.kiosk.HallDayDrive}); what comes back is the
 * drive's report line. A station needs a display: the one the benchmark runs under, else a virtual one from
 * {@code xvfb-run}.
 */
final class StationProcess {
    /** A class every build of the kiosk module has, to tell whether this classpath holds the station apps. */
    private static final String PROBE = "org.sportello.selfservice.SearchDrive";

    /** A drive's report, field by field ({@code searches=… rss-peak-kb=…}). */
    record Report(Map<String, Long> fields) {
        /** @param counted the field that says what the drive did ({@code searches}, {@code taps}, {@code calls}) */
        static Report parse(String line, String counted) {
            Map<String, Long> f = new HashMap<>();
            for (String pair : line.strip().split(" ")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    f.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
                }
            }
            if (!f.containsKey("rss-peak-kb") || !f.containsKey(counted)) {
                throw new IllegalArgumentException("not a drive report: " + line);
            }
            return new Report(Map.copyOf(f));
        }

        long get(String field) {
            Long v = fields.get(field);
            if (v == null) {
                throw new IllegalArgumentException("the drive's report has no " + field);
            }
            return v;
        }

        /** A field's kB as whole MB, for the benchmarks' sentences. */
        long mb(String field) {
            return get(field) / 1024;
        }
    }

    private final Process process;
    private final Path dir;
    private final String what;

    private StationProcess(Process process, Path dir, String what) {
        this.process = process;
        this.dir = dir;
        this.what = what;
    }

    /**
     * The classpath the stations run with: this one where it holds them (an installed image holds every app),
     * else the built kiosk module beside this checkout's server module.
     */
    static Optional<String> classpath() {
        try {
            Class.forName(PROBE, false, StationProcess.class.getClassLoader());
            return Optional.of(System.getProperty("java.class.path"));
        } catch (ClassNotFoundException e) {
            // not in this image: look in the checkout
        }
        return checkout().flatMap(c -> kioskModule(c.resolve("app-kiosk").resolve("target")));
    }

    /** The checkout this class was built in: office-server/target/classes or office-server/target/….jar, up three. */
    private static Optional<Path> checkout() {
        try {
            Path here = Path.of(StationProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.ofNullable(here.getParent()).map(Path::getParent).map(Path::getParent);
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The JVM options a station's launcher starts it with: from the installed image's launcher configuration
     * ({@code lib/app/sportello-APP.cfg}), else this checkout's launcher properties.
     *
     * @param app the launcher's name after {@code sportello-}: {@code kiosk}, {@code display}, {@code self-service}
     */
    static List<String> launcherOptions(String app) {
        List<Path> places = new ArrayList<>();
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher != null) {
            places.add(Path.of(launcher).toAbsolutePath().getParent().getParent().resolve("lib/app/sportello-" + app + ".cfg"));
        }
        checkout().ifPresent(c -> places.add(c.resolve("installer/src/main/jpackage/sportello-" + app + ".properties")));
        for (Path p : places) {
            if (Files.isRegularFile(p)) {
                try {
                    return tuningOptions(Files.readAllLines(p, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    return List.of();
                }
            }
        }
        return List.of();
    }

    /**
     * The heap, collector and compiler options (ADR 44) among a launcher file's {@code java-options} lines, as
     * {@code scripts/station-java-options} picks them for starts from the checkout.
     */
    static List<String> tuningOptions(List<String> launcherLines) {
        List<String> out = new ArrayList<>();
        for (String line : launcherLines) {
            if (line.startsWith("java-options=")) {
                for (String o : line.substring("java-options=".length()).strip().split("\\s+")) {
                    if (o.matches("-Xm[xs]\\d+[kmgKMG]?|-XX:\\+Use\\w+GC|-XX:TieredStopAtLevel=\\d")) {
                        out.add(o);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    static Optional<String> kioskModule(Path target) {
        Path deps = target.resolve("classpath.txt");
        if (!Files.isRegularFile(deps)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "app-kiosk-*.jar")) {
            for (Path jar : jars) {
                if (!jar.getFileName().toString().endsWith("-tests.jar")) {
                    return Optional.of(jar + java.io.File.pathSeparator + Files.readString(deps).strip());
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Enrols a station and starts it under its drive.
     *
     * @param name        the station's name at the office and the folder's under {@code dir}
     * @param javaOptions the JVM options the station's launcher gives it
     * @param drive       the drive's main class; it gets {@code driveArgs}, {@code --report FILE} and the office
     */
    static StationProcess start(OfficeServer server, StationRole role, String name, String classpath,
                                List<String> javaOptions, String drive, List<String> driveArgs, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path home = Files.createDirectories(dir.resolve("home"));
        // Joined here: the benchmark's server takes enrolments on a free port, not the one after its main port
        // where a station looks; the station then starts from the identity as after its first start.
        Path identity = dir.resolve("identity");
        OfficeAddress office = new OfficeAddress("127.0.0.1", server.port());
        StationJoin.join(office, server.enrolmentPort(), server.stations().enrol(name, role).grouped(), identity);
        List<String> command = new ArrayList<>();
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            command.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1920x1080x24"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED"));
        command.addAll(javaOptions);
        command.addAll(List.of("-cp", classpath, drive));
        command.addAll(driveArgs);
        command.addAll(List.of("--report", dir.resolve("report.txt").toString(),
                "--office", "127.0.0.1:" + server.port(), "--identity", identity.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("station.log").toFile());
        // Its own home: no devices file of this machine's, so the virtual printer stands in.
        pb.environment().put("HOME", home.toString());
        try {
            return new StationProcess(pb.start(), dir, name);
        } catch (IOException e) {
            throw new IOException("cannot start " + name + " (" + command.getFirst() + "): " + e.getMessage()
                    + (display == null || display.isBlank() ? "; without a display it needs xvfb-run (Debian: xvfb)" : ""), e);
        }
    }

    /** Whether the station is still running (a benchmark feeding it stops when it is not). */
    boolean isAlive() {
        return process.isAlive();
    }

    /** The PID of the process started (xvfb-run's where it wraps the JVM). */
    long pid() {
        return process.pid();
    }

    /** Waits for the station to end and reads its drive's report. */
    Report awaitReport(String counted, long minutes) throws IOException {
        Path report = dir.resolve("report.txt");
        try {
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException(what + " did not finish within " + minutes + " minutes; see " + dir.resolve("station.log"));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + what + " ran", e);
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(report)) {
            throw new IOException(what + " ended with " + process.exitValue() + " and no report:\n"
                    + tail(dir.resolve("station.log")));
        }
        return Report.parse(Files.readString(report, StandardCharsets.UTF_8), counted);
    }

    /** Ends the station if it still runs (the benchmark failed while it did). */
    void stop() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static String tail(Path log) throws IOException {
        if (!Files.isRegularFile(log)) {
            return "";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
