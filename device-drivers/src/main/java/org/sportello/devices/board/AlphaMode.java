package org.sportello.devices.board;

/** How the text appears (the mode code after the display position). HOLD keeps a called number still. */
public enum AlphaMode {
    ROTATE('a'),
    HOLD('b'),
    FLASH('c'),
    ROLL_UP('e'),
    ROLL_DOWN('f'),
    ROLL_LEFT('g'),
    ROLL_RIGHT('h'),
    WIPE_UP('i'),
    WIPE_DOWN('j'),
    WIPE_LEFT('k'),
    WIPE_RIGHT('l'),
    SCROLL('m'),
    AUTOMODE('o');

    private final char code;

    AlphaMode(char code) {
        this.code = code;
    }

    public byte code() {
        return (byte) code;
    }
}
