package org.sportello.model.company;

import java.util.Optional;

/**
 * A company's 11-digit tax number (partita IVA, which is also the company's codice fiscale), with
 * its check digit (the Luhn-like rule of DM 23/12/1976): digits in odd positions are summed as they
 * are, digits in even positions are doubled (minus 9 above 9), and the last digit makes the total a
 * multiple of 10.
 */
public record PartitaIva(String number) {
    public PartitaIva {
        String why = problem(number);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
    }

    /** The valid number, or empty; surrounding spaces and an "IT" prefix are tolerated. */
    public static Optional<PartitaIva> parse(String text) {
        String cleaned = clean(text);
        return problem(cleaned) == null ? Optional.of(new PartitaIva(cleaned)) : Optional.empty();
    }

    /** Why {@code text} is not a partita IVA, or null when it is one. */
    public static String check(String text) {
        return problem(clean(text));
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip().replace(" ", "");
        return s.regionMatches(true, 0, "IT", 0, 2) ? s.substring(2) : s;
    }

    private static String problem(String s) {
        if (s == null || s.isEmpty()) {
            return "no partita IVA given";
        }
        if (!s.matches("\\d{11}")) {
            return "a partita IVA has 11 digits";
        }
        if (s.equals("00000000000")) {
            return "a partita IVA cannot be all zeros";
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = s.charAt(i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        int check = (10 - sum % 10) % 10;
        return check == s.charAt(10) - '0' ? null
                : "the check digit (11th) does not match: mistyped number (expected " + check + ")";
    }

    @Override
    public String toString() {
        return number;
    }
}
