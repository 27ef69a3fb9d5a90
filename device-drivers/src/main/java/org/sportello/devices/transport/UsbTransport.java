package org.sportello.devices.transport;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.usb4java.BufferUtils;
import org.usb4java.Device;
import org.usb4java.DeviceDescriptor;
import org.usb4java.DeviceHandle;
import org.usb4java.DeviceList;
import org.usb4java.LibUsb;

/**
 * A USB printer (or other bulk device) through libusb, found by vendor and product id, so it works
 * without the kernel's usblp driver and without CUPS. The kernel driver is detached while we hold
 * the interface and given back on close, so {@code /dev/usb/lp0} reappears afterwards.
 *
 * <p>Not thread-safe: one driver thread talks to one device.
 */
public final class UsbTransport implements Transport {
    /** A multiple of every bulk packet size (8..1024), so an IN transfer can never overflow. */
    private static final int IN_BUFFER = 4096;

    private final TransportSpec.Usb spec;
    private LibUsbSession session;
    private DeviceHandle handle;
    private UsbInterfaceChoice choice;
    private ByteBuffer inBuffer;
    private byte[] leftover = new byte[0];

    public UsbTransport(TransportSpec.Usb spec) {
        this.spec = spec;
    }

    @Override
    public void open() throws TransportException {
        if (handle != null) {
            return;
        }
        LibUsbSession s = LibUsbSession.start();
        try {
            Device device = find(s);
            try {
                List<UsbInterfaceInfo> interfaces = LibUsbSession.interfaces(device);
                UsbInterfaceChoice c = UsbInterfaceChoice.choose(interfaces, spec.mode()).orElseThrow(() ->
                        new TransportException(TransportException.Problem.UNSUPPORTED, describe() + ": the device has no "
                                + modeWords() + " interface with a bulk OUT endpoint; it offers "
                                + UsbInterfaceChoice.describe(interfaces)
                                + (spec.mode() == UsbInterfaceMode.PRINTER ? "; try :vendor" : "")
                                + (spec.mode() == UsbInterfaceMode.VENDOR ? "; try :printer" : "")));
                DeviceHandle h = new DeviceHandle();
                int r = LibUsb.open(device, h);
                if (r != LibUsb.SUCCESS) {
                    throw openError(r, "open");
                }
                // Auto-detach takes the interface from usblp (or a vendor driver) and gives it back
                // on release; without it claiming fails with "busy" whenever usblp is loaded.
                if (LibUsb.hasCapability(LibUsb.CAP_SUPPORTS_DETACH_KERNEL_DRIVER)) {
                    LibUsb.setAutoDetachKernelDriver(h, true);
                }
                r = LibUsb.claimInterface(h, c.interfaceNumber());
                if (r != LibUsb.SUCCESS) {
                    LibUsb.close(h);
                    throw openError(r, "claim interface " + c.interfaceNumber() + " of");
                }
                session = s;
                handle = h;
                choice = c;
                inBuffer = BufferUtils.allocateByteBuffer(IN_BUFFER);
                leftover = new byte[0];
            } finally {
                LibUsb.unrefDevice(device);
            }
        } catch (TransportException e) {
            s.close();
            throw e;
        }
    }

    /** The chosen interface and endpoints; null when closed. For `sportello devices` diagnostics. */
    public UsbInterfaceChoice interfaceChoice() {
        return choice;
    }

    @Override
    public boolean isOpen() {
        return handle != null;
    }

    @Override
    public void write(byte[] bytes, Duration timeout) throws TransportException {
        requireOpen();
        ByteBuffer out = BufferUtils.allocateByteBuffer(bytes.length);
        out.put(bytes);
        out.rewind();
        IntBuffer transferred = BufferUtils.allocateIntBuffer();
        long deadline = System.nanoTime() + timeout.toNanos();
        int sent = 0;
        while (sent < bytes.length) {
            long leftMs = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            out.position(sent);
            ByteBuffer slice = out.slice();
            transferred.clear();
            int r = LibUsb.bulkTransfer(handle, (byte) choice.outEndpoint(), slice, transferred, leftMs);
            sent += transferred.get(0);
            if (r == LibUsb.ERROR_TIMEOUT || (r == LibUsb.SUCCESS && sent < bytes.length
                    && System.nanoTime() >= deadline)) {
                throw new TransportException(TransportException.Problem.TIMEOUT, describe() + ": only " + sent + " of "
                        + bytes.length + " bytes taken in " + timeout.toMillis() + " ms; the printer is offline or busy");
            }
            if (r != LibUsb.SUCCESS) {
                throw transferError(r, "write");
            }
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws TransportException {
        requireOpen();
        if (leftover.length == 0) {
            if (!choice.canRead()) {
                return 0;
            }
            IntBuffer transferred = BufferUtils.allocateIntBuffer();
            inBuffer.clear();
            int r = LibUsb.bulkTransfer(handle, (byte) choice.inEndpoint(), inBuffer, transferred,
                    Math.max(1, timeout.toMillis()));
            if (r != LibUsb.SUCCESS && r != LibUsb.ERROR_TIMEOUT) {
                throw transferError(r, "read");
            }
            // A timeout can still have delivered a few bytes; keep them.
            leftover = new byte[transferred.get(0)];
            inBuffer.get(0, leftover);
        }
        int n = Math.min(buffer.length, leftover.length);
        System.arraycopy(leftover, 0, buffer, 0, n);
        leftover = Arrays.copyOfRange(leftover, n, leftover.length);
        return n;
    }

    @Override
    public String describe() {
        return spec.text();
    }

    @Override
    public void close() {
        if (handle != null) {
            LibUsb.releaseInterface(handle, choice.interfaceNumber());
            LibUsb.close(handle);
            session.close();
        }
        handle = null;
        session = null;
        choice = null;
        leftover = new byte[0];
    }

    private Device find(LibUsbSession s) throws TransportException {
        DeviceList list = new DeviceList();
        int count = LibUsb.getDeviceList(s.context, list);
        if (count < 0) {
            throw new TransportException(TransportException.Problem.LIBRARY_MISSING, describe()
                    + ": cannot list USB devices (" + LibUsb.strError(count) + ")");
        }
        try {
            for (Device d : list) {
                DeviceDescriptor dd = new DeviceDescriptor();
                if (LibUsb.getDeviceDescriptor(d, dd) == LibUsb.SUCCESS
                        && (dd.idVendor() & 0xFFFF) == spec.vendorId() && (dd.idProduct() & 0xFFFF) == spec.productId()) {
                    // The list is freed below; keep our own reference to the device.
                    return LibUsb.refDevice(d);
                }
            }
        } finally {
            LibUsb.freeDeviceList(list, true);
        }
        throw new TransportException(TransportException.Problem.NOT_FOUND, describe() + ": no USB device "
                + spec.ids() + " among the " + count + " connected; check the cable and power, "
                + "and `sportello devices list` for the ids this computer sees");
    }

    private TransportException openError(int r, String what) {
        return switch (r) {
            case LibUsb.ERROR_ACCESS -> new TransportException(TransportException.Problem.PERMISSION_DENIED,
                    describe() + ": permission denied to " + what + " the device; add a udev rule such as "
                    + "SUBSYSTEM==\"usb\", ATTRS{idVendor}==\"" + String.format("%04x", spec.vendorId())
                    + "\", ATTRS{idProduct}==\"" + String.format("%04x", spec.productId())
                    + "\", MODE=\"0660\", GROUP=\"lp\" and add the user to the 'lp' group");
            case LibUsb.ERROR_BUSY -> new TransportException(TransportException.Problem.BUSY, describe()
                    + ": cannot " + what + " the device, it is busy; another program (CUPS?) holds it");
            case LibUsb.ERROR_NO_DEVICE -> new TransportException(TransportException.Problem.NOT_FOUND, describe()
                    + ": the device went away while opening it");
            default -> new TransportException(TransportException.Problem.LOST, describe() + ": cannot " + what
                    + " the device: " + LibUsb.strError(r));
        };
    }

    private TransportException transferError(int r, String what) {
        if (r == LibUsb.ERROR_NO_DEVICE || r == LibUsb.ERROR_IO || r == LibUsb.ERROR_PIPE) {
            return new TransportException(TransportException.Problem.LOST, describe() + ": " + what + " failed ("
                    + LibUsb.strError(r) + "); the device was unplugged or switched off");
        }
        return new TransportException(TransportException.Problem.LOST, describe() + ": " + what + " failed: "
                + LibUsb.strError(r));
    }

    private void requireOpen() throws TransportException {
        if (handle == null) {
            throw new TransportException(TransportException.Problem.NOT_OPEN, describe() + ": not open");
        }
    }

    private String modeWords() {
        return switch (spec.mode()) {
            case PRINTER -> "printer-class";
            case VENDOR -> "vendor-class";
            case AUTO -> "printer-class or vendor-class";
        };
    }
}
