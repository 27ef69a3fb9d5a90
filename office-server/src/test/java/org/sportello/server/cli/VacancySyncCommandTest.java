package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.vacancies.Vacancy;
import org.sportello.server.central.CentralLogin;
import org.sportello.server.central.OfficeCredentials;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.server.sync.CentralPostgres;
import org.sportello.server.testing.TestOffice;
import org.sportello.server.vacancies.VacancyFixture;

/**
 * The wiring, end to end (ADR 37): office A's vacancy goes to central with {@code sportello sync run}; office B
 * runs {@code sportello office serve} as a real process with central in its environment, and its background
 * sync puts the vacancy into the catalogue the server searches, so {@code sportello offers search} (forwarded into
 * the running server) finds it, and loses it once A has closed it.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class VacancySyncCommandTest {
    @TempDir
    Path home;

    @Test
    void syncRunPublishesAndTheServedOfficesCatalogueFindsThenLosesTheVacancy() throws Exception {
        CentralLogin admin = CentralPostgres.initialised();
        String codeA = CentralPostgres.officeCode("CVA");
        String codeB = CentralPostgres.officeCode("CVB");
        Path dataA = home.resolve("a");
        Path dataB = home.resolve("b");
        LocalDate today = LocalDate.now(TestOffice.ROME);
        UUID vacancy;
        try (TestOffice a = TestOffice.embedded(dataA, codeA)) {
            // The served office and the command judge "open" by today's date: so does the desk that records it.
            a.clock().set(Instant.now());
            Vacancy w = VacancyFixture.warehouse(today);
            vacancy = a.connection().vacancies().save(a.login("mrossi"), new Vacancy(null, w.employerCode(),
                    w.employerName(), w.employerContact(), true, w.title(), w.description(), w.isco(), w.workplace(),
                    w.contract(), w.hours(), w.positions(), w.requirements(), w.publishOn(), w.expiresOn(),
                    Vacancy.Status.OPEN, null, 0)).id();
        }
        try (TestOffice ignored = TestOffice.embedded(dataB, codeB)) {
            // Office B, before its server takes the database.
        }
        CliRun atA = central(new CliRun(home), CentralPostgres.addOffice(admin, codeA), admin);
        CliRun.Result pushed = atA.run("sync", "run", "--db", OfficeDatabase.fileUrl(dataA));
        assertThat(pushed.exitCode()).as(pushed.toString()).isZero();

        OfficeCredentials b = CentralPostgres.addOffice(admin, codeB);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SportelloCommand.class.getName(),
                "office", "serve", "--data", dataB.toString(), "--port", "0", "--no-remote")
                .redirectError(home.resolve("serve.err").toFile());
        Map<String, String> env = builder.environment();
        env.put("SPORTELLO_CENTRAL_URL", admin.url());
        env.put("SPORTELLO_CENTRAL_USER", b.role());
        env.put("SPORTELLO_CENTRAL_PASSWORD", b.password());
        env.put("SPORTELLO_SYNC_EVERY", "0.2");
        Process serve = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        String id = Vacancy.offerId(vacancy);
        try {
            assertThat(out.readLine()).as("the server's address").matches("127\\.0\\.0\\.1:\\d+");
            Thread.ofPlatform().daemon().start(() -> out.lines().forEach(line -> { }));
            CliRun atB = new CliRun(home).env(CliEnvironment.DATA_VARIABLE, dataB.toString());
            String found = await(atB, s -> s.contains(id));
            assertThat(found).contains(id + " | Magazziniere con patente C | Bologna");
            // The served catalogue's row says who published it and how to apply (here the company agreed).
            JsonNode hit = new ObjectMapper().readTree(atB.run("offers", "search", "magazzinieri", "--json").out())
                    .get("hits").get(0);
            assertThat(hit.get("how_to_apply").asText()).isEqualTo(VacancyFixture.warehouse().employerContact());
            assertThat(hit.get("published_by").get("office").asText()).endsWith(" " + codeA);
            assertThat(hit.get("published_by").get("reference").asText()).isEqualTo(Vacancy.reference(vacancy));

            try (TestOffice a = TestOffice.embedded(dataA, codeA)) {
                a.connection().vacancies().close(a.login("mrossi"), vacancy, Vacancy.Outcome.FILLED);
            }
            assertThat(atA.run("sync", "run", "--db", OfficeDatabase.fileUrl(dataA)).exitCode()).isZero();
            assertThat(await(atB, s -> !s.contains(id))).doesNotContain("Magazziniere");

            serve.toHandle().destroy();
            assertThat(serve.waitFor(40, TimeUnit.SECONDS)).as("server stops on SIGTERM").isTrue();
        } finally {
            serve.destroyForcibly();
            serve.waitFor(30, TimeUnit.SECONDS);
            out.close();
        }
        assertThat(Files.readString(home.resolve("serve.err"))).doesNotContain("Exception");
    }

    private static CliRun central(CliRun cli, OfficeCredentials office, CentralLogin admin) {
        return cli.env("SPORTELLO_CENTRAL_URL", admin.url()).env("SPORTELLO_CENTRAL_USER", office.role())
                .env("SPORTELLO_CENTRAL_PASSWORD", office.password());
    }

    /** {@code offers search magazzinieri} on the running server until its answer satisfies {@code done}. */
    private static String await(CliRun served, Predicate<String> done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        String last = "";
        while (System.nanoTime() < deadline) {
            CliRun.Result r = served.run("offers", "search", "magazzinieri");
            last = r.toString();
            if (r.exitCode() == 0 && done.test(r.out())) {
                return r.out();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the served catalogue never got there:\n" + last);
    }
}
