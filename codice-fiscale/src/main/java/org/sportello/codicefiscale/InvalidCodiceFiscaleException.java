package org.sportello.codicefiscale;

/** Thrown by {@link CodiceFiscale#of} for malformed input; carries the machine-readable reason. */
public final class InvalidCodiceFiscaleException extends IllegalArgumentException {
    private final CodiceFiscaleError error;

    public InvalidCodiceFiscaleException(CodiceFiscaleError error, String detail) {
        super(detail);
        this.error = error;
    }

    public CodiceFiscaleError error() {
        return error;
    }
}
