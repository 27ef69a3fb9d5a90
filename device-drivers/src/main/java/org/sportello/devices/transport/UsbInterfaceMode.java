package org.sportello.devices.transport;

/**
 * Which USB interface of the device carries the data. Epson TM printers can be switched (by their
 * utility or DIP switches) between the standard printer class and an Epson vendor-defined class;
 * the bytes are the same ESC/POS, only the interface class differs.
 */
public enum UsbInterfaceMode {
    /** The first printer-class interface with a bulk OUT endpoint, otherwise the first vendor-class one. */
    AUTO,
    /** USB printer class (0x07). */
    PRINTER,
    /** Vendor-defined class (0xFF), e.g. Epson's "vendor-defined class" mode. */
    VENDOR
}
