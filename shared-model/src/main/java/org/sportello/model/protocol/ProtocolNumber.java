package org.sportello.model.protocol;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Office + year + sequence, written {@code BO01-2026-000123}. The office code is part of the number
 * so a paper from another office can be told apart before any lookup; six digits keep the printed
 * form a fixed width for a busy office's year.
 */
public record ProtocolNumber(String officeCode, int year, int sequence) implements Comparable<ProtocolNumber> {
    private static final Pattern FORMAT = Pattern.compile("([A-Z0-9]{1,16})-(\\d{4})-(\\d{6,9})");

    public ProtocolNumber {
        Objects.requireNonNull(officeCode, "officeCode");
        if (!officeCode.matches("[A-Z0-9]{1,16}")) {
            throw new IllegalArgumentException("office code must be 1-16 capital letters or digits: " + officeCode);
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("protocol numbers start at 1: " + sequence);
        }
    }

    /** Reads the printed form; lower case and surrounding spaces are tolerated (scanners and typing). */
    public static Optional<ProtocolNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ProtocolNumber(m.group(1), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String format() {
        return String.format(Locale.ROOT, "%s-%04d-%06d", officeCode, year, sequence);
    }

    @Override
    public int compareTo(ProtocolNumber o) {
        int c = officeCode.compareTo(o.officeCode);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(year, o.year);
        return c != 0 ? c : Integer.compare(sequence, o.sequence);
    }

    @Override
    public String toString() {
        return format();
    }
}
