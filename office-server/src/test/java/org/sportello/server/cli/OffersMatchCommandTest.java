package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.OfferPublisher;
import org.sportello.model.offers.OfferSource;
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
    void matchJsonSaysHowToApplyAsSearchDoesAndAReservedOfferOfAnotherOfficeNamesThatOffice() throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            try (OfficeConnection office = OfficeConnection.open(db())) {
                JobOffer own = office.offers().find(Vacancy.offerId(vacancy.id())).orElseThrow();
                // As the sync puts a reserved vacancy of another office: no employer, no contact, its office named.
                office.offers().putAll(List.of(new JobOffer("vacancy-other", OfferSource.OTHER_OFFICE,
                        "Magazziniere", "Turni", null, own.workplace(), own.isco(), own.contract(), own.hours(), 1,
                        own.published(), own.expires(), own.requirements(), null,
                        new OfferPublisher("Centro per l'Impiego di Imola", "Viale Dante 5, 40026 Imola",
                                "0542 123456", "V-1A2B3C4D"))));
            }
            CliRun.Result match = cli.run("offers", "match", VacancyFixture.MARIO, "--json", "--db", db());
            assertThat(match.exitCode()).as(match.toString()).isZero();
            JsonNode other = null;
            JsonNode mine = null;
            for (JsonNode m : JSON.readTree(match.out()).get("matches")) {
                if (m.get("id").asText().equals("vacancy-other")) {
                    other = m;
                } else if (m.get("id").asText().equals(Vacancy.offerId(vacancy.id()))) {
                    mine = m;
                }
            }
            assertThat(other).as(match.out()).isNotNull();
            assertThat(other.get("employer").isNull()).as("riservato").isTrue();
            assertThat(other.get("how_to_apply").asText()).isEqualTo("Apply through the office that published this"
                    + " offer: Centro per l'Impiego di Imola, Viale Dante 5, 40026 Imola, phone 0542 123456. Quote offer"
                    + " reference V-1A2B3C4D.");
            assertThat(other.get("published_by").get("office").asText()).isEqualTo("Centro per l'Impiego di Imola");
            assertThat(other.get("published_by").get("address").asText()).isEqualTo("Viale Dante 5, 40026 Imola");
            assertThat(other.get("published_by").get("phone").asText()).isEqualTo("0542 123456");
            assertThat(other.get("published_by").get("reference").asText()).isEqualTo("V-1A2B3C4D");
            assertThat(mine).as(match.out()).isNotNull();
            assertThat(mine.get("published_by").isNull()).as("this office's own vacancy").isTrue();
            assertThat(mine.get("how_to_apply").isNull()).as("nothing said: the desk explains").isTrue();

            // The same offer, the same words as offers search --json: one rule for both.
            CliRun.Result search = cli.run("offers", "search", "magazziniere", "--json", "--db", db());
            assertThat(search.exitCode()).as(search.toString()).isZero();
            JsonNode found = null;
            for (JsonNode h : JSON.readTree(search.out()).get("hits")) {
                if (h.get("id").asText().equals("vacancy-other")) {
                    found = h;
                }
            }
            assertThat(found).as(search.out()).isNotNull();
            assertThat(found.get("how_to_apply")).isEqualTo(other.get("how_to_apply"));
            assertThat(found.get("published_by")).isEqualTo(other.get("published_by"));
        } finally {
            Locale.setDefault(before);
        }
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
