package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.profile.SaveOutcome;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.station.OfficeAddress;
import org.sportello.protocol.station.StationJoin;
import org.sportello.server.OfficeApis;
import org.sportello.server.OfficeServer;
import org.sportello.server.profile.OfficeProfilesTest;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;

/**
 * {@code sportello dossier profile CF [--json]}: the citizen's file as the desk's F12 shows it, on the office
 * database here and through the office server as an enrolled desk, in Italian and English.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ProfileCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CF = OfficeProfilesTest.CF;

    @TempDir
    Path home;
    CliRun cli;
    Locale before;

    @BeforeEach
    void office() {
        before = Locale.getDefault();
        cli = new CliRun(home).env("SPORTELLO_USER", "mrossi").env("SPORTELLO_PASSWORD", "demo");
        assertThat(cli.run("office", "init", "--demo", "--db", db()).exitCode()).isZero();
        CliRun.Result registered = cli.run("dossier", "register", CF, "--family-name", "Rossi", "--given-names",
                "Mario", "--db", db());
        assertThat(registered.exitCode()).as(registered.toString()).isZero();
        try (OfficeConnection office = OfficeConnection.open(db())) {
            OperatorSession mrossi = office.auth().login("mrossi", "demo".toCharArray());
            assertThat(office.profiles().save(mrossi, OfficeProfilesTest.fresh("Bologna", "BO")))
                    .isInstanceOf(SaveOutcome.Saved.class);
        }
    }

    @AfterEach
    void language() {
        Locale.setDefault(before);
    }

    private String db() {
        return OfficeDatabase.fileUrl(home.resolve("office-data"));
    }

    @Test
    void theFileAsJsonHasBothParts() throws Exception {
        CliRun.Result shown = cli.run("dossier", "profile", CF, "--json", "--db", db());
        assertThat(shown.exitCode()).as(shown.toString()).isZero();
        JsonNode file = JSON.readTree(shown.out());
        assertThat(file.get("cf").asText()).isEqualTo(CF);
        assertThat(file.get("name").asText()).isEqualTo("ROSSI Mario");
        assertThat(file.get("version").asLong()).isEqualTo(1);
        assertThat(file.get("editable").asBoolean()).isTrue();
        JsonNode personal = file.get("personal");
        assertThat(personal.get("birthDate").asText()).isEqualTo("1985-12-10");
        assertThat(personal.get("residence").get("municipality").asText()).isEqualTo("Bologna");
        assertThat(personal.get("domicile").get("street").isNull()).isTrue();
        assertThat(personal.get("email").asText()).isEqualTo("mario@example.org");
        JsonNode work = file.get("professional");
        assertThat(work.get("highestIsced").asInt()).isEqualTo(3);
        assertThat(work.get("education").get(0).get("title").asText()).isEqualTo("DIPLOMA_SUPERIORE");
        assertThat(work.get("education").get(0).get("year").asInt()).isEqualTo(2004);
        assertThat(work.get("experience").get(0).get("occupationCode").asText()).isEqualTo("432");
        assertThat(work.get("experience").get(0).get("occupation").asText()).isNotBlank();
        assertThat(work.get("experience").get(0).get("to").asText()).isEqualTo("2026-04-24");
        assertThat(work.get("skills")).extracting(JsonNode::asText).containsExactly("Muletto", "Inventario");
        assertThat(work.get("languages").get(0).get("level").asText()).isEqualTo("B1");
        assertThat(work.get("licences")).extracting(JsonNode::asText).containsExactly("B");
        assertThat(work.get("availability").get("shifts")).extracting(JsonNode::asText).containsExactly("DAY", "NIGHT");
        assertThat(work.get("availability").get("travelKm").asInt()).isEqualTo(30);
        assertThat(file.get("competence").get("standing").asText()).isNotBlank();
    }

    @Test
    void theFileForAPersonInItalianAndEnglish() {
        Locale.setDefault(Locale.ITALIAN);
        CliRun.Result italian = cli.run("dossier", "profile", CF, "--db", db());
        assertThat(italian.exitCode()).as(italian.toString()).isZero();
        assertThat(italian.out()).contains("ROSSI Mario  " + CF + "  (versione 1)", "Nato/a il 10/12/1985 a Bologna",
                "Residenza: Via Irnerio 1, 40126 Bologna (BO)", "Domicilio: non indicato",
                "  - Diploma di scuola superiore (ISCED 3) · Ragioneria, ITC Rosa Luxemburg, 2004",
                "  - Officine Felsinee: Magazziniere (ISCO-08 432), dal 01/01/2020 al 24/04/2026",
                "Lingue: Inglese B1", "Patenti: B", "Disponibilità: tempo pieno; turni: giorno, notte; si sposta fino a 30 km.");

        Locale.setDefault(Locale.ENGLISH);
        CliRun.Result english = cli.run("dossier", "profile", CF, "--db", db());
        assertThat(english.out()).contains("(version 1)", "Upper-secondary diploma (ISCED 3)",
                "Availability: full time; shifts: day, night; travels up to 30 km.");
    }

    @Test
    void aCodeWithoutAFileOrMistypedIsRefusedPlainly() {
        Locale.setDefault(Locale.ENGLISH);
        String other = "VRDLCU90A01A944" + CodiceFiscale.checkCharacter("VRDLCU90A01A944");
        CliRun.Result none = cli.run("dossier", "profile", other, "--db", db());
        assertThat(none.exitCode()).isEqualTo(ExitCode.REFUSED.code());
        assertThat(none.err()).contains("this office has no file for " + other).doesNotContain("Exception");
        CliRun.Result mistyped = cli.run("dossier", "profile", CF.substring(0, 15) + (CF.endsWith("A") ? "B" : "A"),
                "--db", db());
        assertThat(mistyped.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(mistyped.err()).contains("not a valid codice fiscale").doesNotContain("Exception");
    }

    @Test
    void throughTheOfficeServerAsAnEnrolledDesk() throws Exception {
        Path desk = home.resolve("desk");
        try (OfficeServer server = OfficeServer.start(OfficeServer.Options.loopback(home.resolve("office-data")),
                OfficeApis::on)) {
            String code = server.stations().enrol("sportello-1", StationRole.DESK).code();
            StationJoin.join(OfficeAddress.parse(server.address()), server.enrolmentPort(), code, desk);
            CliRun workstation = new CliRun(home.resolve("elsewhere"));
            CliRun.Result shown = workstation.stdin("demo\n").run("dossier", "profile", CF, "--json", "--user",
                    "mrossi", "--password-stdin", "--office", server.address(), "--identity", desk.toString());
            assertThat(shown.exitCode()).as(shown.toString()).isZero();
            JsonNode file = JSON.readTree(shown.out());
            assertThat(file.get("cf").asText()).isEqualTo(CF);
            assertThat(file.get("professional").get("experience").get(0).get("employer").asText())
                    .isEqualTo("Officine Felsinee");
        }
    }
}
