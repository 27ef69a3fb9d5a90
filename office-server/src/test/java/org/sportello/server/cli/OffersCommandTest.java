package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.OfferPublisher;
import org.sportello.model.offers.OfferSource;
import org.sportello.server.offers.OfficeOffers;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;

/** {@code sportello places|offers|courses import} and {@code offers search} on a real office database. */
class OffersCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now();

    @TempDir
    Path home;
    CliRun cli;
    private Locale before;

    @BeforeEach
    void office() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        cli = new CliRun(home);
        assertThat(cli.run("office", "init", "--demo", "--db", db()).exitCode()).isZero();
    }

    @AfterEach
    void locale() {
        Locale.setDefault(before);
    }

    private String db() {
        return OfficeDatabase.fileUrl(home.resolve("office-data"));
    }

    private static String offer(String id, String title, String town, String contract) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"description\":\"Carico e scarico\","
                + "\"employer\":\"Logistica Emiliana srl\",\"municipality\":\"" + town + "\",\"province\":\"BO\","
                + "\"isco\":\"9333\",\"contract\":\"" + contract + "\",\"hours\":\"full\",\"published\":\""
                + TODAY.minusDays(2) + "\",\"expires\":\"" + TODAY.plusDays(30) + "\",\"education\":2,"
                + "\"skills\":[\"Muletto\"],\"languages\":[{\"code\":\"en\",\"level\":\"A2\"}],\"licences\":[\"B\"]}";
    }

    private Path write(String name, String... lines) throws IOException {
        Path f = home.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    @Test
    void badLinesAreReportedByNumberAndSkippedAndTheGoodOnesImported() throws IOException {
        Path file = write("offers.jsonl",
                offer("o-1", "Magazziniere", "Bologna", "permanent"),
                "{\"id\": \"o-2\", \"title\": ",
                offer("o-3", "Magazziniere", "Bologna", "permanent").replace("\"title\":\"Magazziniere\",", ""),
                "",
                offer("o-5", "Magazziniera", "Imola", "fixed-term"),
                offer("o-6", "Cuoco", "Bologna", "forever"),
                offer("o-7", "Cuoco", "Bologna", "permanent").replace("\"expires\":\"" + TODAY.plusDays(30),
                        "\"expires\":\"" + TODAY.minusDays(10)),
                offer("o-8", "Cuoco", "Bologna", "permanent").replace("{", "{\"salary\":1000,"),
                offer("o-9", "Cuoco", "Bologna", "permanent").replace("\"B\"", "\"Z\""));
        CliRun.Result r = cli.run("offers", "import", file.toString(), "--db", db());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
        assertThat(r.err()).contains("line 2: skipped: not valid JSON")
                .contains("line 3: skipped: the field \"title\" is missing")
                .contains("line 6: skipped: the field \"contract\" is \"forever\"")
                .contains("line 7: skipped: expires is before published")
                .contains("line 8: skipped: unknown field \"salary\"")
                .contains("line 9: skipped: unknown driving licence category \"Z\"")
                .doesNotContain("line 1:", "line 4:", "line 5:", "Exception");
        assertThat(r.out()).contains("2 offers imported, 6 lines skipped; the catalogue holds 2.");

        // The same id again replaces the offer; nothing else changes.
        CliRun.Result again = cli.run("offers", "import", write("again.jsonl",
                offer("o-1", "Carrellista", "Bologna", "permanent")).toString(), "--db", db());
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("1 offer imported, no line skipped; the catalogue holds 2.");
        CliRun.Result found = cli.run("offers", "search", "carrellista", "--db", db());
        assertThat(found.out()).contains("o-1 | Carrellista | Bologna | - |");
        assertThat(cli.run("offers", "search", "magazziniere", "--db", db()).out()).doesNotContain("o-1 ");
    }

    @Test
    void searchPrintsRankedResultsWithTheDistanceFromTheMunicipality() throws IOException {
        CliRun.Result places = cli.run("places", "import", write("places.csv", "name,province,lat,lon",
                "Bologna,BO,44.494,11.343", "Imola,BO,44.353,11.714", "\"Sala, Bolognese\",BO,44.631,11.276",
                "Nowhere,BOL,1,1", "Somewhere,BO,91,1").toString(), "--db", db());
        assertThat(places.exitCode()).as(places.toString()).isEqualTo(3);
        assertThat(places.err()).contains("line 5: skipped: the province \"BOL\"").contains("line 6: skipped: the coordinates");
        assertThat(places.out()).contains("3 places imported, 2 lines skipped");
        cli.run("offers", "import", write("offers.jsonl", offer("near", "Magazziniere", "Bologna", "permanent"),
                offer("far", "Magazziniera", "Imola", "fixed-term"), offer("cook", "Cuoco", "Bologna", "permanent"))
                .toString(), "--db", db());

        CliRun.Result json = cli.run("offers", "search", "magazzinieri", "--where", "Bologna", "--km", "40", "--json",
                "--db", db());
        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode r = JSON.readTree(json.out());
        assertThat(r.get("total").asInt()).isEqualTo(2);
        assertThat(r.get("hits").get(0).get("id").asText()).isEqualTo("near");
        assertThat(r.get("hits").get(0).get("km").asDouble()).isLessThan(1);
        assertThat(r.get("hits").get(1).get("km").asDouble()).isBetween(32.0, 35.0);
        assertThat(r.get("hits").get(0).get("score").asDouble()).isPositive();

        CliRun.Result near = cli.run("offers", "search", "magazzinieri", "--where", "Bologna", "--km", "20",
                "--contract", "permanent", "--db", db());
        assertThat(near.out()).contains("near | Magazziniere | Bologna | 0.0 |").doesNotContain("far |");
        assertThat(cli.run("offers", "search", "x", "--km", "5", "--db", db()).exitCode()).isEqualTo(2);
        assertThat(cli.run("offers", "search", "x", "--contract", "forever", "--db", db()).exitCode()).isEqualTo(2);
    }

    @Test
    void theTerminalsFiltersWorkFromTheCommandLineToo() throws IOException {
        cli.run("offers", "import", write("filters.jsonl",
                offer("full-bo", "Magazziniere", "Bologna", "permanent"),
                offer("part-bo", "Magazziniere", "Bologna", "permanent").replace("\"hours\":\"full\"",
                        "\"hours\":\"part\""),
                offer("full-mo", "Magazziniere", "Modena", "permanent").replace("\"province\":\"BO\"",
                        "\"province\":\"MO\""),
                offer("new-bo", "Magazziniere", "Bologna", "permanent").replace("\"published\":\"" + TODAY.minusDays(2),
                        "\"published\":\"" + TODAY),
                offer("old-bo", "Magazziniere", "Bologna", "permanent").replace("\"expires\":\"" + TODAY.plusDays(30),
                        "\"expires\":\"" + TODAY.minusDays(1)).replace("\"published\":\"" + TODAY.minusDays(2),
                        "\"published\":\"" + TODAY.minusDays(40))).toString(), "--db", db());

        assertThat(ids("magazziniere")).as("expired offers never show")
                .containsExactlyInAnyOrder("full-bo", "part-bo", "full-mo", "new-bo");
        assertThat(ids("magazziniere", "--hours", "part")).containsExactly("part-bo");
        assertThat(ids("magazziniere", "--province", "mo")).containsExactly("full-mo");
        assertThat(ids("magazziniere", "--days", "1")).containsExactly("new-bo");
        assertThat(ids("magazziniere", "--hours", "full", "--province", "BO", "--days", "3"))
                .containsExactlyInAnyOrder("full-bo", "new-bo");

        for (String[] bad : List.of(new String[] {"--hours", "half"}, new String[] {"--province", "BOL"},
                new String[] {"--days", "0"}, new String[] {"--limit", "1000"},
                new String[] {"--where", "Bologna", "--km", "9999"})) {
            List<String> args = new java.util.ArrayList<>(List.of("offers", "search", "x", "--db", db()));
            args.addAll(List.of(bad));
            CliRun.Result r = cli.run(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
            assertThat(r.err()).as(r.toString()).contains(bad[bad.length - 2]).doesNotContain("Exception");
        }
    }

    private List<String> ids(String... searchArgs) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("offers", "search"));
        args.addAll(List.of(searchArgs));
        args.addAll(List.of("--json", "--db", db()));
        CliRun.Result r = cli.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        List<String> ids = new java.util.ArrayList<>();
        JSON.readTree(r.out()).get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    @Test
    void searchJsonSaysHowToApplyAndAReservedOfferOfAnotherOfficeNamesThatOfficeNotTheCompany() throws IOException {
        CliRun.Result imported = cli.run("offers", "import", write("own.jsonl", "{\"how_to_apply\":\"Scrivere a"
                + " lavoro@emiliana.example\"," + offer("own", "Magazziniere", "Bologna", "permanent").substring(1))
                .toString(), "--db", db());
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        try (OfficeConnection office = OfficeAccess.connect(db())) {
            JobOffer own = office.offers().find("own").orElseThrow();
            // As the sync puts a reserved vacancy of another office: no employer, no contact, its office named.
            office.offers().putAll(List.of(new JobOffer("vacancy-other", OfferSource.OTHER_OFFICE, "Magazziniera",
                    "Turni", null, own.workplace(), "432", own.contract(), own.hours(), 1, own.published(),
                    own.expires(), own.requirements(), null,
                    new OfferPublisher("Centro per l'Impiego di Imola", "Viale Dante 5, 40026 Imola", "V-1A2B3C4D"))));
        }
        CliRun.Result json = cli.run("offers", "search", "magazzinieri", "--json", "--db", db());
        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode hits = JSON.readTree(json.out()).get("hits");
        assertThat(hits).hasSize(2);
        for (JsonNode h : hits) {
            if (h.get("id").asText().equals("own")) {
                assertThat(h.get("employer").asText()).isEqualTo("Logistica Emiliana srl");
                assertThat(h.get("how_to_apply").asText()).isEqualTo("Scrivere a lavoro@emiliana.example");
                assertThat(h.get("published_by").isNull()).isTrue();
            } else {
                assertThat(h.get("employer").isNull()).as("riservato").isTrue();
                assertThat(h.get("how_to_apply").asText()).isEqualTo("Apply through the office that published this"
                        + " offer: Centro per l'Impiego di Imola, Viale Dante 5, 40026 Imola. Quote offer reference"
                        + " V-1A2B3C4D.");
                assertThat(h.get("published_by").get("reference").asText()).isEqualTo("V-1A2B3C4D");
            }
        }
    }

    @Test
    void coursesAreImportedAndTheIndexCanBeRebuiltByHand() throws IOException {
        CliRun.Result courses = cli.run("courses", "import", write("courses.jsonl",
                "{\"id\":\"c-1\",\"kind\":\"workshop\",\"title\":\"Scrivere il curriculum\",\"provider\":\"CPI Bologna\","
                        + "\"municipality\":\"Bologna\",\"province\":\"BO\",\"place\":\"Aula 2\",\"starts\":\""
                        + TODAY.plusDays(3) + "\",\"seats\":12}",
                "{\"id\":\"c-2\",\"kind\":\"seminar\",\"title\":\"X\",\"provider\":\"Y\",\"municipality\":\"Bologna\","
                        + "\"starts\":\"" + TODAY + "\"}").toString(), "--db", db());
        assertThat(courses.exitCode()).as(courses.toString()).isEqualTo(3);
        assertThat(courses.err()).contains("line 2: skipped: the field \"kind\" is \"seminar\"");
        assertThat(courses.out()).contains("1 course imported, 1 line skipped; the calendar holds 1.");

        cli.run("offers", "import", write("o.jsonl", offer("o-1", "Magazziniere", "Bologna", "permanent")).toString(),
                "--db", db());
        assertThat(home.resolve("office-data").resolve(OfficeOffers.INDEX_FOLDER)).isNotEmptyDirectory();
        CliRun.Result reindex = cli.run("offers", "reindex", "--db", db());
        assertThat(reindex.out()).contains("1 offers indexed");
        assertThat(cli.run("offers", "import", home.resolve("missing.jsonl").toString(), "--db", db()).exitCode())
                .isEqualTo(2);
    }

    @Test
    void anImportIntoARunningServerIsSearchableThereAtOnce() throws IOException {
        Path data = home.resolve("served");
        try (org.sportello.server.testing.TestOffice ignored = org.sportello.server.testing.TestOffice.embedded(data)) {
            // The demo office, before the server takes the database.
        }
        Path file = write("served.jsonl", offer("s-1", "Magazziniere", "Bologna", "permanent"));
        try (org.sportello.server.OfficeServer server = org.sportello.server.OfficeServer.start(
                org.sportello.server.OfficeServer.Options.loopback(data), org.sportello.server.OfficeApis::on)) {
            CliRun served = new CliRun(home).env(CliEnvironment.DATA_VARIABLE, data.toString());
            CliRun.Result imported = served.run("offers", "import", file.toString());
            assertThat(imported.exitCode()).as(imported.toString()).isZero();
            CliRun.Result found = served.run("offers", "search", "magazzinieri");
            assertThat(found.out()).contains("s-1 | Magazziniere | Bologna");
        }
        // Stopped: the command opens the data folder and its index itself.
        CliRun.Result after = new CliRun(home).env(CliEnvironment.DATA_VARIABLE, data.toString())
                .run("offers", "search", "magazziniere", "--json");
        assertThat(JSON.readTree(after.out()).get("total").asInt()).isEqualTo(1);
    }
}
