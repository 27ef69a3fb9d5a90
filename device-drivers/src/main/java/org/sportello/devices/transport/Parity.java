package org.sportello.devices.transport;

/** Serial parity, written as the middle letter of {@code 8N1}, {@code 7E1}, ... */
public enum Parity {
    NONE('N'),
    ODD('O'),
    EVEN('E'),
    MARK('M'),
    SPACE('S');

    private final char letter;

    Parity(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }

    /** The parity for a frame letter, or null when the letter means none of them. */
    static Parity ofLetter(char c) {
        for (Parity p : values()) {
            if (p.letter == Character.toUpperCase(c)) {
                return p;
            }
        }
        return null;
    }
}
