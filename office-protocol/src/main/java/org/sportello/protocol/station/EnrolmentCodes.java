package org.sportello.protocol.station;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * One-time enrolment codes: 16 characters of Crockford base32 (80 random bits), shown in groups of
 * four ({@code K7QF-9XWM-3RTA-PZ4N}). Typing is forgiving the Crockford way: case, dashes and spaces
 * do not matter, and O, I and L read as 0, 1 and 1.
 */
public final class EnrolmentCodes {
    public static final int LENGTH = 16;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private EnrolmentCodes() {
    }

    /** A new code, without dashes. */
    public static String random(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as the proof uses it: uppercase, no dashes or spaces. */
    public static String normalise(String typed) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '-', ' ', '\t' -> { }
                case 'O' -> code.append('0');
                case 'I', 'L' -> code.append('1');
                default -> code.append(c);
            }
        }
        return code.toString();
    }

    /** True when {@code typed} could be a code at all (checked before asking the office). */
    public static boolean isWellFormed(String typed) {
        String code = normalise(typed);
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** {@code K7QF-9XWM-3RTA-PZ4N}. */
    public static String grouped(String code) {
        String c = normalise(code);
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < c.length(); i += 4) {
            if (i > 0) {
                shown.append('-');
            }
            shown.append(c, i, Math.min(c.length(), i + 4));
        }
        return shown.toString();
    }
}
