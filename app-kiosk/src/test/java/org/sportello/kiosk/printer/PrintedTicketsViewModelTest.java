package org.sportello.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sportello.devices.printer.virtual.VirtualPrinter;
import org.sportello.devices.printer.virtual.VirtualPrinterTransport;

/** The printed-tickets window of a demo kiosk that prints all day keeps the printer's latest tickets only. */
class PrintedTicketsViewModelTest {
    @Test
    void theWindowKeepsTheLatestTicketsNewestFirst() {
        VirtualPrinterTransport device = new VirtualPrinterTransport(new VirtualPrinter(576));
        PrintedTicketsViewModel vm = new PrintedTicketsViewModel(device, Runnable::run);
        for (int i = 0; i < VirtualPrinter.KEPT + 7; i++) {
            device.printer().accept(("n" + i + "\n\u001dVB\u0000").getBytes(StandardCharsets.ISO_8859_1));
        }
        assertThat(vm.tickets()).hasSize(VirtualPrinter.KEPT);
        assertThat(vm.tickets().getFirst().textLines()).containsExactly("n" + (VirtualPrinter.KEPT + 6));
        assertThat(vm.tickets().getLast().textLines()).containsExactly("n7");
    }
}
