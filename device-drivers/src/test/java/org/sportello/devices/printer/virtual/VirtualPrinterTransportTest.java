package org.sportello.devices.printer.virtual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VirtualPrinterTransportTest {
    private final VirtualPrinterTransport transport = new VirtualPrinterTransport(new VirtualPrinter(576));

    @BeforeEach
    void open() throws IOException {
        transport.open();
    }

    private static byte[] hex(String hex) {
        return HexFormat.ofDelimiter(" ").parseHex(hex);
    }

    private String readAll() throws IOException {
        byte[] buffer = new byte[16];
        int n = transport.read(buffer, Duration.ofMillis(50));
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(buffer, 0, n);
    }

    /** Expected answers written from Epson's DLE EOT tables: fixed 0x12 plus the condition's bits. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "READY,          12 12 12 12",
            "PAPER_NEAR_END, 12 12 12 1E",
            "PAPER_OUT,      1A 32 12 7E",
            "COVER_OPEN,     1A 16 12 12"})
    void answersRealTimeStatusForTheCondition(SimulatedCondition condition, String answers) throws IOException {
        transport.setCondition(condition);
        transport.write(hex("10 04 01 10 04 02 10 04 03 10 04 04"), Duration.ofSeconds(1));
        assertThat(readAll()).isEqualTo(answers.strip());
    }

    @Test
    void aRequestSplitAcrossWritesIsStillAnswered() throws IOException {
        transport.write(hex("10"), Duration.ofSeconds(1));
        transport.write(hex("04 04"), Duration.ofSeconds(1));
        assertThat(readAll()).isEqualTo("12");
    }

    @Test
    void aDeafPrinterAnswersNothing() throws IOException {
        transport.setAnswersStatus(false);
        transport.write(hex("10 04 01"), Duration.ofSeconds(1));
        assertThat(readAll()).isEmpty();
    }

    @Test
    void unpluggedFailsEveryCall() {
        transport.unplug();
        assertThat(transport.isOpen()).isFalse();
        assertThatThrownBy(() -> transport.write(hex("0A"), Duration.ofSeconds(1))).isInstanceOf(IOException.class);
        assertThatThrownBy(transport::open).isInstanceOf(IOException.class);
        transport.plugIn();
        assertThat(transport.isOpen()).isFalse();
    }

    @Test
    void dataIsHeldWhileOfflineAndPrintedWhenTheConditionClears() throws IOException {
        transport.setCondition(SimulatedCondition.COVER_OPEN);
        transport.write("held\n".getBytes(), Duration.ofSeconds(1));
        transport.write(hex("1D 56 42 00"), Duration.ofSeconds(1));
        assertThat(transport.printer().tickets()).isEmpty();

        transport.setCondition(SimulatedCondition.READY);

        assertThat(transport.printer().tickets()).singleElement().satisfies(t -> assertThat(t.text()).isEqualTo("held"));
    }

    @Test
    void automaticStatusBackOnEnableAndOnEveryChange() throws IOException {
        transport.write(hex("1D 61 0E"), Duration.ofSeconds(1));
        assertThat(readAll()).isEqualTo("10 00 00 00");

        transport.setCondition(SimulatedCondition.PAPER_OUT);
        assertThat(readAll()).isEqualTo("18 00 0F 00");

        transport.setCondition(SimulatedCondition.COVER_OPEN);
        assertThat(readAll()).isEqualTo("38 00 00 00");
    }
}
