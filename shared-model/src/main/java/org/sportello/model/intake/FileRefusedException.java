package org.sportello.model.intake;

import java.io.IOException;

/** A file judged too large (or a link judged unsafe) before it was decoded; carries the report line's facts. */
final class FileRefusedException extends IOException {
    private final transient RefusedFile refusal;

    FileRefusedException(RefusedFile refusal) {
        super(refusal.reason() + ": " + refusal.file());
        this.refusal = refusal;
    }

    RefusedFile refusal() {
        return refusal;
    }
}
