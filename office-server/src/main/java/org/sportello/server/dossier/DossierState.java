package org.sportello.server.dossier;

/** Where an office's copy of a dossier stands (office table dossier_sync). */
public enum DossierState {
    /** This office owns it and may change it. */
    OWNED,
    /** It was transferred to another office; the local rows are an old, read-only copy. */
    MOVED,
    /** Pulled on demand from the office that owns it; read-only. */
    COPY,
    /** An edit of it collided at central and waits in central's review list; it may still be changed here. */
    IN_REVIEW;

    public boolean editable() {
        return this == OWNED || this == IN_REVIEW;
    }
}
