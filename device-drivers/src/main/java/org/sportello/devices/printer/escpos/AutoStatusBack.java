package org.sportello.devices.printer.escpos;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decodes the 4-byte blocks a printer sends by itself after {@code GS a n} whenever its status
 * changes. The first byte has fixed bits 0**1**00 (bit 4 on, bits 0, 1, 7 off), the other three
 * 0**0**** (bits 4 and 7 off); that is how a block is told from a DLE EOT answer.
 */
public final class AutoStatusBack {
    /** GS a n value enabling the on/offline, error and roll paper sensor groups (bits 1, 2, 3). */
    public static final int ALL_STATUS_GROUPS = 0b0000_1110;
    public static final int BLOCK_LENGTH = 4;

    private static final List<List<RealTimeStatusRequest.Bit>> BYTES = List.of(
            List.of(bit(0x04, StatusFlag.DRAWER_PIN3_HIGH),
                    bit(0x08, StatusFlag.OFFLINE),
                    bit(0x20, StatusFlag.COVER_OPEN),
                    bit(0x40, StatusFlag.PAPER_FED_BY_BUTTON)),
            List.of(bit(0x01, StatusFlag.WAITING_FOR_ONLINE_RECOVERY),
                    bit(0x02, StatusFlag.FEED_BUTTON_PRESSED),
                    bit(0x04, StatusFlag.RECOVERABLE_ERROR),
                    bit(0x08, StatusFlag.AUTOCUTTER_ERROR),
                    bit(0x20, StatusFlag.UNRECOVERABLE_ERROR),
                    bit(0x40, StatusFlag.AUTO_RECOVERABLE_ERROR)),
            List.of(bit(0x03, StatusFlag.PAPER_NEAR_END),
                    bit(0x0C, StatusFlag.PAPER_END)),
            List.of()); // fourth byte: reserved on roll paper models

    private AutoStatusBack() {
    }

    public static boolean isFirstByte(int b) {
        return (b & 0b1001_0011) == 0b0001_0000;
    }

    static boolean isFollowingByte(int b) {
        return (b & 0b1001_0000) == 0;
    }

    /** The flags of one block, or empty when the bytes are not an ASB block. */
    public static Optional<Set<StatusFlag>> decode(byte[] block) {
        if (block.length != BLOCK_LENGTH || !isFirstByte(block[0] & 0xFF)) {
            return Optional.empty();
        }
        Set<StatusFlag> flags = EnumSet.noneOf(StatusFlag.class);
        for (int i = 0; i < BLOCK_LENGTH; i++) {
            int b = block[i] & 0xFF;
            if (i > 0 && !isFollowingByte(b)) {
                return Optional.empty();
            }
            for (var bit : BYTES.get(i)) {
                if ((b & bit.mask()) != 0) {
                    flags.add(bit.flag());
                }
            }
        }
        return Optional.of(flags);
    }

    private static RealTimeStatusRequest.Bit bit(int mask, StatusFlag flag) {
        return new RealTimeStatusRequest.Bit(mask, flag);
    }
}
