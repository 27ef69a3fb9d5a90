package org.sportello.codicefiscale;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A validated Italian codice fiscale of a person (16 characters), with what it encodes: birth date,
 * sex and the Belfiore code of the birth place (a comune, or "Z" + country for people born
 * abroad).
 *
 * <p>Only {@link #check} and {@link #of} make one, so holding a {@code CodiceFiscale} means it
 * passed every structural rule and the check character. Whether the place code exists in the
 * Belfiore registry is not checked here: the registry changes and is not shipped with the model.
 *
 * <p>Omocodia: when two people would get the same code, the Agenzia delle Entrate replaces digits
 * with letters (0-9 → L M N P Q R S T U V), starting from the rightmost of the seven digit
 * positions, and recomputes the check character. Such a code is valid as written; {@link
 * #canonical()} gives the all-digit form, which is what identifies the birth data.
 */
public final class CodiceFiscale {
    /** 0-based positions of the seven digits that omocodia may turn into letters. */
    static final int[] OMOCODIA_POSITIONS = {6, 7, 9, 10, 12, 13, 14};
    /** The letters standing for 0..9 under omocodia. */
    static final String OMOCODIA_LETTERS = "LMNPQRSTUV";
    /** Month letters, January first. */
    static final String MONTH_LETTERS = "ABCDEHLMPRST";
    /** Check-character values of 0-9 / A-Z in odd (1st, 3rd, ...) positions. */
    private static final int[] ODD_VALUES = {
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};

    private final String code;
    private final LocalDate birthDate;
    private final Sex sex;
    private final String birthPlace;

    private CodiceFiscale(String code, LocalDate birthDate, Sex sex, String birthPlace) {
        this.code = code;
        this.birthDate = birthDate;
        this.sex = sex;
        this.birthPlace = birthPlace;
    }

    /**
     * Checks {@code text} (surrounding spaces and lower case are tolerated, nothing else) and
     * decodes it. {@code today} is needed to guess the century of the two-digit birth year: the
     * most recent one that does not put the birth in the future.
     */
    public static CodiceFiscaleCheck check(String text, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (text == null || text.isBlank()) {
            return invalid(CodiceFiscaleError.EMPTY, "");
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (code.length() != 16) {
            return invalid(CodiceFiscaleError.WRONG_LENGTH, code.length() + " characters");
        }
        for (int i = 0; i < 16; i++) {
            char c = code.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                return invalid(CodiceFiscaleError.INVALID_CHARACTER, shown(c) + " at position " + (i + 1));
            }
        }
        for (int i : new int[] {0, 1, 2, 3, 4, 5, 8, 15}) {
            if (!Character.isLetter(code.charAt(i))) {
                return invalid(CodiceFiscaleError.LETTER_EXPECTED, "'" + code.charAt(i) + "' at position " + (i + 1));
            }
        }
        boolean digitSeen = false;
        // Walk right to left: once a digit appears, no omocodia letter may stand left of it.
        for (int k = OMOCODIA_POSITIONS.length - 1; k >= 0; k--) {
            int i = OMOCODIA_POSITIONS[k];
            char c = code.charAt(i);
            if (Character.isDigit(c)) {
                digitSeen = true;
            } else if (OMOCODIA_LETTERS.indexOf(c) >= 0) {
                if (digitSeen) {
                    return invalid(CodiceFiscaleError.OMOCODIA_OUT_OF_ORDER,
                            "letter '" + c + "' at position " + (i + 1) + " left of a digit");
                }
            } else {
                return invalid(CodiceFiscaleError.DIGIT_EXPECTED, "'" + c + "' at position " + (i + 1));
            }
        }
        char expected = checkCharacter(code.substring(0, 15));
        if (code.charAt(15) != expected) {
            return invalid(CodiceFiscaleError.WRONG_CHECK_CHARACTER,
                    "'" + code.charAt(15) + "' found, '" + expected + "' expected");
        }
        String plain = canonicalDigits(code);
        int month = MONTH_LETTERS.indexOf(plain.charAt(8)) + 1;
        if (month == 0) {
            return invalid(CodiceFiscaleError.INVALID_MONTH, "'" + plain.charAt(8) + "'");
        }
        int dayField = Integer.parseInt(plain.substring(9, 11));
        Sex sex = dayField > 40 ? Sex.FEMALE : Sex.MALE;
        int day = dayField > 40 ? dayField - 40 : dayField;
        if (day < 1 || day > 31) {
            return invalid(CodiceFiscaleError.INVALID_DAY, plain.substring(9, 11));
        }
        LocalDate birth = birthDate(Integer.parseInt(plain.substring(6, 8)), month, day, today);
        if (birth == null) {
            return invalid(CodiceFiscaleError.INVALID_DATE,
                    "day " + day + " of month " + month + " of year .." + plain.substring(6, 8));
        }
        String place = plain.substring(11, 15);
        if (!Character.isLetter(place.charAt(0))) {
            return invalid(CodiceFiscaleError.INVALID_PLACE, place);
        }
        return new CodiceFiscaleCheck.Valid(new CodiceFiscale(code, birth, sex, place));
    }

    /** Like {@link #check} but throws {@link InvalidCodiceFiscaleException} for bad input. */
    public static CodiceFiscale of(String text, LocalDate today) {
        return switch (check(text, today)) {
            case CodiceFiscaleCheck.Valid v -> v.codiceFiscale();
            case CodiceFiscaleCheck.Invalid i -> throw new InvalidCodiceFiscaleException(i.error(), i.detail());
        };
    }

    /** The check character for the first 15 characters (upper-case letters and digits). */
    public static char checkCharacter(CharSequence first15) {
        if (first15.length() != 15) {
            throw new IllegalArgumentException("15 characters expected");
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = first15.charAt(i);
            int ordinal = Character.isDigit(c) ? c - '0' : c - 'A';
            // Positions are counted from 1 in the rule, so index 0 is an "odd" position.
            sum += (i % 2 == 0) ? ODD_VALUES[ordinal] : ordinal;
        }
        return (char) ('A' + sum % 26);
    }

    /** The code as read, upper case, omocodia letters kept. */
    public String code() {
        return code;
    }

    /** The code with every omocodia letter back to its digit and the check character recomputed. */
    public String canonical() {
        String digits = canonicalDigits(code).substring(0, 15);
        return digits + checkCharacter(digits);
    }

    public boolean isOmocodic() {
        return !canonical().equals(code);
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    /** Belfiore code of the birth place, e.g. "H501" (Roma); "Z..." for a foreign country. */
    public String birthPlace() {
        return birthPlace;
    }

    public boolean bornAbroad() {
        return birthPlace.charAt(0) == 'Z';
    }

    /** True when both codes belong to the same person, whatever omocodia variant each one is. */
    public boolean samePersonAs(CodiceFiscale other) {
        return canonical().equals(other.canonical());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodiceFiscale other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }

    private static String canonicalDigits(String code) {
        char[] chars = code.toCharArray();
        for (int i : OMOCODIA_POSITIONS) {
            int digit = OMOCODIA_LETTERS.indexOf(chars[i]);
            if (digit >= 0) {
                chars[i] = (char) ('0' + digit);
            }
        }
        return new String(chars);
    }

    /** The most recent century that gives an existing date not after {@code today}, or null. */
    private static LocalDate birthDate(int yy, int month, int day, LocalDate today) {
        int year = today.getYear() - Math.floorMod(today.getYear() - yy, 100);
        for (int candidate = year; candidate > year - 200; candidate -= 100) {
            try {
                LocalDate date = LocalDate.of(candidate, month, day);
                if (!date.isAfter(today)) {
                    return date;
                }
            } catch (DateTimeException doesNotExist) {
                // e.g. 29 February in a year that is not leap: try the century before
            }
        }
        return null;
    }

    /**
     * A refused character as the operator reads it: quoted when it can be seen, by its code point when
     * it cannot (a control character or half a surrogate pair from a reader's garbage would otherwise
     * print as nothing, or break the line the message is shown on).
     */
    private static String shown(char c) {
        boolean visible = !Character.isISOControl(c) && !Character.isSurrogate(c) && !Character.isWhitespace(c)
                && Character.getType(c) != Character.FORMAT && !Character.isSpaceChar(c);
        return visible ? "'" + c + "'" : String.format(Locale.ROOT, "U+%04X", (int) c);
    }

    private static CodiceFiscaleCheck invalid(CodiceFiscaleError error, String what) {
        return new CodiceFiscaleCheck.Invalid(error, what.isEmpty() ? error.message() : error.message() + ": " + what);
    }
}
