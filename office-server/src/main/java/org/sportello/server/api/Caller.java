package org.sportello.server.api;

import io.grpc.Context;
import java.util.Objects;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.protocol.StationRole;

/**
 * The enrolled station a call comes from, as its verified client certificate says (never as the
 * request says). The TLS interceptor puts it into the gRPC {@link Context} of every call.
 *
 * @param name   the station's name, unique in the office ({@code kiosk-1}, {@code sportello-3})
 * @param role   what the office CA wrote into its certificate
 * @param serial the certificate's serial number (hex), what revocation names
 */
public record Caller(String name, StationRole role, String serial) {
    public static final Context.Key<Caller> KEY = Context.key("sportello-caller");

    public Caller {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    /** The caller of the call being served; refused when there is none (a bug or a missing interceptor). */
    public static Caller current() {
        Caller c = KEY.get();
        if (c == null) {
            throw new SportelloException(Problem.STATION_UNKNOWN);
        }
        return c;
    }

    /** Refuses the call unless this station has one of {@code allowed}. */
    public Caller require(String action, StationRole... allowed) {
        for (StationRole r : allowed) {
            if (r == role) {
                return this;
            }
        }
        throw new SportelloException(Problem.STATION_NOT_ALLOWED, name, role.wireName(), action);
    }
}
