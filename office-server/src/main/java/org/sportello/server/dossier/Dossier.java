package org.sportello.server.dossier;

import java.util.UUID;

/**
 * A dossier as this office holds it.
 *
 * @param ownerCode      the office that owns it, as this office last heard
 * @param version        this office's version (bumped by every local change)
 * @param centralVersion central's version this copy is based on (0: never on central)
 * @param pushedVersion  the local version central has seen
 */
public record Dossier(UUID personId, String taxCode, String familyName, String givenNames, DossierState state,
                      String ownerCode, long version, long centralVersion, long pushedVersion, int declarations,
                      int movements) {
}
