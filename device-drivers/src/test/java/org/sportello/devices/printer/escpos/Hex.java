package org.sportello.devices.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Writes expected bytes the way the Epson manual prints them: "1B 40", plus ASCII text. */
final class Hex {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static byte[] bytes(String hex) {
        return HexFormat.ofDelimiter(" ").parseHex(hex.strip().replaceAll("\\s+", " "));
    }

    static String of(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }

    Hex hex(String hex) {
        out.writeBytes(bytes(hex));
        return this;
    }

    Hex ascii(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    byte[] build() {
        return out.toByteArray();
    }
}
