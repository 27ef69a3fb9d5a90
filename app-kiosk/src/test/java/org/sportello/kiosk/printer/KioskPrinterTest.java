package org.sportello.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.devices.config.DeviceFactory;
import org.sportello.devices.config.DevicesConfig;
import org.sportello.devices.config.InvalidDevicesConfigException;
import org.sportello.devices.printer.TicketPrintout;
import org.sportello.devices.printer.escpos.EscPosTicketPrinter;

/** Which printer a kiosk gets from its workstation's devices file. */
class KioskPrinterTest {
    @TempDir
    Path dir;

    @Test
    void withoutADevicesFileTheKioskPrintsOnTheVirtualPrinter() {
        KioskPrinter printer = KioskPrinter.from(DevicesConfig.load(dir.resolve("absent.properties")),
                DeviceFactory.system());
        assertThat(printer.virtual()).isPresent();
        assertThat(printer.printer()).isSameAs(printer.virtual().get().printer());
    }

    @Test
    void anEscPosPrinterInTheFileIsTheOneTheKioskUses() throws Exception {
        Path capture = dir.resolve("printer.bin");
        Path file = Files.writeString(dir.resolve("devices.properties"), """
                printer.driver=escpos
                printer.transport=capture:%s
                printer.profile=tm-t88
                """.formatted(capture));
        KioskPrinter printer = KioskPrinter.from(DevicesConfig.load(file), DeviceFactory.system());
        assertThat(printer.virtual()).isEmpty();
        assertThat(printer.printer()).isInstanceOf(EscPosTicketPrinter.class);

        printer.printer().print(new TicketPrintout("Centro per l'Impiego di Bologna", "Accoglienza", "A007",
                java.time.ZonedDateTime.parse("2026-11-24T10:00:00+01:00[Europe/Rome]"), "", "", "", "id-7", "", "it"));
        assertThat(new String(Files.readAllBytes(capture), java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("the ticket's bytes went to the configured transport").contains("A007");
    }

    @Test
    void aMistakeInTheFileStopsTheKioskWithTheLine() throws Exception {
        Path file = Files.writeString(dir.resolve("devices.properties"), "printer.driver=epsom\n");
        assertThatThrownBy(() -> KioskPrinter.from(DevicesConfig.load(file), DeviceFactory.system()))
                .isInstanceOf(InvalidDevicesConfigException.class).hasMessageContaining("epsom");
    }
}
