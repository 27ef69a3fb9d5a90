package org.sportello.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.documents.DocumentSamples;
import org.sportello.model.documents.IssuedDocument;
import org.sportello.model.protocol.DocumentHash;
import org.sportello.server.testing.TestOffice;
import org.sportello.server.central.CentralLogin;

/**
 * An office that pushed its log before documents were synced sends them after the upgrade: office
 * migration V8.3 moves the push cursor back to its first document event (ADR 0021). Real H2, real
 * PostgreSQL with the office's own role.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class DocumentRepushTest {
    @TempDir
    Path dir;

    @Test
    void documentsAnOlderSyncHadPassedReachCentralWithTheirPdf() throws Exception {
        CentralLogin admin = CentralPostgres.initialised();
        try (TestOffice office = TestOffice.embedded(dir, CentralPostgres.officeCode("DR"))) {
            String code = office.connection().directory().office().code();
            CentralLogin login = CentralPostgres.officeLogin(admin, CentralPostgres.addOffice(admin, code));
            DataSource ds = office.connection().database().dataSource();
            OperatorSession clerk = office.login("lbianchi");
            DocumentSamples samples = new DocumentSamples(LocalDate.of(2026, 11, 24), ZoneId.of("Europe/Rome"));
            IssuedDocument issued = office.connection().documents().issue(clerk,
                    samples.facts(DocumentKind.EMPLOYMENT_STATUS_CERTIFICATE, samples.samplePersonCode()),
                    Locale.ITALIAN);
            new OfficeSync(ds, login).runOnce();
            // What a sync from before this change left behind: the log pushed, the documents not.
            try (Connection c = admin.connect(); Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM archive_file");
                s.executeUpdate("DELETE FROM archived_document");
                s.executeUpdate("DELETE FROM protocol_entry");
            }
            assertThat(SyncStatus.read(ds).backlog()).isZero();

            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate(lastStatementOf("/db/migration/V8_3__sync_documents_and_faults.sql"));
            }
            assertThat(SyncStatus.read(ds).backlog()).as("from the document event on").isPositive();
            new OfficeSync(ds, login).runOnce();

            try (Connection c = admin.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT e.code, e.status, f.content FROM protocol_entry e"
                         + " JOIN archived_document a ON a.protocol_entry_id = e.id"
                         + " JOIN archive_file f ON f.office_id = e.office_id AND f.sha256 = a.pdf_sha256")) {
                assertThat(rs.next()).as("the entry, its archive row and its PDF").isTrue();
                assertThat(rs.getString(1)).isEqualTo(issued.entry().number().format());
                assertThat(rs.getString(2)).isEqualTo("REGISTERED");
                assertThat(DocumentHash.sha256(rs.getBytes(3))).isEqualTo(DocumentHash.sha256(issued.pdf()));
            }
            assertThat(SyncStatus.read(ds).backlog()).isZero();
        }
    }

    private static String lastStatementOf(String resource) throws IOException, SQLException {
        try (InputStream in = org.sportello.server.storage.OfficeDatabase.class.getResourceAsStream(resource)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            String body = sql.substring(sql.lastIndexOf("UPDATE sync_cursor"));
            return body.endsWith(";") ? body.substring(0, body.length() - 1) : body;
        }
    }
}
