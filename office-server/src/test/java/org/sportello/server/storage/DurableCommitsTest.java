package org.sportello.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.server.OfficeServer;

/**
 * ADR 24 in the small: every embedded office database commits with no write delay, the disk flush
 * runs, and a file copied while the database was open (as a killed server leaves it) is told apart
 * from a cleanly closed one and opens with everything committed.
 */
class DurableCommitsTest {
    @TempDir
    Path dir;

    @Test
    void everyEmbeddedUrlCommitsWithoutDelay() {
        assertThat(OfficeDatabase.withSettings(OfficeDatabase.fileUrl(dir))).contains(";WRITE_DELAY=0");
        assertThat(OfficeDatabase.withSettings(OfficeServer.inProcessUrl(dir)))
                .as("named once, not twice").containsOnlyOnce("WRITE_DELAY");
        assertThat(OfficeDatabase.withSettings(OfficeDatabase.tcpUrl("127.0.0.1", 9092))).doesNotContain("WRITE_DELAY");
        try (OfficeDatabase db = OfficeDatabase.open(OfficeDatabase.fileUrl(dir.resolve("a")))) {
            assertThat(db.writeDelayMillis()).isZero();
            db.syncToDisk();
        }
        try (OfficeDatabase db = OfficeDatabase.open(OfficeServer.inProcessUrl(dir.resolve("b")))) {
            assertThat(db.writeDelayMillis()).isZero();
        }
    }

    @Test
    void aFileLeftOpenIsRecoveredWithItsCommitsAndACleanOneIsLeftAlone() throws Exception {
        Path live = dir.resolve("live");
        Path crashed = dir.resolve("crashed");
        Files.createDirectories(crashed);
        try (OfficeDatabase db = OfficeDatabase.open(OfficeDatabase.fileUrl(live))) {
            execute(db, "CREATE TABLE answered (n INT PRIMARY KEY)");
            for (int n = 1; n <= 50; n++) {
                execute(db, "INSERT INTO answered VALUES (" + n + ")");
                execute(db, "DELETE FROM answered WHERE n = " + (n - 1) + " AND MOD(n, 2) = 1");
            }
            // What a SIGKILL leaves behind: the file as the last commit wrote it, never closed.
            Files.copy(live.resolve(CrashRecovery.FILE_NAME), crashed.resolve(CrashRecovery.FILE_NAME));
        }

        assertThat(CrashRecovery.closedCleanly(live.resolve(CrashRecovery.FILE_NAME))).isTrue();
        assertThat(CrashRecovery.recoverLastCommits(live)).as("a clean file is not touched").isFalse();
        assertThat(CrashRecovery.closedCleanly(crashed.resolve(CrashRecovery.FILE_NAME))).isFalse();
        assertThat(CrashRecovery.recoverLastCommits(crashed)).isTrue();
        assertThat(CrashRecovery.closedCleanly(crashed.resolve(CrashRecovery.FILE_NAME))).isTrue();
        assertThat(CrashRecovery.recoverLastCommits(dir.resolve("none"))).as("no file yet").isFalse();

        try (OfficeDatabase db = OfficeDatabase.open(OfficeDatabase.fileUrl(crashed));
             Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT MAX(n), COUNT(*) FROM answered")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getInt(1)).as("the last commit").isEqualTo(50);
            assertThat(r.getInt(2)).isEqualTo(25);
        }
    }

    private static void execute(OfficeDatabase db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
