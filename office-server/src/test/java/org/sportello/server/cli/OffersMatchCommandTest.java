package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.vacancies.Vacancy;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.server.vacancies.VacancyFixture;

/**
 * {@code sportello offers match CF --json} and {@code vacancies list | candidates} on a real office database:
 * the same ranked, explained fits the desk shows, read back with a real JSON parser.
 */
class OffersMatchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;
    CliRun cli;
    Vacancy vacancy;

    @BeforeEach
    void office() {
        cli = new CliRun(home).env("SPORTELLO_USER", "mrossi").env("SPORTELLO_PASSWORD", "demo");
        assertThat(cli.run("office", "init", "--demo", "--db", db()).exitCode()).isZero();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        try (OfficeConnection office = OfficeConnection.open(db())) {
            OperatorSession op = office.auth().login("mrossi", "demo".toCharArray());
            VacancyFixture.citizens(office, op, today);
            vacancy = office.vacancies().save(op, VacancyFixture.warehouse(today));
            Vacancy other = VacancyFixture.warehouse(today);
            office.vacancies().save(op, new Vacancy(null, other.employerCode(), "Trattoria da Gino", null, false,
                    "Aiuto cuoco", null, "512", other.workplace(), other.contract(), other.hours(), 1, null,
                    other.publishOn(), other.expiresOn(), Vacancy.Status.OPEN, null, 0));
        }
    }

    private String db() {
        return OfficeDatabase.fileUrl(home.resolve("office-data"));
    }

    @Test
    void matchRanksEveryOpenOfferAndExplainsEachScore() throws Exception {
        CliRun.Result r = cli.run("offers", "match", VacancyFixture.MARIO, "--json", "--db", db());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode json = JSON.readTree(r.out());
        assertThat(json.get("cf").asText()).isEqualTo(VacancyFixture.MARIO);
        JsonNode matches = json.get("matches");
        assertThat(matches).hasSize(2);
        JsonNode best = matches.get(0);
        assertThat(best.get("id").asText()).isEqualTo(Vacancy.offerId(vacancy.id()));
        assertThat(best.get("source").asText()).isEqualTo("THIS_OFFICE");
        assertThat(best.get("employer").isNull()).isTrue();
        assertThat(best.get("score").asInt()).isEqualTo(100);
        assertThat(best.get("reasons").get(0).get("aspect").asText()).isEqualTo("OCCUPATION");
        assertThat(best.get("reasons").get(0).get("met").asBoolean()).isTrue();
        assertThat(best.get("reasons").get(0).get("args").get(0).asText()).isEqualTo("432");
        JsonNode cook = matches.get(1);
        assertThat(cook.get("title").asText()).isEqualTo("Aiuto cuoco");
        assertThat(cook.get("score").asInt()).isLessThan(best.get("score").asInt());
        assertThat(cook.get("reasons").get(0).get("met").asBoolean()).isFalse();
        assertThat(cook.get("reasons").get(0).get("args").get(2).asText()).isEqualTo("none");

        CliRun.Result words = cli.run("offers", "match", VacancyFixture.MARIO, "--db", db());
        assertThat(words.exitCode()).isZero();
        assertThat(words.out()).contains("100", "Magazziniere con patente C", "OCCUPATION");
    }

    @Test
    void badInputIsToldPlainly() {
        CliRun.Result bad = cli.run("offers", "match", "RSSMRA85T10A944X", "--db", db());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(bad.err()).contains("not a valid codice fiscale").doesNotContain("Exception");
        CliRun.Result unknown = cli.run("offers", "match", VacancyFixture.cf("BNCLRA70A41A944"), "--db", db());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.REFUSED.code());
        assertThat(unknown.err()).doesNotContain("Exception").hasLineCount(1);
        CliRun.Result badId = cli.run("vacancies", "candidates", "not-an-id", "--db", db());
        assertThat(badId.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(badId.err()).contains("not-an-id");
    }

    @Test
    void vacanciesListAndCandidates() throws Exception {
        CliRun.Result list = cli.run("vacancies", "list", "--json", "--db", db());
        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(JSON.readTree(list.out()).get("vacancies")).hasSize(2);
        CliRun.Result c = cli.run("vacancies", "candidates", vacancy.id().toString(), "--json", "--db", db());
        assertThat(c.exitCode()).as(c.toString()).isZero();
        JsonNode candidates = JSON.readTree(c.out()).get("candidates");
        assertThat(candidates).hasSize(3);
        assertThat(candidates.get(0).get("cf").asText()).isEqualTo(VacancyFixture.MARIO);
        assertThat(candidates.get(0).get("score").asInt()).isGreaterThan(candidates.get(2).get("score").asInt());
    }
}
