package org.sportello.server.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.common.UuidV7;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;
import org.sportello.server.OfficeApis;
import org.sportello.server.OfficeServer;
import org.sportello.server.cli.SportelloCommand;
import org.sportello.server.cli.CliEnvironment;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.server.testing.TestOffice;

/** {@code sportello privacy erase}: erases a person's tickets, keeps and names what the law keeps, logs no value. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class PrivacyEraseCommandTest {
    private static final String CF = "RSSMRA85T10A562S";

    @TempDir
    Path dir;

    @Test
    void refusedWhileInLineThenErasesTicketsKeepsTheDossierAndLogsWithoutTheCode() throws Exception {
        Path data = dir.resolve("data");
        try (TestOffice office = TestOffice.embedded(data)) {
            office.connection().queue().issue(new IssueRequest("A", PriorityClass.DISABILITY, "it",
                    UUID.randomUUID().toString()).withCitizen(CF));
            try (Connection c = office.connection().database().dataSource().getConnection();
                 PreparedStatement ps = c.prepareStatement("INSERT INTO person (id, office_id, tax_code, family_name,"
                         + " given_names, birth_date, sex, birth_place_code, created_at, updated_at)"
                         + " VALUES (?, ?, ?, 'Rossi', 'Mario', ?, 'M', 'A562', ?, ?)")) {
                ps.setObject(1, UuidV7.next());
                ps.setObject(2, office.connection().directory().office().id());
                ps.setString(3, CF);
                ps.setObject(4, LocalDate.of(1985, 12, 10));
                ps.setObject(5, OffsetDateTime.now());
                ps.setObject(6, OffsetDateTime.now());
                ps.executeUpdate();
            }
        }
        String db = OfficeDatabase.fileUrl(data);

        Result inLine = run(data, "en", "privacy", "erase", CF, "--reason", "request 2026/17", "--db", db);
        assertThat(inLine.code).as(inLine.toString()).isEqualTo(3);
        assertThat(inLine.err).contains("Nothing erased", "a ticket still in line");

        try (TestOffice office = TestOffice.embedded(data)) {
            office.connection().queue().closeDay(office.login("gverdi"));
        }
        Result it = run(data, "it", "privacy", "erase", CF.toLowerCase(), "--reason", "richiesta 2026/17", "--db", db);
        assertThat(it.code).as(it.toString()).isZero();
        assertThat(it.out).contains("Cancellati codice fiscale e classe di priorità di 1 biglietto",
                "1 voce del registro eventi", "Conservata: la scheda della persona", "D.Lgs. 150/2015",
                "senza il codice fiscale");
        assertThat(it.out).doesNotContain(CF);

        try (OfficeDatabase office = OfficeDatabase.open(db)) {
            assertThat(PersonalDataScan.find(office.dataSource(), "public", CF))
                    .as("only the dossier, kept by law").containsExactly("person.tax_code");
            try (Connection c = office.dataSource().getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT kind, reason, requested_by, tickets_erased,"
                         + " events_erased, kept_dossiers FROM privacy_erasure");
                 ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(List.of(rs.getString(1), rs.getString(2), rs.getInt(4), rs.getInt(5), rs.getInt(6)))
                        .containsExactly("REQUEST", "richiesta 2026/17", 1, 1, 1);
                assertThat(rs.getString(3)).startsWith("local administrator");
                assertThat(rs.next()).as("the refused request erased nothing and logged nothing").isFalse();
            }
        }

        Result bad = run(data, "en", "privacy", "erase", "RSSMRA85T10A562X", "--reason", "x", "--db", db);
        assertThat(bad.code).isEqualTo(2);
        assertThat(bad.err).contains("Not a valid codice fiscale");
        Result noReason = run(data, "en", "privacy", "erase", CF, "--reason", " ", "--db", db);
        assertThat(noReason.code).isEqualTo(2);
        assertThat(noReason.err).contains("--reason");
    }

    @Test
    void whileTheServerRunsTheErasureRunsInsideIt() throws Exception {
        Path data = dir.resolve("data");
        try (TestOffice office = TestOffice.embedded(data)) {
            office.connection().queue().issue(new IssueRequest("A", PriorityClass.DISABILITY, "it",
                    UUID.randomUUID().toString()).withCitizen(CF));
            office.connection().queue().closeDay(office.login("gverdi"));
        }
        try (OfficeServer server = OfficeServer.start(OfficeServer.Options.loopback(data), OfficeApis::on)) {
            // No --db: the running server holds the database, so the command is sent to it.
            Result erased = run(data, java.util.Map.of("SPORTELLO_LOCALE", "en", CliEnvironment.DATA_VARIABLE,
                    data.toString()), "privacy", "erase", CF, "--reason", "request 2026/18");
            assertThat(erased.code).as(erased.toString()).isZero();
            assertThat(erased.out).contains("1 ticket").doesNotContain(CF);
            Result again = run(data, java.util.Map.of("SPORTELLO_LOCALE", "en", CliEnvironment.DATA_VARIABLE,
                    data.toString()), "privacy", "erase", CF, "--reason", "request 2026/18");
            assertThat(again.code).as(again.toString()).isZero();
            assertThat(again.out).as("nothing left to erase").doesNotContain("1 ticket");
        }
        try (OfficeDatabase office = OfficeDatabase.open(OfficeDatabase.fileUrl(data))) {
            assertThat(PersonalDataScan.find(office.dataSource(), "public", CF)).isEmpty();
        }
    }

    @Test
    void theProtocolRegisterAndIssuedDocumentsAreKeptWithTheirLegalBasis() {
        PrivacyTexts en = PrivacyTexts.in(java.util.Locale.ENGLISH);
        assertThat(en.text("erase.keptProtocol", 2)).contains("2 protocol register entries", "DPR 445/2000, art. 53",
                "17(3)(b)");
        assertThat(en.text("erase.keptDocuments", 1)).contains("1 issued document", "D.Lgs. 42/2004");
        PrivacyTexts it = PrivacyTexts.in(java.util.Locale.ITALIAN);
        assertThat(it.text("erase.keptProtocol", 1)).contains("1 registrazione di protocollo", "obbligo di legge");
        assertThat(it.text("erase.keptDocuments", 3)).contains("3 documenti emessi", "dell'archivio");
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(Path data, String locale, String... args) {
        return run(data, java.util.Map.of("SPORTELLO_LOCALE", locale), args);
    }

    private static Result run(Path data, java.util.Map<String, String> variables, String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        CliEnvironment env = new CliEnvironment(variables, new java.io.ByteArrayInputStream(new byte[0]),
                data.getParent());
        int code = SportelloCommand.run(args, new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true), env);
        return new Result(code, out.toString(), err.toString());
    }
}
