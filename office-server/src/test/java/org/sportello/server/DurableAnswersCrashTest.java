package org.sportello.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.documents.DocumentDetails;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.documents.IssuedPaper;
import org.sportello.model.protocol.Subject;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.Ticket;
import org.sportello.model.seal.Outcome;
import org.sportello.model.seal.Verdict;
import org.sportello.model.setup.DemoPeople;
import org.sportello.protocol.client.RemoteAuth;
import org.sportello.protocol.client.RemoteDocuments;
import org.sportello.protocol.client.RemoteQueue;
import org.sportello.protocol.client.RemoteScans;
import org.sportello.protocol.station.OfficeAddress;
import org.sportello.protocol.station.OfficeChannels;
import org.sportello.protocol.station.StationIdentity;
import org.sportello.protocol.station.StationJoin;
import org.sportello.server.cli.SportelloCommand;
import org.sportello.server.storage.JooqPersonSeed;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.server.testing.TestOffice;

/**
 * Issue 10 §1, durable answers: a real {@code sportello office serve} in a JVM of its own is killed with
 * SIGKILL the moment it has answered a ticket, a document or both, and started again on the same data
 * folder, round after round. Whatever a station was told must be there after the restart, and no
 * ticket or protocol number is ever handed out twice.
 *
 * <p>20 rounds in {@code ./mvnw verify}; {@code -Pcrash-long} (or {@code -Dsportello.crash.rounds=N})
 * runs more. The stations enrol once: their identities stay valid across restarts, as on a real
 * office PC that loses power.
 */
class DurableAnswersCrashTest {
    static final String ROUNDS_PROPERTY = "sportello.crash.rounds";
    private static final int DEFAULT_ROUNDS = 20;
    /** What a JVM killed by SIGKILL (signal 9) exits with on Linux. */
    private static final int KILLED_BY_SIGKILL = 128 + 9;
    private static final String SERVICE = "A";
    private static final String DESK_LOGIN = "mrossi";

    @TempDir
    Path dir;

    /** A ticket a kiosk was told about. */
    record Told(LocalDate day, String code, int number) {
    }

    /** A document a desk was given: its protocol number and the seal printed on it. */
    record Given(String number, int sequence, String seal) {
    }

    @Test
    void everyAnsweredTicketAndDocumentSurvivesAKill() {
        int rounds = Integer.getInteger(ROUNDS_PROPERTY, DEFAULT_ROUNDS);
        assertThat(rounds).as(ROUNDS_PROPERTY).isPositive();
        // Bounded even when a child hangs: a round takes 5-20 s on a busy two-core machine.
        assertTimeoutPreemptively(Duration.ofSeconds(120 + 60L * rounds), () -> crashRounds(rounds));
    }

    private void crashRounds(int rounds) throws Exception {
        Path data = dir.resolve("data");
        LocalDate today = LocalDate.now(TestOffice.ROME);
        try (TestOffice office = TestOffice.embedded(data)) {
            var c = office.connection();
            new JooqPersonSeed(c.database(), c.directory().office().id(), office.clock()).add(DemoPeople.files(today));
        }
        Subject mario = new Subject.Person(CodiceFiscale.of(DemoPeople.MARIO_ROSSI, today));

        List<Told> told = new ArrayList<>();
        List<Given> given = new ArrayList<>();
        List<Long> restartMillis = new ArrayList<>();
        List<Long> roundMillis = new ArrayList<>();
        // Enrolled on the data folder before the first start, as a technician may; they join once.
        String kioskCode = enrol(data, "kiosk-1", "kiosk");
        String deskCode = enrol(data, "desk-1", "desk");
        ServeProcess server = ServeProcess.start(data, dir.resolve("serve.err"));
        try {
            Path kioskId = join(server, "kiosk-1", kioskCode);
            Path deskId = join(server, "desk-1", deskCode);
            for (int round = 1; round <= rounds; round++) {
                long roundStart = System.nanoTime();
                List<Given> givenThisLife = new ArrayList<>();
                try (Stations stations = new Stations(server.address(), kioskId, deskId)) {
                    checkNothingLost(stations, told, given);
                    OperatorSession operator = stations.auth().login(DESK_LOGIN, TestOffice.PASSWORD.toCharArray());
                    // A third of the rounds end on a document, a third on a ticket after a document, the
                    // rest on a ticket alone: the kill comes right after whichever answer came last.
                    if (round % 3 == 2) {
                        givenThisLife.add(issueDocument(stations, operator, mario, given));
                    }
                    told.add(issueTicket(stations, round, told));
                    if (round % 3 == 1) {
                        givenThisLife.add(issueDocument(stations, operator, mario, given));
                    }
                    assertThat(server.kill()).as("the server was killed by SIGKILL (round %d)", round)
                            .isEqualTo(KILLED_BY_SIGKILL);
                }
                given.addAll(givenThisLife);
                long restartStart = System.nanoTime();
                server = ServeProcess.start(data, dir.resolve("serve.err"));
                restartMillis.add(millisSince(restartStart));
                roundMillis.add(millisSince(roundStart));
            }
            try (Stations stations = new Stations(server.address(), kioskId, deskId)) {
                checkNothingLost(stations, told, given);
            }
            server.stop();
        } catch (AssertionError | RuntimeException lost) {
            server.kill();
            keepEvidence(data);
            throw lost;
        } finally {
            server.kill();
        }
        System.out.printf(Locale.ROOT, "crash test: %d rounds, %d tickets, %d documents; round mean %d ms (max %d),"
                        + " kill to serving again mean %d ms (max %d)%n", rounds, told.size(), given.size(),
                mean(roundMillis), max(roundMillis), mean(restartMillis), max(restartMillis));

        checkTheFile(data, told, given);
    }

    // ------------------------------------------------------------------ one round

    private static Told issueTicket(Stations stations, int round, List<Told> before) {
        IssueRequest tap = new IssueRequest(SERVICE, PriorityClass.STANDARD, "it", "crash-round-" + round);
        IssuedTicket issued;
        try {
            issued = stations.queue().issue(tap);
        } catch (SportelloException late) {
            // A deadline missed on a busy machine: the kiosk sends the same tap again, as it does, and
            // hears of the one ticket it makes.
            assertThat(late.problem()).isEqualTo(Problem.OFFICE_UNAVAILABLE);
            issued = stations.queue().issue(tap);
        }
        Ticket t = issued.ticket();
        Told now = new Told(t.serviceDay(), t.code(), t.number());
        assertThat(before).as("ticket %s was already handed out before", t.code())
                .noneMatch(b -> b.day().equals(now.day()) && b.code().equals(now.code()));
        before.stream().filter(b -> b.day().equals(now.day())).mapToInt(Told::number).max().ifPresent(last ->
                assertThat(now.number()).as("the next number after %d", last).isEqualTo(last + 1));
        return now;
    }

    private static Given issueDocument(Stations stations, OperatorSession operator, Subject subject,
                                       List<Given> before) {
        IssuedPaper paper = stations.documents().issue(operator, DocumentKind.EMPLOYMENT_STATUS_CERTIFICATE, subject,
                DocumentDetails.NONE, Locale.ITALIAN);
        Given now = new Given(paper.entry().number().format(), paper.entry().number().sequence(),
                paper.seal().encode());
        assertThat(before).as("protocol number %s was already handed out before", now.number())
                .noneMatch(b -> b.number().equals(now.number()));
        before.stream().mapToInt(Given::sequence).max().ifPresent(last ->
                assertThat(now.sequence()).as("the protocol number after %d", last).isGreaterThan(last));
        return now;
    }

    /**
     * Through the restarted server, as the stations see it: every ticket told is waiting (and nothing
     * else), and the seal of every document given scans as genuine against the register.
     */
    private static void checkNothingLost(Stations stations, List<Told> told, List<Given> given) {
        List<String> waiting = stations.queue().waiting().stream()
                .filter(t -> t.code().startsWith(SERVICE)).map(Ticket::code).toList();
        assertThat(waiting).as("tickets waiting after the restart").containsExactlyInAnyOrderElementsOf(
                told.stream().map(Told::code).toList());
        if (given.isEmpty()) {
            return;
        }
        OperatorSession operator = stations.auth().login(DESK_LOGIN, TestOffice.PASSWORD.toCharArray());
        RemoteScans scans = new RemoteScans(stations.desk(), () -> operator);
        for (Given g : given) {
            Verdict v = scans.check(g.seal());
            assertThat(v.outcome()).as("the paper numbered %s after the restart", g.number()).isEqualTo(Outcome.GENUINE);
            assertThat(v.number()).hasValueSatisfying(n -> assertThat(n.format()).isEqualTo(g.number()));
        }
    }

    /** In the database file itself, once the last server has stopped: the same, and every number once. */
    private static void checkTheFile(Path data, List<Told> told, List<Given> given) throws SQLException {
        Map<String, Integer> tickets = new HashMap<>();
        Map<String, String> register = new LinkedHashMap<>();
        try (OfficeDatabase db = OfficeDatabase.open(OfficeDatabase.fileUrl(data));
             Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT t.service_day, t.code, t.number FROM ticket t")) {
                while (r.next()) {
                    assertThat(tickets.put(r.getObject(1, LocalDate.class) + " " + r.getString(2), r.getInt(3)))
                            .as("ticket %s stored once", r.getString(2)).isNull();
                }
            }
            try (ResultSet r = s.executeQuery("SELECT code, status FROM protocol_entry ORDER BY protocol_year, number")) {
                while (r.next()) {
                    register.put(r.getString(1), r.getString(2));
                }
            }
        }
        for (Told t : told) {
            assertThat(tickets).as("ticket %s in the file", t.code()).containsEntry(t.day() + " " + t.code(), t.number());
        }
        assertThat(tickets).hasSize(told.size());
        assertThat(register.keySet()).containsExactlyElementsOf(given.stream().map(Given::number).toList());
        assertThat(register.values()).containsOnly("REGISTERED");
    }

    /** A failed run leaves its data folder in {@code target/crash-evidence} to open with H2's tools. */
    private void keepEvidence(Path data) throws IOException {
        Path evidence = Path.of("target", "crash-evidence", "run-" + System.currentTimeMillis());
        Files.createDirectories(evidence);
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = evidence.resolve(dir.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        System.err.println("crash test: the data folder is kept in " + evidence.toAbsolutePath());
    }

    // ------------------------------------------------------------------ stations

    /** A one-time code for a station, made on the data folder while no server runs. */
    private static String enrol(Path data, String name, String role) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SportelloCommand.run(new String[] {"station", "enrol", name, "--role", role, "--data",
                data.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(exit).as("station enrol %s\n%s%s", name, out, err).isZero();
        return out.toString().lines().findFirst().orElseThrow();
    }

    private Path join(ServeProcess server, String name, String code) {
        Path identity = dir.resolve(name);
        StationJoin.join(server.address(), server.enrolmentPort(), code, identity);
        assertThat(StationIdentity.exists(identity)).isTrue();
        return identity;
    }

    /** A kiosk and a desk connected to one life of the server. */
    private static final class Stations implements AutoCloseable {
        private final ManagedChannel kiosk;
        private final ManagedChannel desk;

        Stations(OfficeAddress office, Path kioskId, Path deskId) throws InterruptedException {
            this.kiosk = OfficeChannels.open(office, StationIdentity.load(kioskId));
            this.desk = OfficeChannels.open(office, StationIdentity.load(deskId));
            // The TLS handshakes with a server that has just started can take longer than a call's
            // deadline on a busy machine: connect first, so the calls measure the server, not the start.
            awaitReady(kiosk);
            awaitReady(desk);
        }

        private static void awaitReady(ManagedChannel channel) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            for (ConnectivityState s = channel.getState(true); s != ConnectivityState.READY;
                 s = channel.getState(true)) {
                if (System.nanoTime() > until) {
                    throw new IllegalStateException("no connection to the restarted server in 60 s: " + s);
                }
                CountDownLatch changed = new CountDownLatch(1);
                channel.notifyWhenStateChanged(s, changed::countDown);
                changed.await(1, TimeUnit.SECONDS);
            }
        }

        RemoteQueue queue() {
            return new RemoteQueue(kiosk);
        }

        RemoteAuth auth() {
            return new RemoteAuth(desk);
        }

        RemoteDocuments documents() {
            return new RemoteDocuments(desk);
        }

        ManagedChannel desk() {
            return desk;
        }

        @Override
        public void close() throws InterruptedException {
            kiosk.shutdownNow();
            desk.shutdownNow();
            kiosk.awaitTermination(5, TimeUnit.SECONDS);
            desk.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    // ------------------------------------------------------------------ the server process

    /** One life of {@code sportello office serve}: started, then killed or stopped. */
    private static final class ServeProcess {
        private final Process process;
        private final OfficeAddress address;
        private final int enrolmentPort;

        private ServeProcess(Process process, OfficeAddress address, int enrolmentPort) {
            this.process = process;
            this.address = address;
            this.enrolmentPort = enrolmentPort;
        }

        /** Starts the server on free loopback ports and returns once it prints where it serves. */
        static ServeProcess start(Path data, Path errors) throws IOException {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            // A short-lived JVM: the C1 compiler alone and the serial collector start it fastest.
            Process p = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                    "-cp", System.getProperty("java.class.path"), SportelloCommand.class.getName(),
                    "office", "serve", "--data", data.toString(), "--port", "0", "--loopback-only", "--no-sync")
                    .redirectError(ProcessBuilder.Redirect.appendTo(errors.toFile()))
                    .start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            String second = out.readLine();
            if (first == null || second == null || !first.matches("127\\.0\\.0\\.1:\\d+")) {
                p.destroyForcibly();
                throw new IllegalStateException("office serve did not start: " + first + " / " + second + "\n"
                        + Files.readString(errors));
            }
            int enrolment = Integer.parseInt(second.replaceAll("Enrolment port: (\\d+).*", "$1"));
            // Keep reading its output so it never blocks on a full pipe.
            Thread.ofVirtual().start(() -> {
                try {
                    while (out.readLine() != null) {
                        // discarded
                    }
                } catch (IOException ended) {
                    // the process is gone
                }
            });
            return new ServeProcess(p, OfficeAddress.parse(first), enrolment);
        }

        OfficeAddress address() {
            return address;
        }

        int enrolmentPort() {
            return enrolmentPort;
        }

        /** SIGKILL (what {@link Process#destroyForcibly()} sends on Linux); returns the exit code. */
        int kill() throws InterruptedException {
            process.destroyForcibly();
            return process.waitFor();
        }

        /** SIGTERM, as a service stop, and waits for the process to end. */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("office serve did not stop on SIGTERM within 60 s");
            }
        }
    }

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }

    private static long mean(List<Long> values) {
        return values.isEmpty() ? 0 : Math.round(values.stream().mapToLong(Long::longValue).average().orElse(0));
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
