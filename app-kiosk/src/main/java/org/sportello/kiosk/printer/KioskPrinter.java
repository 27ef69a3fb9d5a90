package org.sportello.kiosk.printer;

import java.util.Optional;
import org.sportello.devices.config.DeviceFactory;
import org.sportello.devices.config.DevicesConfig;
import org.sportello.devices.printer.TicketPrinter;

/**
 * The printer a kiosk prints on: the one its workstation's {@code devices.properties} names, or, when
 * the file names none (a fresh install, a developer's desk), the virtual printer whose paper can be
 * watched in the printed-tickets window.
 *
 * @param virtual present when the tickets go to the virtual printer
 */
public record KioskPrinter(TicketPrinter printer, Optional<VirtualTicketPrinter> virtual) {

    /**
     * @throws org.sportello.devices.config.InvalidDevicesConfigException when the file has mistakes:
     *     a kiosk that would tell citizens to take a ticket from a printer it cannot drive must not start
     */
    public static KioskPrinter from(DevicesConfig devices, DeviceFactory factory) {
        if (devices.printer().isSimulated()) {
            VirtualTicketPrinter virtual = VirtualTicketPrinter.create();
            return new KioskPrinter(virtual.printer(), Optional.of(virtual));
        }
        return new KioskPrinter(factory.printer(devices.printer()), Optional.empty());
    }
}
