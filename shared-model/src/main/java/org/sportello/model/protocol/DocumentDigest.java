package org.sportello.model.protocol;

import java.time.Instant;

/**
 * Computes the hash of the document being registered, given the number and time it gets. Called
 * inside the registering transaction, possibly more than once when the transaction is retried, so
 * it must be a pure function of its arguments.
 */
@FunctionalInterface
public interface DocumentDigest {
    DocumentHash digest(ProtocolNumber number, Instant registeredAt);

    /** For a document that exists before its number, e.g. a company's incoming communication. */
    static DocumentDigest of(DocumentHash fixed) {
        return (number, at) -> fixed;
    }
}
