package org.sportello.devices.transport;

/** Serial stop bits, written as the last part of {@code 8N1}, {@code 8N1.5}, {@code 8N2}. */
public enum StopBits {
    ONE("1"),
    ONE_POINT_FIVE("1.5"),
    TWO("2");

    private final String text;

    StopBits(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    static StopBits ofText(String s) {
        for (StopBits b : values()) {
            if (b.text.equals(s)) {
                return b;
            }
        }
        return null;
    }
}
