package org.sportello.protocol.client;

import org.sportello.protocol.StationRole;

/** Who the office server says this station is, from its certificate. */
public record StationIdentity(String name, StationRole role, String officeCode, int protocolVersion) {
}
