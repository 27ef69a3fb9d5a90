package org.sportello.server.api;

import java.util.regex.Pattern;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;

/**
 * The protocol's first line of defence: every field a call uses is checked here before the request
 * reaches the model, so a malformed request is refused to its sender alone (INVALID_ARGUMENT) and
 * never becomes part of a transaction other callers share.
 */
final class RequestChecks {
    static final int MAX_PREFIX = 8;
    static final int MAX_KEY = 64;
    static final int MAX_REASON = 200;
    static final int MAX_CODE = 16;
    static final int MAX_COUNTER = 9999;
    static final int MAX_LIMIT = 1000;
    static final int MAX_TOKEN = 256;
    static final int MAX_TAX_CODE = 16;
    static final int MAX_DEVICE_NAME = 64;

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private RequestChecks() {
    }

    static String servicePrefix(String value) {
        return text(value, "service prefix", 1, MAX_PREFIX);
    }

    /** Empty means "not said" (the office's default language). */
    static String language(String value) {
        if (value.isEmpty() || LANGUAGE.matcher(value).matches()) {
            return value.isEmpty() ? null : value;
        }
        throw invalid("language must be 2 or 3 letters a-z");
    }

    static String idempotencyKey(String value) {
        return text(value, "idempotency key", 1, MAX_KEY);
    }

    /** Whether a reason is required is the queue's rule; its size is the protocol's. */
    static String reason(String value) {
        return text(value, "reason", 0, MAX_REASON);
    }

    static String code(String value) {
        return text(value, "ticket code", 1, MAX_CODE);
    }

    static String taxCode(String value) {
        return value.isEmpty() ? null : text(value, "codice fiscale", 1, MAX_TAX_CODE);
    }

    /**
     * A required codice fiscale, checked as of {@code today} (a code whose birth date is after today is refused). The
     * reason names what is wrong in the code, never whose it is.
     */
    static org.sportello.codicefiscale.CodiceFiscale codiceFiscale(String value, java.time.LocalDate today) {
        String text = taxCode(value);
        if (text == null) {
            throw invalid("tax_code is empty");
        }
        try {
            return org.sportello.codicefiscale.CodiceFiscale.of(text, today);
        } catch (org.sportello.codicefiscale.InvalidCodiceFiscaleException e) {
            throw invalid("tax_code is not a valid codice fiscale: " + e.getMessage());
        }
    }

    static String token(String value) {
        return text(value, "session token", 0, MAX_TOKEN);
    }

    static String deviceName(String value) {
        return text(value, "device name", 0, MAX_DEVICE_NAME);
    }

    static int counter(int value, String what) {
        if (value < 1 || value > MAX_COUNTER) {
            throw invalid(what + " must be 1 to " + MAX_COUNTER);
        }
        return value;
    }

    static int limit(int value) {
        if (value < 1 || value > MAX_LIMIT) {
            throw invalid("limit must be 1 to " + MAX_LIMIT);
        }
        return value;
    }

    static long afterSeq(long value) {
        if (value < 0) {
            throw invalid("after_seq must not be negative");
        }
        return value;
    }

    static <E extends Enum<E>> E known(Class<E> type, String value, String what) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        throw invalid(what + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    static String text(String value, String what, int min, int max) {
        if (value.length() < min || value.length() > max) {
            throw invalid(what + (min == 0 ? " must have at most " + max : " must have " + min + " to " + max)
                    + " characters");
        }
        if (CONTROL.matcher(value).find()) {
            throw invalid(what + " must not contain control characters");
        }
        return value;
    }

    static SportelloException invalid(String what) {
        return new SportelloException(Problem.INVALID_REQUEST, what);
    }
}
