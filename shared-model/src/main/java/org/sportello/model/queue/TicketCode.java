package org.sportello.model.queue;

/** The number a citizen reads: service prefix plus a daily sequence, "A001". */
public final class TicketCode {
    private TicketCode() {
    }

    public static String format(String prefix, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("ticket numbers start at 1: " + number);
        }
        return prefix + (number < 1000 ? String.format("%03d", number) : Integer.toString(number));
    }

    /** "A 0 2 3": how an announcer or a screen reader spells the code. */
    public static String spelled(String code) {
        return String.join(" ", code.split(""));
    }
}
