package org.sportello.devices.transport;

/** Serial flow control. Printers with small buffers need it, or long raster logos get cut. */
public enum FlowControl {
    NONE,
    /** Hardware handshake on the RTS/CTS lines. */
    RTS_CTS,
    /** Software handshake with XON/XOFF bytes; only for text-only devices, binary data can hold them. */
    XON_XOFF
}
