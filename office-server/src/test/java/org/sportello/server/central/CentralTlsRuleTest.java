package org.sportello.server.central;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.server.sync.CentralPostgres;

/**
 * A link to central is encrypted and checks central's certificate and name ({@code sslmode=verify-full}),
 * except to a loopback address; the rule is applied to the URL, before any connection (ADR 0027).
 * 192.0.2.1 is TEST-NET-1: it is only ever a string here, never connected to.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CentralTlsRuleTest {
    @Test
    void aRemoteCentralWithoutVerifyFullIsRefusedBeforeAnyConnection() {
        for (String url : new String[] {
                "jdbc:postgresql://192.0.2.1/sportello?sslmode=require",
                "jdbc:postgresql://192.0.2.1/sportello",
                "jdbc:postgresql://192.0.2.1:5432/sportello?sslmode=verify-ca",
                "jdbc:postgresql://192.0.2.1/sportello?sslmode=prefer",
                "jdbc:postgresql://192.0.2.1/sportello?sslmode=disable",
                "jdbc:postgresql://192.0.2.1/sportello?sslmode=verify-full&sslfactory=org.postgresql.ssl.NonValidatingFactory",
                "jdbc:postgresql://localhost:5432,192.0.2.1:5432/sportello?sslmode=require",
                "jdbc:postgresql://localhost.example.org/sportello?sslmode=require",
                "jdbc:postgresql://127.0.0.1.example.org/sportello?sslmode=require",
                "jdbc:postgresql://[2001:db8::1]/sportello?sslmode=require"}) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> new CentralLogin(url, "office_x", "secret")).as(url)
                    .isInstanceOfSatisfying(SportelloException.class, e -> {
                        assertThat(e.problem()).isEqualTo(Problem.CENTRAL_TLS_REQUIRED);
                        assertThat(e.getCause()).as("nothing was attempted, so nothing failed").isNull();
                        assertThat(e.getMessage()).contains("sslmode=verify-full", "loopback");
                    });
            // A connection attempt to a TEST-NET address would wait for its 5 s connect timeout.
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as(url).isLessThan(1000);
        }
    }

    @Test
    void theRefusalNamesTheHostAndWhatToSetInBothLanguages() {
        SportelloException e = (SportelloException) org.assertj.core.api.Assertions.catchThrowable(
                () -> new CentralLogin("jdbc:postgresql://192.0.2.1/sportello?sslmode=require", null, null));
        assertThat(e.localizedMessage(Locale.ENGLISH)).contains("192.0.2.1", "sslmode=verify-full", "loopback",
                "localhost, 127.0.0.1, ::1");
        assertThat(e.localizedMessage(Locale.ITALIAN)).contains("192.0.2.1", "sslmode=verify-full", "loopback",
                "certificato");
    }

    @Test
    void verifyFullIsAcceptedAndLoopbackMayUseAnySslMode() {
        for (String url : new String[] {
                "jdbc:postgresql://192.0.2.1/sportello?sslmode=verify-full",
                "jdbc:postgresql://192.0.2.1/sportello?sslmode=verify-full&sslfactory=org.postgresql.ssl.DefaultJavaSSLFactory",
                "jdbc:postgresql://localhost/sportello",
                "jdbc:postgresql://LOCALHOST:5433/sportello?sslmode=disable",
                "jdbc:postgresql://127.0.0.1/sportello?sslmode=require",
                "jdbc:postgresql://127.8.9.10/sportello",
                "jdbc:postgresql://[::1]:5432/sportello?sslmode=prefer",
                "jdbc:postgresql://localhost:5432,127.0.0.1:5433/sportello",
                "jdbc:postgresql:sportello"}) {
            assertThatCode(() -> new CentralLogin(url, "office_x", "secret")).as(url).doesNotThrowAnyException();
        }
        assertThat(CentralTlsRule.isLoopback("::1")).isTrue();
        assertThat(CentralTlsRule.isLoopback("128.0.0.1")).isFalse();
    }

    @Test
    void aLoopbackCentralIsReachedWithoutTls() throws SQLException {
        CentralLogin admin = CentralPostgres.newDatabase();
        CentralLogin plain = new CentralLogin(admin.url() + "?sslmode=disable", admin.user(), admin.password());
        try (Connection c = plain.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT inet_server_addr() IS NULL OR host(inet_server_addr()) IN"
                     + " ('127.0.0.1', '::1')")) {
            rs.next();
            assertThat(rs.getBoolean(1)).isTrue();
        }
    }
}
