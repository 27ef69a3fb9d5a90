package org.sportello.devices.transport;

import java.util.List;

/** One interface (first alternate setting) of a USB device: its number, class and endpoints. */
public record UsbInterfaceInfo(int number, int interfaceClass, List<UsbEndpointInfo> endpoints) {
    public static final int CLASS_PRINTER = 0x07;
    public static final int CLASS_VENDOR = 0xFF;

    public UsbInterfaceInfo {
        endpoints = List.copyOf(endpoints);
    }

    public String className() {
        return switch (interfaceClass) {
            case CLASS_PRINTER -> "printer class";
            case CLASS_VENDOR -> "vendor class";
            case 0x02, 0x0A -> "CDC (serial)";
            case 0x03 -> "HID";
            default -> String.format("class 0x%02x", interfaceClass);
        };
    }
}
