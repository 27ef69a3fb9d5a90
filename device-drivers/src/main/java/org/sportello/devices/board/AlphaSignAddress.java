package org.sportello.devices.board;

/**
 * Who a packet is for, in the Alpha protocol header: a one-character sign type code ('Z' = all
 * types) and a sign address 00-FF sent as two ASCII hex digits, where 00 is broadcast to every
 * sign on the line. On an RS-485 multi-drop line each board gets its own address.
 */
public record AlphaSignAddress(char typeCode, int address) {
    /** Any sign type. */
    public static final char ALL_TYPES = 'Z';

    public AlphaSignAddress {
        if (address < 0 || address > 0xFF) {
            throw new IllegalArgumentException("sign address is 00-FF, got " + address);
        }
        if (typeCode < 0x20 || typeCode > 0x7E) {
            throw new IllegalArgumentException("type code must be a printable ASCII character");
        }
    }

    public static AlphaSignAddress of(int address) {
        return new AlphaSignAddress(ALL_TYPES, address);
    }

    public static AlphaSignAddress broadcast() {
        return new AlphaSignAddress(ALL_TYPES, 0);
    }

    /** The two address characters as sent. */
    public String hex() {
        return String.format("%02X", address);
    }
}
