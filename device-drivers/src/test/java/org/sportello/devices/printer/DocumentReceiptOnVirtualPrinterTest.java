package org.sportello.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sportello.devices.DeviceStatus;
import org.sportello.devices.printer.escpos.EscPosTicketPrinter;
import org.sportello.devices.printer.escpos.PrinterProfile;
import org.sportello.devices.printer.virtual.PrintedTicket;
import org.sportello.devices.printer.virtual.SimulatedCondition;
import org.sportello.devices.printer.virtual.VirtualPrinter;
import org.sportello.devices.printer.virtual.VirtualPrinterTransport;

/** A document's short receipt through the printer port: the counter's printer, as the desk uses it. */
class DocumentReceiptOnVirtualPrinterTest {
    static final String SEAL = "SPT1|BO01-2026-000042|3q2-7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA|0123456789abcdef|"
            + "c2lnbmF0dXJlLW9mLXNpeHR5LWZvdXItYnl0ZXMtLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4";
    static final DocumentReceipt RECEIPT = new DocumentReceipt("Centro per l'Impiego di Bologna",
            "Ricevuta di protocollo", "Certificato di stato occupazionale", "Prot. n. BO01-2026-000042",
            "BO01-2026-000042", "24/11/2026 ore 10:05", "Codice fiscale RSS**********62S", SEAL,
            "Verificabile a qualsiasi sportello");

    private final VirtualPrinterTransport device = new VirtualPrinterTransport(new VirtualPrinter(576));
    private final EscPosTicketPrinter driver = new EscPosTicketPrinter(device, PrinterProfile.EPSON_TM_T20);

    @Test
    void theReceiptComesOutWithItsLinesAndTheSealReadsBack() throws Exception {
        PrintResult result = driver.print(RECEIPT, Locale.ITALIAN);

        assertThat(result.printed()).isTrue();
        assertThat(device.printer().tickets()).hasSize(1);
        PrintedTicket paper = device.printer().tickets().getFirst();
        assertThat(paper.text()).contains("Ricevuta di protocollo", "Prot. n. BO01-2026-000042",
                "Codice fiscale RSS**********62S", "24/11/2026 ore 10:05");
        assertThat(TicketRoundTripTest.readQr(paper.image())).isEqualTo(SEAL);
        Screenshots.save(paper.image(), "document-receipt-80mm.png");
    }

    @Test
    void paperOutPrintsNothingAndSaysWhyInTheOperatorsLanguage() {
        device.setCondition(SimulatedCondition.PAPER_OUT);

        PrintResult it = driver.print(RECEIPT, Locale.ITALIAN);
        PrintResult en = driver.print(RECEIPT, Locale.ENGLISH);
        device.setCondition(SimulatedCondition.READY);

        assertThat(it.printed()).isFalse();
        assertThat(it.status()).isEqualTo(DeviceStatus.PAPER_OUT);
        assertThat(it.detail()).isNotBlank().isNotEqualTo(en.detail());
        assertThat(device.printer().tickets()).isEmpty();
    }

    @Test
    void anUnpluggedPrinterIsOfflineAndPrintsAfterReplug() {
        device.unplug();
        PrintResult lost = driver.print(RECEIPT, Locale.ITALIAN);
        assertThat(lost.printed()).isFalse();
        assertThat(lost.status()).isEqualTo(DeviceStatus.OFFLINE);

        device.plugIn();
        assertThat(driver.print(RECEIPT, Locale.ITALIAN).printed()).isTrue();
        assertThat(device.printer().tickets()).hasSize(1);
    }

    @Test
    void theSimulatorKeepsReceiptsAndRefusesThemWhenItsPaperIsOut() {
        SimulatedTicketPrinter sim = new SimulatedTicketPrinter();
        assertThat(sim.print(RECEIPT, Locale.ITALIAN).printed()).isTrue();
        sim.setStatus(DeviceStatus.PAPER_OUT);
        assertThat(sim.print(RECEIPT, Locale.ITALIAN).printed()).isFalse();
        assertThat(sim.receipts()).containsExactly(RECEIPT);
    }
}
