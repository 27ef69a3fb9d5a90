package org.sportello.devices.board;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Builds packets of the Alpha Sign Communications Protocol (Adaptive Micro Systems, document
 * 9708-8061), standard "1-byte" format:
 *
 * <pre>
 * NUL x5 | SOH | type code | address (2 ASCII hex) | STX | 'A' | file label
 *        | ESC | display position | mode code | text | ETX | checksum (4 ASCII hex) | EOT
 * </pre>
 *
 * The NULs let the sign lock onto the baud rate. The checksum is the 16-bit sum of every byte
 * from STX up to and including ETX, written as four upper-case hex digits; a sign drops a packet
 * whose checksum does not match, so a garbled call is never shown half-right.
 */
public final class AlphaPackets {
    static final byte NUL = 0x00;
    static final byte SOH = 0x01;
    static final byte STX = 0x02;
    static final byte ETX = 0x03;
    static final byte EOT = 0x04;
    static final byte ESC = 0x1B;
    static final byte WRITE_TEXT = 'A';
    private static final int SYNC_NULS = 5;

    private AlphaPackets() {
    }

    /** A Write TEXT file packet that replaces the text of {@code fileLabel}. */
    public static byte[] writeText(AlphaSignAddress to, char fileLabel, AlphaDisplayPosition position, AlphaMode mode,
                                   String text) {
        // Labels 0x20-0x75 name TEXT files; '0' is the priority file that overrides the others.
        if (fileLabel < 0x20 || fileLabel > 0x75) {
            throw new IllegalArgumentException("TEXT file label must be 0x20-0x75");
        }
        ByteArrayOutputStream command = new ByteArrayOutputStream();
        command.write(STX);
        command.write(WRITE_TEXT);
        command.write(fileLabel);
        command.write(ESC);
        command.write(position.code());
        command.write(mode.code());
        command.writeBytes(signText(text));
        command.write(ETX);
        byte[] stxToEtx = command.toByteArray();

        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        for (int i = 0; i < SYNC_NULS; i++) {
            packet.write(NUL);
        }
        packet.write(SOH);
        packet.write(to.typeCode());
        packet.writeBytes(to.hex().getBytes(StandardCharsets.US_ASCII));
        packet.writeBytes(stxToEtx);
        packet.writeBytes(checksum(stxToEtx).getBytes(StandardCharsets.US_ASCII));
        packet.write(EOT);
        return packet.toByteArray();
    }

    /** Sum of the bytes (STX through ETX) modulo 65536, as four upper-case hex digits. */
    public static String checksum(byte[] stxToEtx) {
        int sum = 0;
        for (byte b : stxToEtx) {
            sum += b & 0xFF;
        }
        return String.format("%04X", sum & 0xFFFF);
    }

    /**
     * Text the sign can show: printable ASCII only. Accented Italian letters lose the accent
     * (è to e) rather than turning into control codes; other characters become '?'. Bytes below
     * 0x20 are protocol controls in a TEXT file, so they must never come from user text.
     */
    static byte[] signText(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        byte[] out = new byte[plain.length()];
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            out[i] = (byte) (c >= 0x20 && c <= 0x7E ? c : '?');
        }
        return out;
    }
}
