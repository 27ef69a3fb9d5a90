package org.sportello.server.station;

import java.nio.file.Path;
import java.security.KeyPair;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.station.StationIdentity;

/**
 * The server machine's own administrator credential, in {@code DATA/admin/} (owner-only): a station
 * identity with role ADMIN named {@code local-admin}, made by the server on its first start. Commands
 * run on the server machine by the account that runs the server (the only one that can read it) use
 * it to reach the running server.
 */
public final class LocalAdmin {
    private LocalAdmin() {
    }

    /** The credential in {@code adminDir}, made (again) when missing or signed by another CA. */
    public static StationIdentity ensure(Path adminDir, OfficeCa ca) {
        if (StationIdentity.exists(adminDir)) {
            StationIdentity existing = StationIdentity.load(adminDir);
            if (existing.officeCa().equals(ca.certificate())) {
                return existing;
            }
        }
        KeyPair keys = OfficeCa.newKeyPair();
        return new StationIdentity(keys.getPrivate(),
                ca.signStation(StationRegistry.LOCAL_ADMIN, StationRole.ADMIN, keys.getPublic()), ca.certificate())
                .save(adminDir);
    }
}
