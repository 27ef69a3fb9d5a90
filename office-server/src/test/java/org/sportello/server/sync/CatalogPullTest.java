package org.sportello.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.common.UuidV7;
import org.sportello.server.testing.TestOffice;
import org.sportello.server.central.CentralLogin;

/** The catalogue pull: late commits are never skipped, newer versions and tombstones arrive. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CatalogPullTest {
    @TempDir
    Path dir;

    private CentralLogin admin;
    private TestOffice office;
    private OfficeSync sync;

    @BeforeEach
    void officeAndCentral() {
        admin = CentralPostgres.initialised();
        office = TestOffice.embedded(dir, CentralPostgres.officeCode("CP"));
        CentralLogin login = CentralPostgres.officeLogin(admin,
                CentralPostgres.addOffice(admin, office.connection().directory().office().code()));
        sync = new OfficeSync(office.connection().database().dataSource(), login, SyncSettings.DEFAULT.withBatchSize(2),
                Clock.systemUTC(), SyncProbe.NONE);
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void aTransactionThatCommitsAfterALaterOneIsStillPulled() throws SQLException {
        try (Connection slow = admin.connect(); Connection quick = admin.connect()) {
            slow.setAutoCommit(false);
            insert(slow, "SLOW");   // takes the lower xid …
            quick.setAutoCommit(false);
            insert(quick, "QUICK"); // … this one a higher xid, and commits first
            quick.commit();

            sync.runOnce();
            // A cursor that had moved past QUICK's xid would never come back for SLOW's lower one. The
            // horizon stops below the transaction still running, so QUICK waits with it.
            assertThat(local()).as("nothing past a transaction still running").isEmpty();
            assertThat(cursorMark()).isLessThanOrEqualTo(xidOf(slow));

            slow.commit();
        }
        SyncReport report = sync.runOnce();
        assertThat(local()).containsOnlyKeys("SLOW", "QUICK");
        assertThat(report.rowsPulled()).isEqualTo(2);
        assertThat(sync.runOnce().rowsPulled()).as("nothing pulled twice").isZero();
    }

    @Test
    void aBatchSplitInsideOneTransactionResumesByIdAndNewerVersionsAndTombstonesArrive() throws SQLException {
        try (Connection c = admin.connect()) {
            c.setAutoCommit(false);
            for (String code : new String[] {"S1", "S2", "S3", "S4", "S5"}) {
                insert(c, code);
            }
            c.commit();
        }
        sync.runOnce();
        assertThat(local()).containsOnlyKeys("S1", "S2", "S3", "S4", "S5");

        try (Connection c = admin.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE catalog_service SET name_en = 'Renamed' WHERE code = 'S2'");
            s.executeUpdate("UPDATE catalog_service SET deleted = TRUE WHERE code = 'S4'");
        }
        sync.runOnce();
        Map<String, String> local = local();
        assertThat(local.get("S2")).isEqualTo("Renamed v2 live");
        assertThat(local.get("S4")).isEqualTo("Service S4 v2 deleted");
        assertThat(local.get("S1")).isEqualTo("Service S1 v1 live");
    }

    private long cursorMark() throws SQLException {
        try (Connection c = office.connection().database().dataSource().getConnection()) {
            return SyncCursors.read(c, SyncCursors.PULL_CATALOG_SERVICE).mark();
        }
    }

    private static long xidOf(Connection tx) throws SQLException {
        try (Statement s = tx.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_current_xact_id()::text")) {
            rs.next();
            return Long.parseLong(rs.getString(1));
        }
    }

    private static void insert(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO catalog_service (id, code, name_it, name_en, area)"
                + " VALUES (?, ?, ?, ?, 'PERSONS')")) {
            ps.setObject(1, UuidV7.next());
            ps.setString(2, code);
            ps.setString(3, "Servizio " + code);
            ps.setString(4, "Service " + code);
            ps.executeUpdate();
        }
    }

    /** code → "name_en vN live|deleted", from the office's own copy. */
    private Map<String, String> local() throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        try (Connection c = office.connection().database().dataSource().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT code, name_en, version, deleted, id FROM catalog_service")) {
            while (rs.next()) {
                rs.getObject(5, UUID.class);
                rows.put(rs.getString(1), rs.getString(2) + " v" + rs.getLong(3)
                        + (rs.getBoolean(4) ? " deleted" : " live"));
            }
        }
        return rows;
    }
}
