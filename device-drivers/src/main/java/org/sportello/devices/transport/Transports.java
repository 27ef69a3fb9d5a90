package org.sportello.devices.transport;

import java.io.IOException;

/** Makes the transport a {@link TransportSpec} names; the one place that knows every kind. */
public final class Transports {
    private Transports() {
    }

    /** A transport for the spec, not opened yet. */
    public static Transport create(TransportSpec spec) {
        return switch (spec) {
            case TransportSpec.Serial s -> new SerialTransport(s);
            case TransportSpec.Usb u -> new UsbTransport(u);
            case TransportSpec.Tcp t -> new TcpTransport(t);
            case TransportSpec.DeviceFile f -> new DeviceFileTransport(f);
            case TransportSpec.Capture c -> new CaptureFileTransport(c);
            case TransportSpec.Simulator s -> new SimulatedTransport();
        };
    }

    /** A transport for the spec, opened; throws with a clear message when it cannot be. */
    public static Transport open(TransportSpec spec) throws IOException {
        Transport t = create(spec);
        t.open();
        return t;
    }

    /**
     * What apps use for long-lived devices: reconnects by itself after an unplug. Not opened yet;
     * call {@link ReconnectingTransport#open()} and, if it fails, it keeps retrying on later calls.
     */
    public static ReconnectingTransport reconnecting(TransportSpec spec) {
        return new ReconnectingTransport(create(spec));
    }
}
