package org.sportello.devices.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sportello.devices.scanner.ScanFraming;
import org.sportello.devices.transport.SimulatedTransport;

/** Card readers that deliver text: a keyboard wedge and a reader on a serial line. */
@Timeout(10)
class TextCardReadersTest {
    private static final Duration SHORT = Duration.ofMillis(300);

    @Test
    void wedgeReaderDecodesTheBurstItWasHanded() {
        WedgeCardReader reader = new WedgeCardReader(TesseraBarcodeTest.CLOCK);
        assertThat(reader.read(Duration.ofMillis(50)).error()).isEqualTo(CardReadError.NO_CARD);
        reader.offer("RSSMRA85T10A562S");
        CardRead read = reader.read(SHORT);
        assertThat(read.codiceFiscale().code()).isEqualTo("RSSMRA85T10A562S");
        assertThat(read.source()).isEqualTo(CardSource.BARCODE);
    }

    @Test
    void serialReaderDecodesTheFirstLineAndReportsBadOnes() {
        SimulatedTransport line = new SimulatedTransport();
        SerialCardReader reader = new SerialCardReader(line, ScanFraming.defaults(), TesseraBarcodeTest.CLOCK);
        assertThat(reader.read(Duration.ofMillis(100)).error()).isEqualTo(CardReadError.NO_CARD);

        line.answer("RSSMRA85T10A562S\r".getBytes(StandardCharsets.US_ASCII));
        assertThat(reader.read(SHORT).codiceFiscale().code()).isEqualTo("RSSMRA85T10A562S");

        line.answer("RSSMRA85T10A562T\r".getBytes(StandardCharsets.US_ASCII)); // wrong check character
        assertThat(reader.read(SHORT).error()).isEqualTo(CardReadError.INVALID_CODICE_FISCALE);

        line.answer(new byte[] {'R', 0x01, 'S', '\r'}); // noise: a wrong baud rate looks like this
        CardRead garbage = reader.read(SHORT);
        assertThat(garbage.error()).isEqualTo(CardReadError.UNREADABLE_DATA);
        assertThat(garbage.detail()).contains("GARBAGE");
    }

    @Test
    void serialReaderOnAnUnpluggedLineIsACardErrorNotAnException() {
        SimulatedTransport line = new SimulatedTransport();
        line.unplug();
        CardRead read = new SerialCardReader(line, ScanFraming.defaults(), TesseraBarcodeTest.CLOCK).read(SHORT);
        assertThat(read.error()).isEqualTo(CardReadError.CARD_ERROR);
        assertThat(read.detail()).contains("unplugged");
    }
}
