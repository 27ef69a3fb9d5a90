package org.sportello.devices.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransportsTest {
    @Test
    void eachKindGetsItsTransport() {
        assertThat(Transports.create(TransportSpec.parse("serial:/dev/ttyUSB0@9600"))).isInstanceOf(SerialTransport.class);
        assertThat(Transports.create(TransportSpec.parse("usb:04b8:0e28"))).isInstanceOf(UsbTransport.class);
        assertThat(Transports.create(TransportSpec.parse("tcp:10.0.0.1"))).isInstanceOf(TcpTransport.class);
        assertThat(Transports.create(TransportSpec.parse("file:/dev/usb/lp0"))).isInstanceOf(DeviceFileTransport.class);
        assertThat(Transports.create(TransportSpec.parse("capture:/tmp/x"))).isInstanceOf(CaptureFileTransport.class);
        assertThat(Transports.create(TransportSpec.parse("sim"))).isInstanceOf(SimulatedTransport.class);
    }

    @Test
    void describeIsTheSpecText() {
        for (String s : new String[] {"serial:/dev/ttyS0@19200,7E1", "usb:04b8:0e28:vendor", "tcp:10.0.0.1:9100",
                "file:/dev/usb/lp0", "capture:/tmp/x", "sim"}) {
            assertThat(Transports.create(TransportSpec.parse(s)).describe()).isEqualTo(s);
        }
    }

    @Test
    void openOpens(@TempDir Path dir) throws Exception {
        try (Transport t = Transports.open(TransportSpec.parse("capture:" + dir.resolve("c.bin")))) {
            assertThat(t.isOpen()).isTrue();
            t.write(new byte[] {1}, Duration.ofSeconds(1));
        }
        try (ReconnectingTransport r = Transports.reconnecting(TransportSpec.parse("sim"))) {
            assertThat(r.state()).isEqualTo(ConnectionState.CLOSED);
            r.open();
            assertThat(r.state()).isEqualTo(ConnectionState.CONNECTED);
        }
    }

    @Test
    void serialListingNeverThrowsAndIsSorted() {
        var ports = SerialPorts.list();
        assertThat(ports).allSatisfy(p -> assertThat(p.path()).isNotBlank());
        assertThat(ports).isSortedAccordingTo(java.util.Comparator.comparing(SerialPortInfo::path));
    }
}
