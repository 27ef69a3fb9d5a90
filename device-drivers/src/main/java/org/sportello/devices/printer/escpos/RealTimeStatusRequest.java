package org.sportello.devices.printer.escpos;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The four DLE EOT n requests and how to read their one-byte answers. Every answer has fixed
 * bits (bit 0 off, bit 1 on, bit 4 on, bit 7 off: 0**1**10), which is also how Epson tells a
 * real-time answer apart from ASB blocks and XON/XOFF; a byte without them is garbage (wrong
 * baud rate, line noise, not an ESC/POS printer) and is rejected.
 */
public enum RealTimeStatusRequest {
    PRINTER(1, List.of(
            new Bit(0x04, StatusFlag.DRAWER_PIN3_HIGH),
            new Bit(0x08, StatusFlag.OFFLINE),
            new Bit(0x20, StatusFlag.WAITING_FOR_ONLINE_RECOVERY),
            new Bit(0x40, StatusFlag.FEED_BUTTON_PRESSED))),
    OFFLINE_CAUSE(2, List.of(
            new Bit(0x04, StatusFlag.COVER_OPEN),
            new Bit(0x08, StatusFlag.PAPER_FED_BY_BUTTON),
            new Bit(0x20, StatusFlag.PAPER_END_STOP),
            new Bit(0x40, StatusFlag.ERROR))),
    // Bit 2 is "recoverable error" on current Epson models; older manuals call it undefined.
    ERROR_CAUSE(3, List.of(
            new Bit(0x04, StatusFlag.RECOVERABLE_ERROR),
            new Bit(0x08, StatusFlag.AUTOCUTTER_ERROR),
            new Bit(0x20, StatusFlag.UNRECOVERABLE_ERROR),
            new Bit(0x40, StatusFlag.AUTO_RECOVERABLE_ERROR))),
    // The sensors are reported on two bits each (0x0C, 0x60); either bit counts, so a printer
    // that sets only one of the pair is still understood.
    ROLL_PAPER(4, List.of(
            new Bit(0x0C, StatusFlag.PAPER_NEAR_END),
            new Bit(0x60, StatusFlag.PAPER_END)));

    static final int FIXED_MASK = 0b1001_0011;
    static final int FIXED_VALUE = 0b0001_0010;

    private final int n;
    private final List<Bit> bits;

    RealTimeStatusRequest(int n, List<Bit> bits) {
        this.n = n;
        this.bits = bits;
    }

    public int n() {
        return n;
    }

    /** The conditions this request can report, in bit order; the technician CLI explains them group by group. */
    public List<StatusFlag> flags() {
        return bits.stream().map(Bit::flag).toList();
    }

    public byte[] command() {
        return EscPosBuilder.realTimeStatusRequest(n);
    }

    /** True when the byte has the fixed bits of a DLE EOT answer. */
    public static boolean looksLikeAnswer(int b) {
        return (b & FIXED_MASK) == FIXED_VALUE;
    }

    /** The flags set in an answer, or empty when the byte is not a DLE EOT answer at all. */
    public Optional<Set<StatusFlag>> decode(int answer) {
        if (!looksLikeAnswer(answer)) {
            return Optional.empty();
        }
        Set<StatusFlag> flags = EnumSet.noneOf(StatusFlag.class);
        for (Bit bit : bits) {
            if ((answer & bit.mask) != 0) {
                flags.add(bit.flag);
            }
        }
        return Optional.of(flags);
    }

    record Bit(int mask, StatusFlag flag) {
    }
}
