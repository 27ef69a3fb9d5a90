package org.sportello.model.cases;

/** Where a declaration of immediate availability (DID) was made: at the desk, or online (seed 001's portal). */
public enum DidChannel {
    DESK,
    ONLINE
}
