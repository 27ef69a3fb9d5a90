package org.sportello.server.central;

import java.net.InetAddress;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.postgresql.Driver;
import org.postgresql.PGProperty;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;

/**
 * Central carries citizens' data between machines, so a link to it must be encrypted and must check
 * central's certificate and name: {@code sslmode=verify-full} (pgjdbc's default, {@code prefer}, falls
 * back to plain text, and {@code require} accepts anyone's certificate). Only a loopback address is
 * exempt (a test, or central on the same machine). Decided from the URL alone, before any connection
 * and without resolving a name, so a refused URL causes no network traffic at all (ADR 0027).
 */
final class CentralTlsRule {
    private static final Set<String> VERIFYING_FACTORIES = Set.of("org.postgresql.ssl.LibPQFactory",
            "org.postgresql.ssl.DefaultJavaSSLFactory");

    private CentralTlsRule() {
    }

    /** @throws SportelloException {@link Problem#CENTRAL_TLS_REQUIRED} naming the first host that is not loopback */
    static void check(String url) {
        Properties p = Driver.parseURL(url, new Properties());
        if (p == null) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL the driver understands: " + url);
        }
        String remote = null;
        for (String host : PGProperty.PG_HOST.getOrDefault(p).split(",")) {
            if (!isLoopback(host)) {
                remote = host;
                break;
            }
        }
        if (remote == null) {
            return;
        }
        String mode = PGProperty.SSL_MODE.get(p);
        String factory = PGProperty.SSL_FACTORY.get(p);
        boolean verifies = "verify-full".equalsIgnoreCase(mode)
                && (factory == null || VERIFYING_FACTORIES.contains(factory))
                && PGProperty.SSL_HOSTNAME_VERIFIER.get(p) == null;
        if (!verifies) {
            throw new SportelloException(Problem.CENTRAL_TLS_REQUIRED, remote);
        }
    }

    /** Literal loopback addresses and the name localhost only: a name is never looked up here. */
    static boolean isLoopback(String host) {
        String h = host.strip();
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.isEmpty() || h.toLowerCase(Locale.ROOT).equals("localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false;
        }
        try {
            return InetAddress.ofLiteral(h).isLoopbackAddress();
        } catch (IllegalArgumentException notALiteral) {
            return false;
        }
    }
}
