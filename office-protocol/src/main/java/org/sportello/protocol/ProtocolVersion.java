package org.sportello.protocol;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of the office protocol a station speaks, sent with every call (issue 15). The office
 * server refuses stations older than it accepts with {@code STATION_OUTDATED} ("update this station"),
 * so a mixed office during an upgrade either works or says what to do, never fails in odd ways.
 *
 * <p>Raise {@link #CURRENT} when a change on the wire needs both sides new; raise the server's oldest
 * accepted version ({@code org.sportello.server.station.ProtocolVersionCheck}) only when the server can
 * no longer answer older stations correctly.
 */
public final class ProtocolVersion {
    /**
     * 1: stations built before the header existed (they send none); 2: stations that send it. Both speak
     * the same messages.
     */
    public static final int CURRENT = 2;
    /** What a station that sends no header speaks. */
    public static final int UNSTAMPED = 1;
    public static final Metadata.Key<String> PROTOCOL_HEADER =
            Metadata.Key.of("sportello-protocol", Metadata.ASCII_STRING_MARSHALLER);
    /** The station's Sportello release, for the server's log and station list; never decides anything. */
    public static final Metadata.Key<String> SOFTWARE_HEADER =
            Metadata.Key.of("sportello-version", Metadata.ASCII_STRING_MARSHALLER);

    private static final String SOFTWARE = readSoftwareVersion();

    private ProtocolVersion() {
    }

    /** The Sportello release this build is ({@code 0.1.0-SNAPSHOT}), as Maven wrote it. */
    public static String software() {
        return SOFTWARE;
    }

    /** The version a call's headers carry: {@link #UNSTAMPED} without the header, 0 when it is not a number. */
    public static int of(Metadata headers) {
        String value = headers.get(PROTOCOL_HEADER);
        if (value == null) {
            return UNSTAMPED;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Stamps every call of a channel with {@link #CURRENT} and this build's release. */
    public static ClientInterceptor stamp() {
        return stamp(CURRENT);
    }

    /** Stamps calls with {@code version}: tests play an older station with it. */
    public static ClientInterceptor stamp(int version) {
        String protocol = Integer.toString(version);
        return new ClientInterceptor() {
            @Override
            public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
                return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
                    @Override
                    public void start(Listener<A> listener, Metadata headers) {
                        headers.removeAll(PROTOCOL_HEADER);
                        headers.removeAll(SOFTWARE_HEADER);
                        headers.put(PROTOCOL_HEADER, protocol);
                        headers.put(SOFTWARE_HEADER, SOFTWARE);
                        super.start(listener, headers);
                    }
                };
            }
        };
    }

    private static String readSoftwareVersion() {
        Properties p = new Properties();
        try (InputStream in = ProtocolVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // An unreadable resource leaves the release unknown; it decides nothing.
        }
        String v = p.getProperty("version", "unknown");
        // Header values are ASCII; a release is, but a hand-made build might not be.
        return v.startsWith("${") ? "unknown" : v.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
