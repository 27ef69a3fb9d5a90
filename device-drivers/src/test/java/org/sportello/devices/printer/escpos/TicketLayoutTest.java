package org.sportello.devices.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sportello.devices.printer.SampleTickets;
import org.sportello.devices.printer.TicketPrintout;

class TicketLayoutTest {

    private static final TicketPrintout SHORT = new TicketPrintout("CPI Forlì", "Patto", "A023", SampleTickets.ISSUED,
            "Davanti: 3", "Attesa: 12 min", "", "T1", "Privacy: GDPR", "it");

    /** The whole ticket, byte by byte, written out by hand from the layout and Epson's reference. */
    @Test
    void completeTicketGoldenBytesForTmT88() {
        byte[] expected = new Hex()
                .hex("1B 40").hex("1B 74 13").hex("1B 61 01")               // init, PC858, centre
                .hex("1B 45 01 1D 21 01").ascii("CPI Forl").hex("8D 0A")    // office: bold, double height; ì = 8D
                .hex("1D 21 00 1B 45 00").ascii("-".repeat(42)).hex("0A")   // rule over 42 columns
                .hex("1D 21 11").ascii("Patto").hex("0A")                   // service at 2 × 2
                .hex("1D 21 00 0A")
                .hex("1B 45 01 1D 21 55").ascii("A023").hex("0A")           // number at 6 × 6, bold
                .hex("1D 21 00 1B 45 00 0A")
                .ascii("marted").hex("8D").ascii(" 24 novembre 2026, 10:05").hex("0A")
                .ascii("Davanti: 3").hex("0A")
                .ascii("Attesa: 12 min").hex("0A")
                .hex("0A")                                                  // no priority line
                .hex("1D 28 6B 04 00 31 41 32 00")                          // QR model 2
                .hex("1D 28 6B 03 00 31 43 06")                             // module 6 dots
                .hex("1D 28 6B 03 00 31 45 31")                             // level M
                .hex("1D 28 6B 05 00 31 50 30").ascii("T1")                 // store "T1"
                .hex("1D 28 6B 03 00 31 51 30 0A")                          // print
                .ascii("Privacy: GDPR").hex("0A")
                .hex("1B 64 02 1D 56 42 00")                                // feed 2, partial cut
                .build();

        byte[] actual = new TicketLayout(PrinterProfile.EPSON_TM_T88, Optional.empty()).render(SHORT);

        assertThat(Hex.of(actual)).isEqualTo(Hex.of(expected));
    }

    @Test
    void numberIsAsLargeAsFitsBetweenFourAndSixTimes() {
        var narrow = new TicketLayout(PrinterProfile.GENERIC_58, Optional.empty());
        assertThat(narrow.codeMagnification("A023")).isEqualTo(6);   // 4 × 72 = 288 of 384 dots
        assertThat(narrow.codeMagnification("AB-1234")).isEqualTo(4); // 7 × 48 = 336
        assertThat(new TicketLayout(PrinterProfile.EPSON_TM_T20, Optional.empty()).codeMagnification("AB-1234"))
                .isEqualTo(6);
    }

    @Test
    void priorityLineIsPrintedBoldOnlyWhenPresent() {
        var layout = new TicketLayout(PrinterProfile.EPSON_TM_T20, Optional.empty());
        byte[] withPriority = layout.render(SampleTickets.italian());
        byte[] without = layout.render(SampleTickets.english());
        Charset pc858 = CodePage.PC858.charset();
        assertThat(new String(withPriority, pc858)).contains("\u001BE\u0001Priorità: utente con disabilità\n\u001BE\u0000");
        assertThat(new String(without, pc858)).doesNotContain("Priority");
    }

    @Test
    void printerWithoutCutterOrNativeQrGetsRasterQrAndATearOffFeed() {
        byte[] bytes = new TicketLayout(PrinterProfile.GENERIC_58, Optional.empty()).render(SampleTickets.english());
        String hex = Hex.of(bytes);
        assertThat(hex).contains("1D 76 30 00").doesNotContain("1D 28 6B").doesNotContain("1D 56");
        assertThat(hex).endsWith("1B 64 04").startsWith("1B 40 1B 74 02"); // PC850 on the generic profile
    }

    @Test
    void textLinesWrapToTheProfileColumns() {
        String longPrivacy = "I dati personali sono trattati dal Centro per l'Impiego ai sensi del Regolamento UE 2016/679";
        var ticket = new TicketPrintout("CPI", "S", "A1", SampleTickets.ISSUED, "", "", "", "x", longPrivacy, "it");
        byte[] bytes = new TicketLayout(PrinterProfile.GENERIC_58, Optional.empty()).render(ticket);
        String text = new String(bytes, CodePage.PC850.charset());
        String privacyPart = text.substring(text.indexOf("I dati"), text.lastIndexOf("\u001Bd"));
        assertThat(privacyPart.split("\n")).hasSizeGreaterThan(2).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(32));
    }

    @Test
    void logoComesFirstCentred() {
        RasterImage logo = new RasterImage(1, 2, new byte[] {(byte) 0xFF, 0x0F});
        byte[] bytes = new TicketLayout(PrinterProfile.EPSON_TM_T20, Optional.of(logo)).render(SHORT);
        assertThat(Arrays.copyOfRange(bytes, 0, 21))
                .isEqualTo(Hex.bytes("1B 40 1B 74 13 1B 61 01 1D 76 30 00 01 00 02 00 FF 0F 0A 1B 45"));
    }
}
