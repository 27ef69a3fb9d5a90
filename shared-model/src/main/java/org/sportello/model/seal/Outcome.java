package org.sportello.model.seal;

/** What scanning a document's code says about the paper. */
public enum Outcome {
    /** Signed by this office, registered, not annulled, and the hash matches the register. */
    GENUINE,
    /** Genuine code of an entry that was later annulled: the paper is void. */
    ANNULLED,
    /** The signature does not match, or the hash differs from the register: the code was changed. */
    ALTERED,
    /** A valid-looking code of this office whose number is not in the register. */
    UNKNOWN,
    /** Signed by another office whose public key we hold; its register is not here to check. */
    OTHER_OFFICE,
    /** From another office whose key we do not hold: nothing can be confirmed. */
    OTHER_OFFICE_UNVERIFIABLE,
    /**
     * Only the printed protocol number (Code 128) was read, and it is in the register: the paper is
     * filed, but a bar code alone can be copied, so nothing is proved until its QR is scanned.
     */
    REGISTERED_NUMBER,
    /** Not a Sportello code at all (another QR, a misread). */
    NOT_A_SEAL;

    public boolean isTrustworthy() {
        return this == GENUINE || this == OTHER_OFFICE;
    }
}
