package org.sportello.devices.transport;

import java.util.ArrayList;
import java.util.List;
import org.usb4java.ConfigDescriptor;
import org.usb4java.Context;
import org.usb4java.Device;
import org.usb4java.EndpointDescriptor;
import org.usb4java.Interface;
import org.usb4java.InterfaceDescriptor;
import org.usb4java.LibUsb;

/**
 * One libusb context. Loading usb4java's native library can fail in many ways (no libusb4java
 * for this CPU, no /dev/bus/usb in a container, a too-old glibc); they all become one clear
 * {@link TransportException.Problem#LIBRARY_MISSING} instead of a stray {@link Error}.
 */
final class LibUsbSession implements AutoCloseable {
    final Context context;

    private LibUsbSession(Context context) {
        this.context = context;
    }

    static LibUsbSession start() throws TransportException {
        Context ctx;
        int result;
        try {
            ctx = new Context();
            result = LibUsb.init(ctx);
        } catch (RuntimeException | LinkageError e) {
            // usb4java throws LoaderException (a RuntimeException) or UnsatisfiedLinkError; a second
            // attempt after a failed static initialiser gives NoClassDefFoundError.
            throw new TransportException(TransportException.Problem.LIBRARY_MISSING,
                    "USB is not available: usb4java's native libusb could not be loaded (" + e + ")", e);
        }
        if (result != LibUsb.SUCCESS) {
            throw new TransportException(TransportException.Problem.LIBRARY_MISSING,
                    "USB is not available: libusb could not start (" + LibUsb.strError(result)
                            + "); inside a container, /dev/bus/usb must be mounted");
        }
        return new LibUsbSession(ctx);
    }

    /** The interfaces of the active configuration (first alternate setting of each). */
    static List<UsbInterfaceInfo> interfaces(Device device) {
        ConfigDescriptor config = new ConfigDescriptor();
        if (LibUsb.getActiveConfigDescriptor(device, config) != LibUsb.SUCCESS
                && LibUsb.getConfigDescriptor(device, (byte) 0, config) != LibUsb.SUCCESS) {
            return List.of();
        }
        try {
            List<UsbInterfaceInfo> result = new ArrayList<>();
            for (Interface iface : config.iface()) {
                InterfaceDescriptor[] alts = iface.altsetting();
                if (alts.length == 0) {
                    continue;
                }
                InterfaceDescriptor d = alts[0];
                List<UsbEndpointInfo> endpoints = new ArrayList<>();
                for (EndpointDescriptor e : d.endpoint()) {
                    endpoints.add(new UsbEndpointInfo(e.bEndpointAddress() & 0xFF, e.bmAttributes() & 0xFF,
                            e.wMaxPacketSize() & 0xFFFF));
                }
                result.add(new UsbInterfaceInfo(d.bInterfaceNumber() & 0xFF, d.bInterfaceClass() & 0xFF, endpoints));
            }
            return result;
        } finally {
            LibUsb.freeConfigDescriptor(config);
        }
    }

    @Override
    public void close() {
        LibUsb.exit(context);
    }
}
