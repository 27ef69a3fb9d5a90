package org.sportello.devices.board;

/** Where the text goes on the sign (the byte after ESC in a Write TEXT command). */
public enum AlphaDisplayPosition {
    MIDDLE_LINE(0x20),
    TOP_LINE(0x22),
    BOTTOM_LINE(0x26),
    FILL(0x30),
    LEFT(0x31),
    RIGHT(0x32);

    private final int code;

    AlphaDisplayPosition(int code) {
        this.code = code;
    }

    public byte code() {
        return (byte) code;
    }
}
