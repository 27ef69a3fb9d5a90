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
 * The self-consultation terminal as its own process for the offers benchmark: the real terminal app
 * (its search driven by {@code org.sportello.selfservice.SearchDrive}) enrolled with the benchmark's office
 * server, searching its catalogue; what comes back is the drive's report line. The terminal needs a display:
 * the one the benchmark runs under, else a virtual one from {@code xvfb-run}.
 */
final class TerminalProcess {
    static final String DRIVE = "org.sportello.selfservice.SearchDrive";
    private static final long MINUTES = 15;

    /** The drive's report, field by field ({@code searches=… rss-peak-kb=…}). */
    record Report(Map<String, Long> fields) {
        static Report parse(String line) {
            Map<String, Long> f = new HashMap<>();
            for (String pair : line.strip().split(" ")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    f.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
                }
            }
            if (!f.containsKey("rss-peak-kb") || !f.containsKey("searches")) {
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
    }

    private TerminalProcess() {
    }

    /**
     * The classpath the terminal runs with: this one where it holds the terminal (an installed image holds
     * every app), else the built kiosk module beside this checkout's server module.
     */
    static Optional<String> classpath() {
        try {
            Class.forName(DRIVE, false, TerminalProcess.class.getClassLoader());
            return Optional.of(System.getProperty("java.class.path"));
        } catch (ClassNotFoundException e) {
            // not in this image: look in the checkout
        }
        return checkout().flatMap(c -> kioskModule(c.resolve("app-kiosk").resolve("target")));
    }

    /** The checkout this class was built in: office-server/target/classes or office-server/target/….jar, up three. */
    private static Optional<Path> checkout() {
        try {
            Path here = Path.of(TerminalProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.ofNullable(here.getParent()).map(Path::getParent).map(Path::getParent);
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The JVM options the terminal's launcher starts it with: from the installed image's launcher
     * configuration ({@code lib/app/sportello-self-service.cfg}), else this checkout's launcher properties.
     */
    static List<String> launcherOptions() {
        List<Path> places = new ArrayList<>();
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher != null) {
            places.add(Path.of(launcher).toAbsolutePath().getParent().getParent().resolve("lib/app/sportello-self-service.cfg"));
        }
        checkout().ifPresent(c -> places.add(c.resolve("installer/src/main/jpackage/sportello-self-service.properties")));
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
     * Enrols a terminal, starts it with {@code queries} to search and waits for its report.
     *
     * @param javaOptions the JVM options the terminal's launcher gives it
     * @param queries one search a line, {@code what<TAB>where<TAB>km}
     */
    static Report run(OfficeServer server, String classpath, List<String> javaOptions, List<String> queries, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path queryFile = Files.write(dir.resolve("queries.tsv"), queries, StandardCharsets.UTF_8);
        Path report = dir.resolve("report.txt");
        Path home = Files.createDirectories(dir.resolve("home"));
        // Joined here: the benchmark's server takes enrolments on a free port, not the one after its main port
        // where a station looks; the terminal then starts from the identity as after its first start.
        Path identity = dir.resolve("identity");
        OfficeAddress office = new OfficeAddress("127.0.0.1", server.port());
        StationJoin.join(office, server.enrolmentPort(),
                server.stations().enrol("bench-terminal-app", StationRole.SELF_SERVICE).grouped(), identity);
        List<String> command = new ArrayList<>();
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            command.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1920x1080x24"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED"));
        command.addAll(javaOptions);
        command.addAll(List.of("-cp", classpath, DRIVE,
                "--queries", queryFile.toString(), "--report", report.toString(),
                "--office", "127.0.0.1:" + server.port(), "--identity", identity.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("terminal.log").toFile());
        // Its own home: no devices file of this machine's, so the virtual printer stands in.
        pb.environment().put("HOME", home.toString());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IOException("cannot start the terminal (" + command.getFirst() + "): " + e.getMessage()
                    + (display == null || display.isBlank() ? "; without a display it needs xvfb-run (Debian: xvfb)" : ""), e);
        }
        try {
            if (!p.waitFor(MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("the terminal did not finish its searches within " + MINUTES + " minutes; see "
                        + dir.resolve("terminal.log"));
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the terminal searched", e);
        }
        if (p.exitValue() != 0 || !Files.isRegularFile(report)) {
            throw new IOException("the terminal ended with " + p.exitValue() + " and no report:\n"
                    + tail(dir.resolve("terminal.log")));
        }
        return Report.parse(Files.readString(report, StandardCharsets.UTF_8));
    }

    private static String tail(Path log) throws IOException {
        if (!Files.isRegularFile(log)) {
            return "";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
