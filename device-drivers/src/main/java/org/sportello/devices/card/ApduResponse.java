package org.sportello.devices.card;

import java.util.Arrays;
import java.util.HexFormat;

/** A card's answer to one command: data bytes and the two status bytes SW1 SW2. */
public record ApduResponse(byte[] data, int statusWord) {
    public static final int OK = 0x9000;

    public ApduResponse {
        data = data.clone();
    }

    /** Splits a raw answer (data followed by SW1 SW2), as recorded from a card. */
    public static ApduResponse of(byte[] raw) {
        if (raw.length < 2) {
            throw new IllegalArgumentException("an APDU response has at least the two status bytes");
        }
        int sw = ((raw[raw.length - 2] & 0xFF) << 8) | (raw[raw.length - 1] & 0xFF);
        return new ApduResponse(Arrays.copyOf(raw, raw.length - 2), sw);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    public int sw1() {
        return statusWord >> 8;
    }

    public boolean isOk() {
        return statusWord == OK;
    }

    public String statusHex() {
        return String.format("%04X", statusWord);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApduResponse r && r.statusWord == statusWord && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(data) + statusWord;
    }

    @Override
    public String toString() {
        return HexFormat.of().withUpperCase().formatHex(data) + " " + statusHex();
    }
}
