package org.sportello.server.dossier;

/** A dossier operation this office may not do, with the reason for a person. */
public final class DossierException extends RuntimeException {
    public DossierException(String message) {
        super(message);
    }
}
