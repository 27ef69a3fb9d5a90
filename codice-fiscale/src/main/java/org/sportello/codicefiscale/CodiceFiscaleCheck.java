package org.sportello.codicefiscale;

import java.util.Optional;

/**
 * The outcome of checking a text as codice fiscale: either the decoded code or the reason it was
 * refused. A value, not an exception, because readers and scanners feed us garbage routinely.
 */
public sealed interface CodiceFiscaleCheck {
    record Valid(CodiceFiscale codiceFiscale) implements CodiceFiscaleCheck {
    }

    /** @param detail the reason's message plus what exactly was wrong (position, character) */
    record Invalid(CodiceFiscaleError error, String detail) implements CodiceFiscaleCheck {
    }

    default boolean isValid() {
        return this instanceof Valid;
    }

    default Optional<CodiceFiscale> value() {
        return this instanceof Valid v ? Optional.of(v.codiceFiscale()) : Optional.empty();
    }
}
