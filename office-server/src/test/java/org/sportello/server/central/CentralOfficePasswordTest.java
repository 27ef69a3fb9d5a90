package org.sportello.server.central;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code central add-office} sets the office role's password through the driver's password call, which
 * sends a SCRAM verifier: the server, logging every statement, never sees the password itself (ADR 0027).
 * Its own PostgreSQL, because this one logs every statement to a file and checks passwords (the shared
 * test server trusts every local login).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CentralOfficePasswordTest {
    @TempDir
    Path dir;

    @Test
    void thePasswordNeverReachesTheServerAsTextAndTheRoleLogsInWithIt() throws Exception {
        // pg_ctl starts the server with its log on pg_ctl's standard output, which goes straight to this file
        // (a log collector process would outlive the test JVM's exit budget).
        Path serverLog = dir.resolve("central.log");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                .setServerConfig("log_statement", "all")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setDataDirectoryCustomizer(data -> checkPasswords(data.toPath()))
                .start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE central");
            }
            String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/central";
            CentralLogin admin = new CentralLogin(url, "postgres", null);
            CentralSchema.migrate(admin);
            String code = "PW" + Long.toHexString(System.nanoTime() & 0xffff);

            OfficeCredentials first = new OfficeRoles(admin).add(code, false);
            OfficeCredentials rotated = new OfficeRoles(admin).add(code, true);
            assertThat(rotated.password()).isNotEqualTo(first.password());

            try (Connection c = new CentralLogin(url, rotated.role(), rotated.password()).connect();
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_user")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(rotated.role());
            }
            assertThatThrownBy(() -> new CentralLogin(url, first.role(), first.password()).connect().close())
                    .as("the old password after a rotation").isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("28P01");
            assertThatThrownBy(() -> new CentralLogin(url, rotated.role(), "not-" + rotated.password()).connect()
                    .close()).as("a wrong password: the server really checks").isInstanceOf(SQLException.class);

            String log = logAfter(admin, serverLog);
            assertThat(log).as("the role was created and given a SCRAM verifier, in the log")
                    .contains("CREATE ROLE " + rotated.role(), "SCRAM-SHA-256$");
            assertThat(log).as("neither password, ever").doesNotContain(first.password())
                    .doesNotContain(rotated.password());
            String stored = verifier(admin, rotated.role());
            assertThat(stored).startsWith("SCRAM-SHA-256$").doesNotContain(rotated.password());
        }
    }

    /** pg_hba.conf: the superuser as before, every other role with its password over loopback TCP. */
    private static void checkPasswords(Path data) {
        try {
            Files.writeString(data.resolve("pg_hba.conf"), """
                    local all all trust
                    host all postgres 127.0.0.1/32 trust
                    host all postgres ::1/128 trust
                    host all all 127.0.0.1/32 scram-sha-256
                    host all all ::1/128 scram-sha-256
                    """, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The server log once it holds a statement run after everything above (the collector writes late). */
    private static String logAfter(CentralLogin admin, Path file) throws Exception {
        String marker = "log-marker-" + UUID.randomUUID();
        try (Connection c = admin.connect(); Statement s = c.createStatement()) {
            s.executeQuery("SELECT '" + marker + "'").close();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            String log = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            if (log.contains(marker)) {
                return log;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the server log " + file + " never showed " + marker);
            }
            Thread.sleep(100);
        }
    }

    private static String verifier(CentralLogin admin, String role) throws SQLException {
        try (Connection c = admin.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT rolpassword FROM pg_authid WHERE rolname = '" + role + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
