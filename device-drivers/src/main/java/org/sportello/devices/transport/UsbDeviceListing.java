package org.sportello.devices.transport;

import java.util.List;
import java.util.Optional;

/**
 * The result of listing USB devices: the devices found, and why the list may be incomplete or
 * empty (libusb missing, no access to the bus). A listing never fails, because the CLI must still
 * show the serial ports when USB is unavailable.
 */
public record UsbDeviceListing(List<UsbDeviceInfo> devices, Optional<String> problem) {
    public UsbDeviceListing {
        devices = List.copyOf(devices);
    }
}
