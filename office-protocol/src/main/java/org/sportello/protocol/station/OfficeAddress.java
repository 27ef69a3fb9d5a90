package org.sportello.protocol.station;

import java.util.Objects;

/**
 * Where the office server listens: {@code host:port} as {@code office serve} prints it (the port is
 * 9443 when left out). The enrolment port is the main port + 1 unless the office says otherwise.
 */
public record OfficeAddress(String host, int port) {
    public static final int DEFAULT_PORT = 9443;

    public OfficeAddress {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("the office address has no host");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("the office port must be between 1 and 65535: " + port);
        }
    }

    /** {@code office-pc}, {@code office-pc:9443}, {@code 192.168.1.10:9443}, {@code [::1]:9443}. */
    public static OfficeAddress parse(String text) {
        Objects.requireNonNull(text, "address");
        String t = text.strip();
        String host = t;
        int port = DEFAULT_PORT;
        int colon = t.lastIndexOf(':');
        boolean bracketed = t.startsWith("[");
        if (colon > 0 && (!bracketed || t.indexOf(']') < colon) && (bracketed || t.indexOf(':') == colon)) {
            host = t.substring(0, colon);
            try {
                port = Integer.parseInt(t.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an office address (HOST:PORT): " + text);
            }
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new OfficeAddress(host, port);
    }

    /** The port that serves enrolment alone, by convention next to the main one. */
    public int enrolmentPort() {
        return port + 1;
    }

    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
