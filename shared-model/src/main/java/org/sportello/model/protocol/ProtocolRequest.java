package org.sportello.model.protocol;

import java.util.Objects;

/**
 * What an operator registers: the kind, whom it concerns, a short title for the register, and the
 * document's hash. The hash is asked for once the number is known ({@link DocumentDigest}), because
 * a certificate prints its own number and the hash covers what is printed.
 */
public record ProtocolRequest(ProtocolKind kind, Subject subject, String subjectName, String title) {
    public ProtocolRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a protocol entry needs a title");
        }
        title = title.strip();
        if (title.length() > 300) {
            throw new IllegalArgumentException("title longer than 300 characters");
        }
        subjectName = subjectName == null || subjectName.isBlank() ? null : subjectName.strip();
        if (subjectName != null && subjectName.length() > 200) {
            throw new IllegalArgumentException("subject name longer than 200 characters");
        }
    }
}
