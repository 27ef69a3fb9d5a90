package org.sportello.devices.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sportello.devices.DeviceStatus;
import org.sportello.devices.printer.PrintResult;
import org.sportello.devices.printer.SampleTickets;

/** The driver's behaviour on faults, over a scripted fake link. */
class EscPosTicketPrinterTest {
    private static final Duration TIMEOUT = Duration.ofMillis(60);
    private static final byte[] TICKET = new TicketLayout(PrinterProfile.EPSON_TM_T20, Optional.empty())
            .render(SampleTickets.italian());

    private final FakeTransport transport = new FakeTransport();
    private final EscPosTicketPrinter printer = new EscPosTicketPrinter(transport, PrinterProfile.EPSON_TM_T20,
            Optional.empty(), TIMEOUT, Duration.ofSeconds(1));

    @Test
    void readyPrinterGetsTheTicketBetweenTwoStatusQueries() {
        PrintResult result = printer.print(SampleTickets.italian());

        assertThat(result.printed()).isTrue();
        assertThat(result.status()).isEqualTo(DeviceStatus.READY);
        String all = Hex.of(transport.written());
        String queries = "10 04 01 10 04 02 10 04 03 10 04 04";
        assertThat(all).startsWith("1D 61 0E " + queries) // ASB enabled once, status before
                .contains(Hex.of(TICKET))
                .endsWith(Hex.of(TICKET) + " " + queries); // status after
    }

    @Test
    void paperOutSendsNoTicketBytesAtAll() {
        transport.answer(1, 0x1A).answer(2, 0x32).answer(4, 0x7E);

        PrintResult result = printer.print(SampleTickets.italian());

        assertThat(result.printed()).isFalse();
        assertThat(result.status()).isEqualTo(DeviceStatus.PAPER_OUT);
        assertThat(result.detail()).contains("carta è finita");
        assertThat(transport.onlyStatusTraffic()).as(Hex.of(transport.written())).isTrue();
        assertThat(transport.wrote(new byte[] {0x1B, 0x40})).isFalse();
    }

    @Test
    void coverOpenSendsNoTicketAndSaysWhyInTheTicketLanguage() {
        transport.answer(1, 0x1A).answer(2, 0x16);

        PrintResult result = printer.print(SampleTickets.english());

        assertThat(result.printed()).isFalse();
        assertThat(result.status()).isEqualTo(DeviceStatus.COVER_OPEN);
        assertThat(result.detail()).contains("cover is open");
        assertThat(transport.onlyStatusTraffic()).isTrue();
    }

    @Test
    void cutterErrorIsOfflineAndSendsNoTicket() {
        transport.answer(1, 0x1A).answer(2, 0x52).answer(3, 0x1A);

        PrintResult result = printer.print(SampleTickets.italian());

        assertThat(result.status()).isEqualTo(DeviceStatus.OFFLINE);
        assertThat(result.detail()).contains("taglierina");
        assertThat(transport.onlyStatusTraffic()).isTrue();
    }

    @Test
    void paperNearEndStillPrintsAndWarns() {
        transport.answer(4, 0x1E);

        PrintResult result = printer.print(SampleTickets.italian());

        assertThat(result.printed()).isTrue();
        assertThat(result.status()).isEqualTo(DeviceStatus.PAPER_LOW);
        assertThat(result.detail()).contains("sta per finire");
    }

    @Test
    void unpluggedMidTicketIsAFailedPrintWithOfflineNotAnException() {
        transport.unplugAfter(3 + 12 + 100); // GS a, four queries, then 100 bytes of the ticket

        PrintResult result = printer.print(SampleTickets.italian());

        assertThat(result.printed()).isFalse();
        assertThat(result.status()).isEqualTo(DeviceStatus.OFFLINE);
        assertThat(result.detail()).contains("fake:printer").contains("device disconnected");
        assertThat(transport.isOpen()).isFalse();
    }

    @Test
    void afterAReplugTheNextTicketReopensTheLinkAndPrints() {
        transport.unplugAfter(3 + 12 + 100);
        printer.print(SampleTickets.italian());
        transport.plugBackIn();

        PrintResult result = printer.print(SampleTickets.italian());

        assertThat(result.printed()).isTrue();
        assertThat(transport.opens).isEqualTo(2);
    }

    @Test
    void aPrinterThatNeverAnswersIsUnknownAndStillPrints() {
        transport.silent();

        PrintResult result = printer.print(SampleTickets.italian());

        assertThat(result.printed()).isTrue();
        assertThat(result.status()).isEqualTo(DeviceStatus.UNKNOWN);
        assertThat(transport.wrote(TICKET)).isTrue();
    }

    @Test
    void aDeafPrinterThatSentAutomaticStatusIsJudgedByIt() {
        transport.silent();
        transport.inject(0x38, 0x00, 0x00, 0x00); // ASB block: offline, cover open

        PrintResult result = printer.print(SampleTickets.italian());

        assertThat(result.status()).isEqualTo(DeviceStatus.COVER_OPEN);
        assertThat(transport.wrote(TICKET)).isFalse();
    }

    @Test
    void paperRunningOutDuringTheTicketIsReportedAsNotPrinted() {
        // Before: fine. After: the roll is empty, so the ticket may be cut short.
        var runsOut = new FakeTransport();
        runsOut.onStatusQuery(count -> {
            if (count == 2) {
                runsOut.answer(1, 0x1A).answer(2, 0x32).answer(4, 0x7E);
            }
        });
        var driver = new EscPosTicketPrinter(runsOut, PrinterProfile.EPSON_TM_T20, Optional.empty(), TIMEOUT,
                Duration.ofSeconds(1));

        PrintResult result = driver.print(SampleTickets.italian());

        assertThat(runsOut.wrote(TICKET)).isTrue();
        assertThat(result.printed()).isFalse();
        assertThat(result.status()).isEqualTo(DeviceStatus.PAPER_OUT);
    }

    @Test
    void aLinkThatCannotBeOpenedIsOffline() {
        transport.failOpen();

        PrintResult result = printer.print(SampleTickets.english());

        assertThat(result.printed()).isFalse();
        assertThat(result.status()).isEqualTo(DeviceStatus.OFFLINE);
        assertThat(result.detail()).contains("no such device");
        assertThat(printer.status()).isEqualTo(DeviceStatus.OFFLINE);
    }

    @Test
    void automaticStatusBackIsEnabledOnlyWhereTheProfileHasIt() {
        var generic = new FakeTransport();
        new EscPosTicketPrinter(generic, PrinterProfile.GENERIC_80, Optional.empty(), TIMEOUT, Duration.ofSeconds(1))
                .print(SampleTickets.italian());
        printer.print(SampleTickets.italian());
        printer.print(SampleTickets.italian());

        assertThat(generic.wrote(new byte[] {0x1D, 0x61, 0x0E})).isFalse();
        assertThat(transport.writes().stream().filter(w -> Hex.of(w).equals("1D 61 0E")).count()).isEqualTo(1);
    }

    @Test
    void statusQueryMapsTheAnswers() {
        transport.answer(4, 0x1E);
        assertThat(printer.status()).isEqualTo(DeviceStatus.PAPER_LOW);
    }
}
