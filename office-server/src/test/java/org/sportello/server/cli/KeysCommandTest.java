package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.documents.DocumentSamples;
import org.sportello.model.documents.IssuedDocument;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.model.seal.Outcome;

/** {@code sportello keys rotate} and {@code keys list}: papers sealed before a rotation stay genuine. */
class KeysCommandTest {
    @TempDir
    Path home;
    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(home);
        // The demo office: its operators (mrossi/demo) issue the papers; a plain init has only admin now.
        CliRun.Result init = cli.run("office", "init", "--demo", "--db", dbUrl());
        assertThat(init.exitCode()).as(init.toString()).isZero();
    }

    private String dbUrl() {
        return OfficeDatabase.fileUrl(home.resolve("office-data"));
    }

    private IssuedDocument issue(OfficeConnection office) {
        var session = office.auth().login("mrossi", "demo".toCharArray());
        var zone = office.directory().office().zone();
        var samples = new DocumentSamples(LocalDate.now(zone), zone);
        return office.documents().issue(session, samples.facts(DocumentKind.EMPLOYMENT_STATUS_CERTIFICATE,
                samples.samplePersonCode()), Locale.ITALIAN);
    }

    @Test
    void rotationMakesANewSignerAndOldPapersStayGenuine() throws Exception {
        IssuedDocument before;
        try (OfficeConnection office = OfficeConnection.open(dbUrl())) {
            before = issue(office);
        }
        String oldKey = before.seal().keyId();

        CliRun.Result rotated = cli.run("keys", "rotate", "--db", dbUrl());

        assertThat(rotated.exitCode()).as(rotated.toString()).isZero();
        assertThat(rotated.out()).contains("is retired", oldKey, "sportello-office-key-v1 BO01 ");
        CliRun.Result list = cli.run("keys", "list", "--json", "--db", dbUrl());
        assertThat(list.exitCode()).as(list.toString()).isZero();
        JsonNode keys = new ObjectMapper().readTree(list.out()).get("keys");
        assertThat(keys).hasSize(2);
        assertThat(keys.get(0).get("keyId").asText()).isEqualTo(oldKey);
        assertThat(keys.get(0).get("state").asText()).isEqualTo("retired");
        assertThat(keys.get(1).get("state").asText()).isEqualTo("active");
        String newKey = keys.get(1).get("keyId").asText();
        assertThat(newKey).isNotEqualTo(oldKey);
        assertThat(list.out()).doesNotContainIgnoringCase("private");

        try (OfficeConnection office = OfficeConnection.open(dbUrl())) {
            assertThat(office.scans().check(before.seal().encode()).outcome()).as("sealed with the retired key")
                    .isEqualTo(Outcome.GENUINE);
            IssuedDocument after = issue(office);
            assertThat(after.seal().keyId()).isEqualTo(newKey);
            assertThat(office.scans().check(after.seal().encode()).outcome()).isEqualTo(Outcome.GENUINE);
            try (Connection c = office.database().dataSource().getConnection();
                 ResultSet r = c.createStatement().executeQuery(
                         "SELECT private_key FROM office_signing_key WHERE key_id = '" + oldKey + "'")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).as("the retired key's private half is erased").isNull();
            }
        }
        CliRun.Result table = cli.run("keys", "list", "--db", dbUrl());
        assertThat(table.out()).contains(oldKey + "  retired", newKey + "  active");
    }
}
