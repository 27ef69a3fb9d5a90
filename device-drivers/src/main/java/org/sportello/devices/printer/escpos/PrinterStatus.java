package org.sportello.devices.printer.escpos;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.sportello.devices.DeviceStatus;

/**
 * What the printer said about itself: whether it answered, and the flags it reported.
 *
 * @param reply how the status query went
 * @param flags the conditions reported; empty unless {@code reply} is {@link Reply#ANSWERED}
 */
public record PrinterStatus(Reply reply, Set<StatusFlag> flags) {
    static final String MESSAGES = "org.sportello.devices.printer.escpos.PrinterStatusMessages";

    public enum Reply {
        ANSWERED,
        /** Nothing came back in time: unplugged, switched off, or a one-way interface. */
        NO_ANSWER,
        /** Bytes came back but not a status: usually a wrong baud rate or not an ESC/POS printer. */
        GARBLED
    }

    public PrinterStatus {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        if (reply != Reply.ANSWERED && !flags.isEmpty()) {
            throw new IllegalArgumentException("flags without an answer");
        }
    }

    public static PrinterStatus answered(Set<StatusFlag> flags) {
        return new PrinterStatus(Reply.ANSWERED, flags);
    }

    public static PrinterStatus noAnswer() {
        return new PrinterStatus(Reply.NO_ANSWER, Set.of());
    }

    public static PrinterStatus garbled() {
        return new PrinterStatus(Reply.GARBLED, Set.of());
    }

    public boolean has(StatusFlag flag) {
        return flags.contains(flag);
    }

    /**
     * The app-level status. Order matters: an open cover or an empty roll also set "offline",
     * and the specific cause is what the office needs to hear.
     */
    public DeviceStatus toDeviceStatus() {
        if (reply != Reply.ANSWERED) {
            return DeviceStatus.UNKNOWN;
        }
        if (has(StatusFlag.PAPER_END) || has(StatusFlag.PAPER_END_STOP)) {
            return DeviceStatus.PAPER_OUT;
        }
        if (has(StatusFlag.COVER_OPEN)) {
            return DeviceStatus.COVER_OPEN;
        }
        if (has(StatusFlag.OFFLINE) || has(StatusFlag.WAITING_FOR_ONLINE_RECOVERY) || has(StatusFlag.ERROR)
                || has(StatusFlag.RECOVERABLE_ERROR) || has(StatusFlag.AUTOCUTTER_ERROR)
                || has(StatusFlag.UNRECOVERABLE_ERROR) || has(StatusFlag.AUTO_RECOVERABLE_ERROR)) {
            return DeviceStatus.OFFLINE;
        }
        if (has(StatusFlag.PAPER_NEAR_END)) {
            return DeviceStatus.PAPER_LOW;
        }
        return DeviceStatus.READY;
    }

    /** One sentence per reported condition, in the given language (Italian or English). */
    public String explain(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(MESSAGES, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<String> parts = switch (reply) {
            case NO_ANSWER -> List.of(bundle.getString("reply.NO_ANSWER"));
            case GARBLED -> List.of(bundle.getString("reply.GARBLED"));
            case ANSWERED -> flags.isEmpty()
                    ? List.of(bundle.getString("status.ready"))
                    : EnumSet.copyOf(flags).stream().map(f -> bundle.getString("flag." + f.name())).toList();
        };
        return parts.stream().collect(Collectors.joining("; "));
    }
}
