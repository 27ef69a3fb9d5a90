package org.sportello.devices.printer.escpos;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

/**
 * The character code tables we select with {@code ESC t n}. PC858 is PC850 with the euro sign in
 * place of the dotless i (0xD5), so it prints every Italian accent and €; printers without it get
 * PC850 and the euro is spelt "EUR", because 0xD5 would come out as "ı" there.
 */
public enum CodePage {
    PC858(19, "IBM00858"),
    PC850(2, "IBM850");

    private final int escPosNumber;
    private final Charset charset;

    CodePage(int escPosNumber, String javaCharset) {
        this.escPosNumber = escPosNumber;
        this.charset = Charset.forName(javaCharset);
    }

    /** The {@code n} of {@code ESC t n} (Epson's character code table number). */
    public int escPosNumber() {
        return escPosNumber;
    }

    public Charset charset() {
        return charset;
    }

    /** The table a printer profile can print Italian with. */
    public static CodePage forProfile(PrinterProfile profile) {
        return profile.supportsPc858() ? PC858 : PC850;
    }

    /**
     * Encodes printable text. Control characters become spaces, so text from the office
     * configuration can never smuggle a printer command into the ticket; characters missing from
     * the table become '?'.
     */
    public byte[] encode(String text) {
        String printable = transliterate(text).codePoints()
                .map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(new byte[] {'?'});
        try {
            ByteBuffer encoded = encoder.encode(CharBuffer.wrap(printable));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("REPLACE never throws", e);
        }
    }

    /** Whether every character of the text is in this table (after the € spelling), control characters aside. */
    public boolean canPrint(String text) {
        if (text == null) {
            return true;
        }
        String printable = transliterate(text).codePoints()
                .map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return charset.newEncoder().canEncode(printable);
    }

    /**
     * The text as this table will print it (€ spelt "EUR" on PC850). Layout wraps this form, so
     * a line that grows by transliteration still fits its columns.
     */
    public String transliterate(String text) {
        return this == PC850 ? text.replace("€", "EUR") : text;
    }
}
