package org.sportello.devices.transport;

import java.util.List;

/** A USB device seen on the bus, for {@code sportello devices list}. */
public record UsbDeviceInfo(int bus, int address, int vendorId, int productId, String description,
        List<UsbInterfaceInfo> interfaces) {
    public UsbDeviceInfo {
        interfaces = List.copyOf(interfaces);
    }

    /** The transport string that reaches this device. */
    public String spec() {
        return new TransportSpec.Usb(vendorId, productId, UsbInterfaceMode.AUTO).text();
    }
}
