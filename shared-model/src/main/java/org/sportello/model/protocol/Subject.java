package org.sportello.model.protocol;

import java.time.LocalDate;
import java.util.Objects;
import org.sportello.model.company.PartitaIva;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.codicefiscale.CodiceFiscaleCheck;

/**
 * Whom a protocol entry concerns: a person by codice fiscale, or a company by its tax code. The
 * codes are validated types, so a malformed code cannot reach the register or a document.
 */
public sealed interface Subject {
    /** The code as stored and printed. */
    String code();

    SubjectKind kind();

    record Person(CodiceFiscale codiceFiscale) implements Subject {
        public Person {
            Objects.requireNonNull(codiceFiscale, "codiceFiscale");
        }

        /** The canonical form, so omocodia variants of one person share their entries. */
        @Override
        public String code() {
            return codiceFiscale.canonical();
        }

        @Override
        public SubjectKind kind() {
            return SubjectKind.PERSON;
        }
    }

    /**
     * A company: by partita IVA (11 digits), or a sole trader by the owner's codice fiscale (which is
     * then the firm's tax code). Exactly one of the two is set.
     */
    record Company(PartitaIva partitaIva, CodiceFiscale codiceFiscale) implements Subject {
        public Company {
            if ((partitaIva == null) == (codiceFiscale == null)) {
                throw new IllegalArgumentException("a company has either a partita IVA or a codice fiscale");
            }
        }

        public Company(PartitaIva partitaIva) {
            this(partitaIva, null);
        }

        public Company(CodiceFiscale codiceFiscale) {
            this(null, codiceFiscale);
        }

        @Override
        public String code() {
            return partitaIva != null ? partitaIva.number() : codiceFiscale.canonical();
        }

        @Override
        public SubjectKind kind() {
            return SubjectKind.COMPANY;
        }
    }

    /**
     * Reads a stored or typed code back into a subject. Throws {@link IllegalArgumentException} with
     * the reason when the code is not valid for that kind.
     */
    static Subject parse(SubjectKind kind, String code, LocalDate today) {
        String text = code == null ? "" : code.strip();
        if (kind == SubjectKind.COMPANY && text.replace(" ", "").length() <= 13) {
            String why = PartitaIva.check(text);
            if (why != null) {
                throw new IllegalArgumentException(why);
            }
            return new Company(PartitaIva.parse(text).orElseThrow());
        }
        CodiceFiscale cf = switch (CodiceFiscale.check(text, today)) {
            case CodiceFiscaleCheck.Valid v -> v.codiceFiscale();
            case CodiceFiscaleCheck.Invalid i -> throw new IllegalArgumentException(i.detail());
        };
        return kind == SubjectKind.PERSON ? new Person(cf) : new Company(cf);
    }
}
