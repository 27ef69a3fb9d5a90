package org.sportello.devices.transport;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The interface and bulk endpoints a {@link UsbTransport} uses. {@code inEndpoint} is -1 when the
 * interface has no bulk IN endpoint (a printer that cannot report status); reads then return 0.
 */
public record UsbInterfaceChoice(int interfaceNumber, int interfaceClass, int outEndpoint, int inEndpoint,
        int inMaxPacketSize) {

    public boolean canRead() {
        return inEndpoint >= 0;
    }

    /**
     * Picks the interface for a mode. AUTO prefers the standard printer class and falls back to the
     * vendor class, since an Epson in "vendor-defined" mode shows only that one.
     */
    public static Optional<UsbInterfaceChoice> choose(List<UsbInterfaceInfo> interfaces, UsbInterfaceMode mode) {
        return switch (mode) {
            case PRINTER -> firstOfClass(interfaces, UsbInterfaceInfo.CLASS_PRINTER);
            case VENDOR -> firstOfClass(interfaces, UsbInterfaceInfo.CLASS_VENDOR);
            case AUTO -> firstOfClass(interfaces, UsbInterfaceInfo.CLASS_PRINTER)
                    .or(() -> firstOfClass(interfaces, UsbInterfaceInfo.CLASS_VENDOR));
        };
    }

    /** For error messages: what the device offers, e.g. "0: printer class (OUT 0x01, IN 0x82)". */
    public static String describe(List<UsbInterfaceInfo> interfaces) {
        if (interfaces.isEmpty()) {
            return "no interfaces";
        }
        return interfaces.stream().map(i -> i.number() + ": " + i.className() + " ("
                + i.endpoints().stream()
                        .map(e -> (e.isIn() ? "IN " : "OUT ") + String.format("0x%02x", e.address())
                                + (e.isBulk() ? "" : " not bulk"))
                        .collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining("; "));
    }

    private static Optional<UsbInterfaceChoice> firstOfClass(List<UsbInterfaceInfo> interfaces, int cls) {
        for (UsbInterfaceInfo i : interfaces) {
            if (i.interfaceClass() != cls) {
                continue;
            }
            UsbEndpointInfo out = null;
            UsbEndpointInfo in = null;
            for (UsbEndpointInfo e : i.endpoints()) {
                if (e.isBulk() && e.isIn() && in == null) {
                    in = e;
                } else if (e.isBulk() && !e.isIn() && out == null) {
                    out = e;
                }
            }
            if (out != null) {
                return Optional.of(new UsbInterfaceChoice(i.number(), cls, out.address(),
                        in == null ? -1 : in.address(), in == null ? 0 : in.maxPacketSize()));
            }
        }
        return Optional.empty();
    }
}
