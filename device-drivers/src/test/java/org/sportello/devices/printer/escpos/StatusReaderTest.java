package org.sportello.devices.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatusReaderTest {
    private static final Duration TIMEOUT = Duration.ofMillis(80);
    private FakeTransport transport;
    private StatusReader reader;

    @BeforeEach
    void openLink() throws IOException {
        transport = new FakeTransport();
        transport.open();
        reader = new StatusReader(transport, TIMEOUT);
    }

    @Test
    void asksAllFourGroupsAndCombinesTheAnswers() throws IOException {
        transport.answer(1, 0x1A).answer(2, 0x32).answer(3, 0x12).answer(4, 0x7E); // a printer out of paper

        PrinterStatus status = reader.query();

        assertThat(Hex.of(transport.written())).isEqualTo("10 04 01 10 04 02 10 04 03 10 04 04");
        assertThat(status.reply()).isEqualTo(PrinterStatus.Reply.ANSWERED);
        assertThat(status.flags()).isEqualTo(EnumSet.of(StatusFlag.OFFLINE, StatusFlag.PAPER_END_STOP,
                StatusFlag.PAPER_NEAR_END, StatusFlag.PAPER_END));
    }

    @Test
    void aSilentPrinterCostsOneTimeoutAndOneRequest() throws IOException {
        transport.silent();
        long start = System.nanoTime();

        PrinterStatus status = reader.query();

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(status.reply()).isEqualTo(PrinterStatus.Reply.NO_ANSWER);
        assertThat(Hex.of(transport.written())).isEqualTo("10 04 01");
        assertThat(took).isGreaterThanOrEqualTo(TIMEOUT).isLessThan(TIMEOUT.multipliedBy(4));
    }

    @Test
    void garbageInsteadOfAnAnswerIsGarbled() throws IOException {
        transport.answer(1, 0xFF, 0x00);
        assertThat(reader.query().reply()).isEqualTo(PrinterStatus.Reply.GARBLED);
    }

    @Test
    void aStrayByteAmongValidAnswersMakesTheWholeReadingUntrustworthy() throws IOException {
        transport.answer(3, 0x80, 0x12);
        assertThat(reader.query().reply()).isEqualTo(PrinterStatus.Reply.GARBLED);
    }

    @Test
    void autoStatusBackBlocksAndFlowControlBytesAreSortedOutFromTheAnswers() throws IOException {
        // An ASB block (cover open) with an XOFF inside, then XON, then the real answer.
        transport.answer(1, 0x30, 0x13, 0x00, 0x00, 0x00, 0x11, 0x12);

        PrinterStatus status = reader.query();

        assertThat(status.reply()).isEqualTo(PrinterStatus.Reply.ANSWERED);
        assertThat(status.flags()).isEmpty();
        assertThat(reader.lastAutoStatus()).contains(PrinterStatus.answered(Set.of(StatusFlag.COVER_OPEN)));
    }

    @Test
    void staleBytesFromAnEarlierQueryAreDrainedFirst() throws IOException {
        transport.inject(0x1A); // a late "offline" answer to an old request
        assertThat(reader.query().flags()).isEmpty();
    }

    @Test
    void pendingAutoStatusIsPickedUpWhileDraining() throws IOException {
        transport.inject(0x10, 0x00, 0x0F, 0x00); // ASB: paper near end and paper end
        reader.query();
        assertThat(reader.lastAutoStatus()).contains(
                PrinterStatus.answered(EnumSet.of(StatusFlag.PAPER_NEAR_END, StatusFlag.PAPER_END)));
    }

    @Test
    void aCloneThatAnswersOnlyTheFirstRequestStillCounts() throws IOException {
        transport.silent().answer(1, 0x1A);
        PrinterStatus status = reader.query();
        assertThat(status.reply()).isEqualTo(PrinterStatus.Reply.ANSWERED);
        assertThat(status.flags()).containsExactly(StatusFlag.OFFLINE);
    }

    @Test
    void aDeadLinkIsAnIOException() {
        transport.unplugAfter(0);
        assertThatThrownBy(reader::query).isInstanceOf(IOException.class);
    }
}
