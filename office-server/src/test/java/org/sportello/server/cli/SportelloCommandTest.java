package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.auth.OperatorSession;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;

/** {@code sportello} end to end through {@link SportelloCommand#run}, on embedded office databases. */
class SportelloCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(home);
    }

    private String dbUrl() {
        return OfficeDatabase.fileUrl(home.resolve("office-data"));
    }

    private void initDemo() {
        CliRun.Result init = cli.run("office", "init", "--demo", "--db", dbUrl());
        assertThat(init.exitCode()).as(init.toString()).isZero();
    }

    @Test
    void versionAndHelpExitZero() {
        CliRun.Result version = cli.run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("sportello ").doesNotContain("${project.version}").contains("Java 25");

        CliRun.Result help = cli.run("queue", "issue", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--service", "--priority", "--lang", "--db");

        CliRun.Result top = cli.run("--help");
        assertThat(top.out()).contains("office", "queue", "bench", "Exit codes");
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun.Result r = cli.run();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("choose a command").hasLineCount(1);
        assertThat(cli.run("queue").exitCode()).isEqualTo(2);
        assertThat(cli.run("queue", "frobnicate").exitCode()).isEqualTo(2);
    }

    @Test
    void aMistypedCommandOrOptionNamesTheNearestOne() {
        CliRun.Result top = cli.run("queu", "issue");
        assertThat(top.exitCode()).isEqualTo(2);
        assertThat(top.err()).contains("unknown command 'queu'", "did you mean queue?").doesNotContain("Unmatched")
                .hasLineCount(1);
        CliRun.Result sub = cli.run("queue", "isue");
        assertThat(sub.err()).contains("sportello queue: unknown command 'isue'", "did you mean issue?");
        CliRun.Result option = cli.run("cf", "check", "RSSMRA85T10A562S", "--jsn");
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.err()).contains("unknown option '--jsn'", "--json");
    }

    @Nested
    class Init {
        @Test
        void loadsTheDemoOfficeAndIsSafeToRepeat() throws IOException {
            CliRun.Result first = cli.run("office", "init", "--demo", "--db", dbUrl());
            assertThat(first.exitCode()).as(first.toString()).isZero();
            assertThat(first.out()).contains(org.sportello.server.MigrationFiles.count() + " migrations applied", "BO01",
                    "services:  A, B", "mrossi (OPERATOR)",
                    "the demo office");

            CliRun.Result again = cli.run("office", "init", "--demo", "--db", dbUrl());
            assertThat(again.exitCode()).isZero();
            assertThat(again.out()).contains("already up to date");

            JsonNode list = listJson();
            assertThat(prefixes(list.get("services"))).containsExactlyInAnyOrder("A", "B", "C", "D", "E");
        }

        @Test
        void usesTheEnvironmentDatabaseWhenNoDbIsGiven() {
            cli.env(CliEnvironment.DB_VARIABLE, dbUrl());
            assertThat(cli.run("office", "init", "--demo").out()).contains("Office database: " + dbUrl());
            assertThat(Files.exists(home.resolve("office-data").resolve("office.mv.db"))).isTrue();
        }

        @Test
        void defaultsToTheEmbeddedOfficeInTheHomeFolder() {
            CliRun.Result r = cli.stdin("a long admin secret\n").run("office", "init", "--admin-password-stdin");
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(home.resolve(".sportello").resolve("data").resolve("office.mv.db")).exists();
        }

        @Test
        void loadsAnOfficeFromASetupFile() throws IOException {
            Path file = home.resolve("small-office.properties");
            Files.writeString(file, """
                    office.code=MO02
                    office.name=Centro per l'Impiego di Modena
                    service.X.name.it=Sportello unico
                    service.X.name.en=One-stop desk
                    service.X.area=PERSONS
                    counter.7.services=X
                    operator.anna.name=Anna Neri
                    operator.anna.password=secret
                    """, StandardCharsets.UTF_8);
            CliRun.Result r = cli.run("office", "init", "--setup", file.toString(), "--db", dbUrl());
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out()).contains("MO02", "services:  X", "counters:  7", "anna (OPERATOR)",
                    file.toString());

            CliRun.Result issued = cli.run("queue", "issue", "--service", "X", "--lang", "en", "--db", dbUrl());
            assertThat(issued.out()).contains("Ticket X001 - One-stop desk");
            CliRun.Result called = cli.stdin("secret\n").run("queue", "call", "--counter", "7", "--user", "anna",
                    "--password-stdin", "--db", dbUrl());
            assertThat(called.exitCode()).as(called.toString()).isZero();
            assertThat(called.out()).contains("Counter 7 calls X001");
        }

        @Test
        void rejectsAnInvalidSetupFileWithOneLine() throws IOException {
            Path file = home.resolve("broken.properties");
            Files.writeString(file, """
                    office.code=MO02
                    office.name=Modena
                    service.X.name.it=Sportello
                    service.X.name.en=Desk
                    service.X.area=EVERYWHERE
                    """, StandardCharsets.UTF_8);
            CliRun.Result r = cli.run("office", "init", "--setup", file.toString(), "--db", dbUrl());
            assertThat(r.exitCode()).isEqualTo(3);
            assertThat(r.err()).contains("not valid", "service.X.area must be PERSONS or COMPANIES").hasLineCount(1);
            assertThat(Files.exists(home.resolve("office-data").resolve("office.mv.db")))
                    .as("nothing is created for a bad file").isFalse();
        }

        @Test
        void aMissingSetupFileIsAUsageError() {
            CliRun.Result r = cli.run("office", "init", "--setup", home.resolve("nope.properties").toString(),
                    "--db", dbUrl());
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("set-up file not found");
        }
    }

    @Nested
    class Queue {
        @BeforeEach
        void init() {
            initDemo();
        }

        @Test
        void issueCallFinishAndList() throws IOException {
            CliRun.Result a1 = cli.run("queue", "issue", "--service", "A", "--lang", "it", "--db", dbUrl());
            assertThat(a1.exitCode()).as(a1.toString()).isZero();
            assertThat(a1.out()).contains("Ticket A001 - Accoglienza e informazioni", "People ahead: 0",
                    "Estimated wait: 0 min");
            CliRun.Result a2 = cli.run("queue", "issue", "--service", "a", "--lang", "EN", "--db", dbUrl());
            assertThat(a2.out()).contains("Ticket A002 - Reception and information", "People ahead: 1",
                    "Estimated wait: 4 min");
            CliRun.Result b1 = cli.run("queue", "issue", "--service", "B", "--priority", "pregnancy", "--db",
                    dbUrl());
            assertThat(b1.out()).contains("Ticket B001", "priority: PREGNANCY");

            JsonNode before = listJson();
            assertThat(before.get("office").asText()).isEqualTo("BO01");
            assertThat(before.get("totalWaiting").asInt()).isEqualTo(3);
            assertThat(codes(before.get("waiting"))).containsExactly("A001", "A002", "B001");
            JsonNode b001 = before.get("waiting").get(2);
            assertThat(b001.get("service").asText()).isEqualTo("B");
            assertThat(b001.get("priority").asText()).isEqualTo("PREGNANCY");
            assertThat(b001.get("waitedSeconds").asLong()).isBetween(0L, 120L);
            assertThat(service(before, "A").get("waiting").asInt()).isEqualTo(2);
            assertThat(service(before, "B").get("priorityWaiting").asInt()).isEqualTo(1);
            assertThat(service(before, "E").get("waiting").asInt()).isZero();

            // Counter 1 serves A and B: the priority ticket goes first.
            CliRun.Result call = cli.stdin("demo\n").run("queue", "call", "--counter", "1", "--user", "mrossi",
                    "--password-stdin", "--db", dbUrl());
            assertThat(call.exitCode()).as(call.toString()).isZero();
            assertThat(call.out()).contains("Counter 1 opened for Maria Rossi", "Counter 1 calls B001");

            CliRun.Result busy = cli.stdin("demo\n").run("queue", "call", "--counter", "1", "--user", "mrossi",
                    "--password-stdin", "--db", dbUrl());
            assertThat(busy.exitCode()).isEqualTo(3);
            assertThat(busy.err()).contains("still serving B001");

            cli.env(CliEnvironment.USER_VARIABLE, "mrossi").env(CliEnvironment.PASSWORD_VARIABLE, "demo");
            CliRun.Result finish = cli.run("queue", "finish", "--counter", "1", "--db", dbUrl());
            assertThat(finish.out()).contains("Counter 1 finished B001 (RESOLVED)");
            CliRun.Result next = cli.run("queue", "call", "--counter", "1", "--lang", "it", "--db", dbUrl());
            // In the language asked, as queue issue printed it: one language per command line.
            assertThat(next.out()).doesNotContain("opened").contains("Counter 1 calls A001 (Accoglienza e informazioni)");

            JsonNode after = listJson();
            assertThat(codes(after.get("waiting"))).containsExactly("A002");
            assertThat(service(after, "B").get("servedToday").asInt()).isEqualTo(1);

            CliRun.Result table = cli.run("queue", "list", "--db", dbUrl());
            assertThat(table.out()).contains("Waiting: 1").containsPattern("A002\\s+A\\s+STANDARD\\s+0:0\\d:\\d\\d");
        }

        @Test
        void callWithNobodyWaiting() {
            CliRun.Result r = cli.env(CliEnvironment.PASSWORD_VARIABLE, "demo")
                    .run("queue", "call", "--counter", "2", "--user", "lbianchi", "--db", dbUrl());
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out()).contains("nobody waiting");
        }

        @Test
        void aRepeatedKeyGivesTheSameTicket() {
            assertThat(cli.run("queue", "issue", "--service", "E", "--key", "tap-1", "--db", dbUrl()).out())
                    .contains("Ticket E001");
            CliRun.Result again = cli.run("queue", "issue", "--service", "E", "--key", "tap-1", "--db", dbUrl());
            assertThat(again.out()).contains("Ticket E001", "already issued");
            assertThat(cli.run("queue", "issue", "--service", "E", "--db", dbUrl()).out()).contains("Ticket E002");
        }

        @Test
        void unknownServiceIsRefused() {
            CliRun.Result r = cli.run("queue", "issue", "--service", "Z", "--db", dbUrl());
            assertThat(r.exitCode()).isEqualTo(3);
            assertThat(r.err()).isEqualTo("sportello queue issue: There is no service \"Z\" in this office."
                    + System.lineSeparator());
            assertThat(r.out()).isEmpty();
        }

        @Test
        void badPriorityOrLanguageIsAUsageError() {
            CliRun.Result r = cli.run("queue", "issue", "--service", "A", "--priority", "VIP", "--db", dbUrl());
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("--priority", "VIP", "STANDARD, DISABILITY, PREGNANCY, ELDERLY").hasLineCount(1);
            assertThat(cli.run("queue", "issue", "--service", "A", "--lang", "fr", "--db", dbUrl()).exitCode())
                    .isEqualTo(2);
            assertThat(cli.run("queue", "issue", "--db", dbUrl()).err()).contains("--service");
        }

        @Test
        void unknownCounterIsRefused() {
            CliRun.Result r = cli.stdin("demo\n").run("queue", "call", "--counter", "9", "--user", "mrossi",
                    "--password-stdin", "--db", dbUrl());
            assertThat(r.exitCode()).isEqualTo(3);
            assertThat(r.err()).contains("There is no counter 9").hasLineCount(1);
            assertThat(cli.run("queue", "call", "--counter", "one", "--db", dbUrl()).exitCode()).isEqualTo(2);
        }

        @Test
        void wrongPasswordIsRefused() throws IOException {
            cli.run("queue", "issue", "--service", "A", "--db", dbUrl());
            CliRun.Result r = cli.stdin("not-the-password\n").run("queue", "call", "--counter", "1", "--user",
                    "mrossi", "--password-stdin", "--db", dbUrl());
            assertThat(r.exitCode()).isEqualTo(3);
            assertThat(r.err()).contains("Wrong user name or password");
            assertThat(listJson().get("totalWaiting").asInt()).as("nothing was called").isEqualTo(1);
        }

        @Test
        void missingCredentialsAreAUsageError() {
            CliRun.Result noPassword = cli.run("queue", "call", "--counter", "1", "--user", "mrossi", "--db", dbUrl());
            assertThat(noPassword.exitCode()).isEqualTo(2);
            assertThat(noPassword.err()).contains("--password-stdin", "SPORTELLO_PASSWORD");
            CliRun.Result noUser = cli.env(CliEnvironment.PASSWORD_VARIABLE, "demo")
                    .run("queue", "call", "--counter", "1", "--db", dbUrl());
            assertThat(noUser.exitCode()).isEqualTo(2);
            assertThat(noUser.err()).contains("--user");
        }

        @Test
        void pausedCounterIsRefused() {
            try (OfficeConnection office = OfficeConnection.open(dbUrl())) {
                OperatorSession luca = office.auth().login("lbianchi", "demo".toCharArray());
                office.queue().openCounter(luca, 2);
                office.queue().pause(luca, 2, "coffee");
            }
            cli.run("queue", "issue", "--service", "B", "--db", dbUrl());
            CliRun.Result r = cli.env(CliEnvironment.PASSWORD_VARIABLE, "demo")
                    .run("queue", "call", "--counter", "2", "--user", "lbianchi", "--db", dbUrl());
            assertThat(r.exitCode()).isEqualTo(3);
            assertThat(r.err()).contains("Counter 2 is paused");
            assertThat(r.out()).doesNotContain("opened");
        }
    }

    @Nested
    class Unreachable {
        @Test
        void aClosedPortFailsFastWithCodeFour() throws IOException {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            String url = OfficeDatabase.tcpUrl("localhost", port);
            for (String[] args : List.of(new String[] {"queue", "list", "--db", url},
                    new String[] {"queue", "issue", "--service", "A", "--db", url},
                    new String[] {"office", "init", "--db", url})) {
                CliRun.Result r = cli.run(args);
                assertThat(r.exitCode()).as(r.toString()).isEqualTo(4);
                assertThat(r.err()).contains("cannot be reached", "localhost:" + port).hasLineCount(1);
                assertThat(r.millis()).as("fails fast").isLessThan(5000);
            }
        }

        @Test
        void anUninitialisedEmbeddedOfficeIsExplained() {
            CliRun.Result r = cli.run("queue", "list", "--db", dbUrl());
            assertThat(r.exitCode()).isEqualTo(3);
            assertThat(r.err()).contains("no office database", "sportello office init");
            assertThat(home.resolve("office-data")).as("no empty database left behind").doesNotExist();
        }

        @Test
        void aNonH2UrlIsAUsageError() {
            CliRun.Result r = cli.run("queue", "list", "--db", "jdbc:postgresql://central/sportello");
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("H2 URL");
        }
    }

    private JsonNode listJson() throws IOException {
        CliRun.Result r = cli.run("queue", "list", "--json", "--db", dbUrl());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out().lines().count()).as("one JSON document on one line").isEqualTo(1);
        return JSON.readTree(r.out());
    }

    private static List<String> codes(JsonNode array) {
        List<String> codes = new ArrayList<>();
        array.forEach(n -> codes.add(n.get("code").asText()));
        return codes;
    }

    private static List<String> prefixes(JsonNode array) {
        List<String> prefixes = new ArrayList<>();
        array.forEach(n -> prefixes.add(n.get("service").asText()));
        return prefixes;
    }

    private static JsonNode service(JsonNode list, String prefix) {
        for (JsonNode s : list.get("services")) {
            if (s.get("service").asText().equals(prefix)) {
                return s;
            }
        }
        throw new AssertionError("no service " + prefix + " in " + list);
    }
}
