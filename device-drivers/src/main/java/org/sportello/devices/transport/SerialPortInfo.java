package org.sportello.devices.transport;

/**
 * A serial port this computer has, for {@code sportello devices list}. Vendor and product are the
 * USB ids of a USB-serial adapter or CDC scanner, -1 for a built-in UART.
 */
public record SerialPortInfo(String path, String description, int vendorId, int productId) {
    /** A transport string to start from; the baud rate is the device's, 9600 is only the usual default. */
    public String exampleSpec() {
        return "serial:" + path + "@9600";
    }
}
