package org.sportello.devices.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Golden bytes for every command, as Epson's ESC/POS reference spells them. */
class EscPosBuilderTest {

    private static String hex(UnaryOperator<EscPosBuilder> commands) {
        return Hex.of(commands.apply(new EscPosBuilder()).bytes());
    }

    @Test
    void initialize() {
        assertThat(hex(EscPosBuilder::init)).isEqualTo("1B 40");
    }

    @Test
    void codePages() {
        assertThat(hex(b -> b.codePage(CodePage.PC858))).isEqualTo("1B 74 13");
        assertThat(hex(b -> b.codePage(CodePage.PC850))).isEqualTo("1B 74 02");
    }

    @Test
    void italianAccentsAndEuroInPc858() {
        assertThat(hex(b -> b.codePage(CodePage.PC858).text("àèéìòù€")))
                .isEqualTo("1B 74 13 85 8A 82 8D 95 97 D5");
    }

    @Test
    void pc850SpellsTheEuroOutBecauseD5IsDotlessIThere() {
        assertThat(hex(b -> b.codePage(CodePage.PC850).text("5€ è"))).isEqualTo("1B 74 02 35 45 55 52 20 8A");
    }

    @Test
    void controlCharactersInTextCannotBecomeCommands() {
        assertThat(hex(b -> b.text("a\u001B@b\n"))).isEqualTo("61 20 40 62 20");
    }

    @Test
    void unmappableCharactersBecomeQuestionMarks() {
        assertThat(hex(b -> b.text("a中"))).isEqualTo("61 3F");
    }

    @ParameterizedTest
    @CsvSource({"1,1,00", "1,2,01", "2,1,10", "2,2,11", "4,4,33", "6,6,55", "8,8,77", "3,5,24"})
    void characterSize(int width, int height, String n) {
        assertThat(hex(b -> b.size(width, height))).isEqualTo("1D 21 " + n);
    }

    @Test
    void characterSizeOutOfRangeIsRefused() {
        assertThatThrownBy(() -> new EscPosBuilder().size(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EscPosBuilder().size(1, 9)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bold() {
        assertThat(hex(b -> b.bold(true).bold(false))).isEqualTo("1B 45 01 1B 45 00");
    }

    @Test
    void alignment() {
        assertThat(hex(b -> b.align(Alignment.LEFT).align(Alignment.CENTER).align(Alignment.RIGHT)))
                .isEqualTo("1B 61 00 1B 61 01 1B 61 02");
    }

    @Test
    void lineFeedFeedAndPartialCut() {
        assertThat(hex(b -> b.line("A").feed(3).partialCut(0).partialCut(10)))
                .isEqualTo("41 0A 1B 64 03 1D 56 42 00 1D 56 42 0A");
    }

    @Test
    void barcodeSettings() {
        assertThat(hex(b -> b.barcodeHeight(80).barcodeModuleWidth(2).barcodeTextPosition(2)))
                .isEqualTo("1D 68 50 1D 77 02 1D 48 02");
    }

    @Test
    void code128SelectsCodeSetBAndEscapesBraces() {
        // n = 6 counts "{B" too; the data brace is doubled.
        assertThat(hex(b -> b.code128("A{1"))).isEqualTo("1D 6B 49 06 7B 42 41 7B 7B 31");
    }

    @Test
    void code128RefusesWhatCodeSetBCannotHold() {
        assertThatThrownBy(() -> new EscPosBuilder().code128("è")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EscPosBuilder().code128("x".repeat(254)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nativeQrCode() {
        assertThat(hex(b -> b.qr("ABC", 6, QrErrorCorrection.M))).isEqualTo(String.join(" ",
                "1D 28 6B 04 00 31 41 32 00",       // fn 165: model 2
                "1D 28 6B 03 00 31 43 06",          // fn 167: module 6 dots
                "1D 28 6B 03 00 31 45 31",          // fn 169: level M
                "1D 28 6B 06 00 31 50 30 41 42 43", // fn 180: store 3 bytes (pL = 3 + 3)
                "1D 28 6B 03 00 31 51 30"));        // fn 181: print
    }

    @Test
    void qrStoreLengthUsesBothLengthBytes() {
        byte[] bytes = new EscPosBuilder().qr("x".repeat(300), 3, QrErrorCorrection.L).bytes();
        // 300 + 3 = 303 = 0x012F → pL = 2F, pH = 01
        assertThat(Hex.of(bytes)).contains("1D 28 6B 2F 01 31 50 30 78 78");
        assertThatThrownBy(() -> new EscPosBuilder().qr("x", 17, QrErrorCorrection.L))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rasterImage() {
        RasterImage image = new RasterImage(2, 3, Hex.bytes("80 01 FF 00 AA 55"));
        assertThat(hex(b -> b.raster(image))).isEqualTo("1D 76 30 00 02 00 03 00 80 01 FF 00 AA 55");
    }

    @Test
    void rasterImageDimensionsAreLittleEndian() {
        RasterImage tall = new RasterImage(1, 300, new byte[300]);
        assertThat(hex(b -> b.raster(tall))).startsWith("1D 76 30 00 01 00 2C 01 00");
    }

    @Test
    void automaticStatusBackAndRealTimeStatus() {
        assertThat(hex(b -> b.autoStatusBack(AutoStatusBack.ALL_STATUS_GROUPS))).isEqualTo("1D 61 0E");
        for (int n = 1; n <= 4; n++) {
            assertThat(Hex.of(EscPosBuilder.realTimeStatusRequest(n))).isEqualTo("10 04 0" + n);
        }
        assertThatThrownBy(() -> EscPosBuilder.realTimeStatusRequest(5)).isInstanceOf(IllegalArgumentException.class);
    }
}
