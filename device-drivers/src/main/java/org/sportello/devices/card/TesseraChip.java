package org.sportello.devices.card;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * Reads the codice fiscale from the TS-CNS chip: SELECT 3F00 (master file), 1100 (DF), 1102
 * (EF_DatiPersonali), then READ BINARY in 256-byte steps until the length in the file's header is
 * reached. No PIN is needed for this file.
 */
public final class TesseraChip {
    static final byte[] SELECT_MF = {0x00, (byte) 0xA4, 0x00, 0x00, 0x02, 0x3F, 0x00};
    static final byte[] SELECT_DF = {0x00, (byte) 0xA4, 0x00, 0x00, 0x02, 0x11, 0x00};
    static final byte[] SELECT_EF_DATI_PERSONALI = {0x00, (byte) 0xA4, 0x00, 0x00, 0x02, 0x11, 0x02};
    /** Large enough for any EF_DatiPersonali; stops a misbehaving card from making us read forever. */
    private static final int MAX_FILE = 4096;

    private TesseraChip() {
    }

    public static CardRead read(ApduChannel channel, Clock clock) {
        try {
            for (byte[] select : List.of(SELECT_MF, SELECT_DF, SELECT_EF_DATI_PERSONALI)) {
                ApduResponse r = channel.transmit(select);
                // 61xx: the card has an answer waiting (T=0); the selection itself worked.
                if (!r.isOk() && r.sw1() != 0x61) {
                    return CardRead.failed(CardSource.CHIP, CardReadError.CARD_ERROR,
                            "SELECT " + hex(select[5], select[6]) + " answered " + r.statusHex()
                                    + (r.statusWord() == 0x6A82 ? " (file not found: not a TS-CNS?)" : ""));
                }
            }
            byte[] file = readFile(channel);
            DatiPersonali dati = DatiPersonali.parse(file);
            return CodiceFiscaleCandidates.pick(List.of(dati.codiceFiscale()), CardSource.CHIP, clock)
                    .expiring(dati.expiresOn().orElse(null));
        } catch (IOException e) {
            return CardRead.failed(CardSource.CHIP, CardReadError.CARD_ERROR, e.getMessage());
        } catch (CardDataException e) {
            return CardRead.failed(CardSource.CHIP, e.error(), e.getMessage());
        }
    }

    static byte[] readBinary(int offset, int le) {
        return new byte[] {0x00, (byte) 0xB0, (byte) (offset >> 8 & 0x7F), (byte) offset, (byte) le};
    }

    private static byte[] readFile(ApduChannel channel) throws IOException, CardDataException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        int wanted = MAX_FILE;
        int le = 0; // 0 means 256
        while (content.size() < wanted) {
            ApduResponse r = channel.transmit(readBinary(content.size(), le));
            if (r.sw1() == 0x6C) {
                le = r.statusWord() & 0xFF; // wrong length: the card tells the right one
                continue;
            }
            boolean endOfFile = r.statusWord() == 0x6282 || r.statusWord() == 0x6B00;
            if (!r.isOk() && !endOfFile) {
                throw new CardDataException(CardReadError.CARD_ERROR, "READ BINARY answered " + r.statusHex());
            }
            content.writeBytes(r.data());
            if (content.size() >= 6 && wanted == MAX_FILE) {
                int declared = DatiPersonali.declaredSize(content.toByteArray());
                if (declared < 0) {
                    break; // not the expected layout: reading on would only fetch more garbage
                }
                wanted = Math.min(declared, MAX_FILE);
            }
            if (endOfFile || r.data().length == 0) {
                break;
            }
        }
        return content.toByteArray();
    }

    private static String hex(byte a, byte b) {
        return String.format("%02X%02X", a, b);
    }
}
