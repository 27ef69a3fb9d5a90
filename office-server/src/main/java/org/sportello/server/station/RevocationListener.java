package org.sportello.server.station;

/**
 * Told when a station's certificate stops being valid: revoked, or replaced by a new enrolment under
 * the same name. Called after the registry refuses the old certificate, on the revoking thread.
 */
@FunctionalInterface
public interface RevocationListener {
    void revoked(String stationName);
}
