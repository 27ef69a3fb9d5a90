package org.sportello.devices.card;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The TS-CNS file EF_DatiPersonali (3F00/1100/1102), readable without PIN. Its content is ASCII:
 * six hex digits with the length of what follows, then fields in a fixed order, each preceded by
 * its length as two hex digits (an empty field is "00"). Dates are ddMMyyyy. Fields we do not use
 * are kept as text for the technician's read-card command.
 */
public record DatiPersonali(String issuer, String issueDate, String expiryDate, String surname, String givenName,
                            String birthDate, String sex, String height, String codiceFiscale, String citizenship,
                            String birthComune, String birthCountry, String birthAct, String residenceComune,
                            String residenceAddress, String expatriationNote) {
    static final int FIELD_COUNT = 16;
    private static final DateTimeFormatter CHIP_DATE =
            DateTimeFormatter.ofPattern("ddMMuuuu").withResolverStyle(ResolverStyle.STRICT);

    /** How many bytes the whole file takes, from its 6-hex-digit header; -1 if the header is unreadable. */
    static int declaredSize(byte[] head) {
        if (head.length < 6) {
            return -1;
        }
        try {
            return 6 + Integer.parseInt(new String(head, 0, 6, StandardCharsets.US_ASCII), 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Parses the file; trailing padding (0x00 or 0xFF bytes, as READ BINARY returns past the data) is ignored. */
    public static DatiPersonali parse(byte[] content) throws CardDataException {
        if (declaredSize(content) < 0) {
            throw new CardDataException(CardReadError.UNREADABLE_DATA,
                    "EF_DatiPersonali does not start with a 6-hex-digit length");
        }
        int end = Math.min(content.length, declaredSize(content));
        List<String> fields = new ArrayList<>();
        int pos = 6;
        while (fields.size() < FIELD_COUNT && pos + 2 <= end) {
            if (content[pos] == 0 || content[pos] == (byte) 0xFF) {
                break; // padding: the remaining fields are absent
            }
            int length;
            try {
                length = Integer.parseInt(new String(content, pos, 2, StandardCharsets.US_ASCII), 16);
            } catch (NumberFormatException e) {
                throw new CardDataException(CardReadError.UNREADABLE_DATA,
                        "field " + (fields.size() + 1) + " has no hex length at byte " + pos);
            }
            pos += 2;
            if (pos + length > end) {
                throw new CardDataException(CardReadError.UNREADABLE_DATA,
                        "field " + (fields.size() + 1) + " runs past the end of the file");
            }
            fields.add(new String(content, pos, length, StandardCharsets.ISO_8859_1));
            pos += length;
        }
        if (fields.size() < 9) {
            throw new CardDataException(CardReadError.UNREADABLE_DATA,
                    "EF_DatiPersonali ends after " + fields.size() + " fields, before the codice fiscale");
        }
        while (fields.size() < FIELD_COUNT) {
            fields.add("");
        }
        return new DatiPersonali(fields.get(0), fields.get(1), fields.get(2), fields.get(3), fields.get(4),
                fields.get(5), fields.get(6), fields.get(7), fields.get(8), fields.get(9), fields.get(10),
                fields.get(11), fields.get(12), fields.get(13), fields.get(14), fields.get(15));
    }

    /**
     * The card's expiry date (ddMMyyyy on the chip); empty when the field is missing or not a date, which only
     * means the office cannot check it, not that the card is unreadable.
     */
    public Optional<LocalDate> expiresOn() {
        try {
            return Optional.of(LocalDate.parse(expiryDate, CHIP_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
