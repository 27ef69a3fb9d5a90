package org.sportello.devices.transport;

/** One endpoint of a USB interface, as its descriptor says. */
public record UsbEndpointInfo(int address, int attributes, int maxPacketSize) {
    public boolean isIn() {
        return (address & 0x80) != 0;
    }

    public boolean isBulk() {
        return (attributes & 0x03) == 0x02;
    }
}
