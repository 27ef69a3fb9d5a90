package org.sportello.server.central;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * Where central is and who connects: a PostgreSQL JDBC URL, a role and its password. A URL that names a
 * host other than a loopback address must carry {@code sslmode=verify-full}: anything else is refused
 * here, before any connection ({@link CentralTlsRule}, ADR 0027).
 *
 * @param user     null to take the user from the URL
 * @param password null to take it from the URL (or a .pgpass file)
 */
public record CentralLogin(String url, String user, String password) {
    /** Seconds to wait for a TCP connection: a dead link must fail fast so the sync can back off. */
    static final int CONNECT_TIMEOUT_SECONDS = 5;
    /** Seconds a statement may wait on the network before the driver gives up on a silent link. */
    static final int SOCKET_TIMEOUT_SECONDS = 30;

    public CentralLogin {
        Objects.requireNonNull(url, "url");
        if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the central URL must start with jdbc:postgresql: (" + url + ")");
        }
        CentralTlsRule.check(url);
    }

    public Connection connect() throws SQLException {
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        p.setProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT_SECONDS));
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("ApplicationName", "sportello");
        return DriverManager.getConnection(url, p);
    }

    @Override
    public String toString() {
        return "CentralLogin[" + url + " as " + (user == null ? "(user from URL)" : user) + "]";
    }
}
