package org.sportello.devices.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.usb4java.Device;
import org.usb4java.DeviceDescriptor;
import org.usb4java.DeviceHandle;
import org.usb4java.DeviceList;
import org.usb4java.LibUsb;

/** The USB devices on this computer's buses, through libusb. */
public final class UsbDevices {
    /** Vendors a technician meets at a front desk; other ids are shown as numbers. */
    private static final Map<Integer, String> VENDORS = Map.of(
            0x04b8, "Seiko Epson",
            0x0519, "Star Micronics",
            0x1504, "Bixolon",
            0x0dd4, "Custom Engineering",
            0x0403, "FTDI (USB-serial)",
            0x067b, "Prolific (USB-serial)",
            0x1a86, "QinHeng CH340 (USB-serial)",
            0x10c4, "Silicon Labs CP210x (USB-serial)",
            0x0c2e, "Honeywell (scanner)",
            0x05e0, "Zebra/Symbol (scanner)");

    private UsbDevices() {
    }

    /** Lists devices; when libusb cannot start, an empty list and the reason. */
    public static UsbDeviceListing list() {
        try (LibUsbSession session = LibUsbSession.start()) {
            DeviceList list = new DeviceList();
            int count = LibUsb.getDeviceList(session.context, list);
            if (count < 0) {
                return new UsbDeviceListing(List.of(), Optional.of("cannot list USB devices: " + LibUsb.strError(count)));
            }
            try {
                List<UsbDeviceInfo> devices = new ArrayList<>();
                for (Device d : list) {
                    DeviceDescriptor dd = new DeviceDescriptor();
                    if (LibUsb.getDeviceDescriptor(d, dd) != LibUsb.SUCCESS) {
                        continue;
                    }
                    int vendor = dd.idVendor() & 0xFFFF;
                    int product = dd.idProduct() & 0xFFFF;
                    devices.add(new UsbDeviceInfo(LibUsb.getBusNumber(d), LibUsb.getDeviceAddress(d), vendor, product,
                            describe(d, dd, vendor), LibUsbSession.interfaces(d)));
                }
                return new UsbDeviceListing(devices, Optional.empty());
            } finally {
                LibUsb.freeDeviceList(list, true);
            }
        } catch (TransportException e) {
            return new UsbDeviceListing(List.of(), Optional.of(e.getMessage()));
        } catch (RuntimeException | LinkageError e) {
            return new UsbDeviceListing(List.of(), Optional.of("USB is not available: " + e));
        }
    }

    /** Manufacturer and product strings when the device lets us open it, else the known vendor name. */
    private static String describe(Device d, DeviceDescriptor dd, int vendor) {
        DeviceHandle h = new DeviceHandle();
        if (LibUsb.open(d, h) == LibUsb.SUCCESS) {
            try {
                String maker = dd.iManufacturer() == 0 ? null : LibUsb.getStringDescriptor(h, dd.iManufacturer());
                String product = dd.iProduct() == 0 ? null : LibUsb.getStringDescriptor(h, dd.iProduct());
                String joined = ((maker == null ? "" : maker.strip()) + " " + (product == null ? "" : product.strip())).strip();
                if (!joined.isEmpty()) {
                    return joined;
                }
            } catch (RuntimeException ignored) {
                // Some devices refuse string requests; fall back to the vendor name.
            } finally {
                LibUsb.close(h);
            }
        }
        return VENDORS.getOrDefault(vendor, "unknown vendor");
    }
}
