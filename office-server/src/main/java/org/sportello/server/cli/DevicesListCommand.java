package org.sportello.server.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sportello.devices.transport.SerialPortInfo;
import org.sportello.devices.transport.SerialPorts;
import org.sportello.devices.transport.UsbDeviceInfo;
import org.sportello.devices.transport.UsbDeviceListing;
import org.sportello.devices.transport.UsbDevices;
import org.sportello.devices.transport.UsbEndpointInfo;
import org.sportello.devices.transport.UsbInterfaceInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the serial ports and USB devices of this computer, each with a transport string to start from.",
        exitCodeListHeading = DeviceExitCodes.HEADING,
        exitCodeList = {DeviceExitCodes.OK, DeviceExitCodes.FAILURE, DeviceExitCodes.USAGE})
final class DevicesListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON document instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        List<SerialPortInfo> ports = SerialPorts.list();
        UsbDeviceListing usb = UsbDevices.list();
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? json(ports, usb) : text(ports, usb));
        return ExitCode.OK.code();
    }

    private static String text(List<SerialPortInfo> ports, UsbDeviceListing usb) {
        StringBuilder s = new StringBuilder("Serial ports:");
        if (ports.isEmpty()) {
            s.append(" none found");
        }
        for (SerialPortInfo p : ports) {
            s.append(String.format("%n  %-18s %-40s %s", p.path(), p.description(), p.exampleSpec()));
            if (p.vendorId() >= 0) {
                s.append(String.format("  (USB %04x:%04x)", p.vendorId(), p.productId()));
            }
        }
        s.append(String.format("%nUSB devices:"));
        usb.problem().ifPresent(problem -> s.append(" ").append(problem));
        if (usb.devices().isEmpty() && usb.problem().isEmpty()) {
            s.append(" none found");
        }
        for (UsbDeviceInfo d : usb.devices()) {
            s.append(String.format("%n  bus %03d device %03d  %-14s %s", d.bus(), d.address(), d.spec(), d.description()));
            for (UsbInterfaceInfo i : d.interfaces()) {
                s.append(String.format("%n      interface %d: %s", i.number(), i.className()));
            }
        }
        return s.toString();
    }

    private static String json(List<SerialPortInfo> ports, UsbDeviceListing usb) {
        JsonWriter w = new JsonWriter().beginObject().name("serialPorts").beginArray();
        for (SerialPortInfo p : ports) {
            w.beginObject().field("path", p.path()).field("description", p.description())
                    .field("transport", p.exampleSpec());
            if (p.vendorId() >= 0) {
                w.field("usbId", String.format("%04x:%04x", p.vendorId(), p.productId()));
            }
            w.endObject();
        }
        w.endArray().name("usb").beginObject().name("problem").value(usb.problem().orElse(null))
                .name("devices").beginArray();
        for (UsbDeviceInfo d : usb.devices()) {
            w.beginObject().field("bus", d.bus()).field("address", d.address())
                    .field("id", String.format("%04x:%04x", d.vendorId(), d.productId()))
                    .field("description", d.description()).field("transport", d.spec()).name("interfaces").beginArray();
            for (UsbInterfaceInfo i : d.interfaces()) {
                w.beginObject().field("number", i.number()).field("class", i.className()).name("bulkEndpoints")
                        .beginArray();
                for (UsbEndpointInfo e : i.endpoints()) {
                    if (e.isBulk()) {
                        w.value(String.format("0x%02x %s", e.address(), e.isIn() ? "in" : "out"));
                    }
                }
                w.endArray().endObject();
            }
            w.endArray().endObject();
        }
        return w.endArray().endObject().endObject().toString();
    }
}
