package org.sportello.devices.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TransportSpecTest {

    @Test
    void serialWithDefaults() {
        assertThat(TransportSpec.parse("serial:/dev/ttyUSB0@9600"))
                .isEqualTo(new TransportSpec.Serial("/dev/ttyUSB0", 9600, 8, Parity.NONE, StopBits.ONE,
                        FlowControl.NONE, false));
    }

    @Test
    void serialWithEveryOption() {
        TransportSpec.Serial s = (TransportSpec.Serial) TransportSpec.parse(" serial:/dev/ttyS1@19200,7e2,XONXOFF ");
        assertThat(s.path()).isEqualTo("/dev/ttyS1");
        assertThat(s.baud()).isEqualTo(19200);
        assertThat(s.dataBits()).isEqualTo(7);
        assertThat(s.parity()).isEqualTo(Parity.EVEN);
        assertThat(s.stopBits()).isEqualTo(StopBits.TWO);
        assertThat(s.flowControl()).isEqualTo(FlowControl.XON_XOFF);
        assertThat(s.rs485()).isFalse();
        assertThat(s.frame()).isEqualTo("7E2");
    }

    @Test
    void serialRs485AndOneAndAHalfStopBits() {
        TransportSpec.Serial s = (TransportSpec.Serial) TransportSpec.parse("serial:/dev/ttyUSB1@115200,rs485,8O1.5");
        assertThat(s.rs485()).isTrue();
        assertThat(s.parity()).isEqualTo(Parity.ODD);
        assertThat(s.stopBits()).isEqualTo(StopBits.ONE_POINT_FIVE);
    }

    @Test
    void usbIdsAndModes() {
        assertThat(TransportSpec.parse("usb:04b8:0e28"))
                .isEqualTo(new TransportSpec.Usb(0x04b8, 0x0e28, UsbInterfaceMode.AUTO));
        assertThat(TransportSpec.parse("USB:04B8:0E28:vendor"))
                .isEqualTo(new TransportSpec.Usb(0x04b8, 0x0e28, UsbInterfaceMode.VENDOR));
        assertThat(TransportSpec.parse("usb:0x4b8:202:printer"))
                .isEqualTo(new TransportSpec.Usb(0x04b8, 0x0202, UsbInterfaceMode.PRINTER));
    }

    @Test
    void tcpWithAndWithoutPort() {
        assertThat(TransportSpec.parse("tcp:192.168.1.50")).isEqualTo(new TransportSpec.Tcp("192.168.1.50", 9100));
        assertThat(TransportSpec.parse("tcp:printer-hall.local:9101"))
                .isEqualTo(new TransportSpec.Tcp("printer-hall.local", 9101));
        assertThat(TransportSpec.parse("tcp:[fe80::1]:9100")).isEqualTo(new TransportSpec.Tcp("fe80::1", 9100));
        assertThat(TransportSpec.parse("tcp:[::1]")).isEqualTo(new TransportSpec.Tcp("::1", 9100));
    }

    @Test
    void filesCaptureAndSimulator() {
        assertThat(TransportSpec.parse("file:/dev/usb/lp0")).isEqualTo(new TransportSpec.DeviceFile(Path.of("/dev/usb/lp0")));
        assertThat(TransportSpec.parse("capture:out/ticket.bin")).isEqualTo(new TransportSpec.Capture(Path.of("out/ticket.bin")));
        assertThat(TransportSpec.parse("sim")).isEqualTo(new TransportSpec.Simulator());
        assertThat(TransportSpec.parse("SIM")).isEqualTo(new TransportSpec.Simulator());
    }

    @ParameterizedTest
    @ValueSource(strings = {"serial:/dev/ttyUSB0@9600", "serial:/dev/ttyS0@19200,7E1,rtscts",
            "serial:/dev/ttyUSB1@115200,8N2,xonxoff,rs485", "usb:04b8:0e28", "usb:04b8:0202:printer",
            "tcp:10.0.0.7:9100", "tcp:[::1]:9101", "file:/dev/usb/lp0", "capture:/tmp/x.bin", "sim"})
    void textIsCanonicalAndParsesBack(String text) {
        TransportSpec spec = TransportSpec.parse(text);
        assertThat(spec.text()).isEqualTo(text);
        assertThat(TransportSpec.parse(spec.text())).isEqualTo(spec);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "''                                   | it is empty",
        "'   '                                | it is empty",
        "/dev/ttyUSB0                         | no kind before ':'",
        "com:/dev/ttyUSB0@9600                | unknown kind 'com'",
        "serial:/dev/ttyUSB0                  | missing '@' and baud rate",
        "serial:@9600                         | missing serial port path",
        "serial:/dev/ttyUSB0@                 | missing baud rate after '@'",
        "serial:/dev/ttyUSB0@fast             | baud rate 'fast' is not a number",
        "serial:/dev/ttyUSB0@9601             | baud rate 9601 is not a standard rate",
        "serial:/dev/ttyUSB0@960              | baud rate 960 is not a standard rate",
        "serial:/dev/ttyUSB0@9600,9N1         | frame '9N1' is not data bits 5-8",
        "serial:/dev/ttyUSB0@9600,8X1         | parity 'X' in '8X1' is not one of",
        "serial:/dev/ttyUSB0@9600,8N3         | frame '8N3' is not",
        "serial:/dev/ttyUSB0@9600,8N1,7E1     | the frame (like 8N1) is given twice",
        "serial:/dev/ttyUSB0@9600,rtscts,xonxoff | flow control is given twice",
        "serial:/dev/ttyUSB0@9600,rs485,rs485 | rs485 is given twice",
        "serial:/dev/ttyUSB0@9600,rs485,rtscts | rs485 and rtscts both need the RTS line",
        "serial:/dev/ttyUSB0@9600,hardware    | unknown serial option 'hardware'",
        "serial:/dev/ttyUSB0@9600,            | empty option between commas",
        "usb:04b8                             | expected vendor and product id",
        "usb:04b8:0e28:printer:x              | expected vendor and product id",
        "usb::0e28                            | missing vendor id",
        "usb:epson:0e28                       | vendor id 'epson' is not 1 to 4 hex digits",
        "usb:04b8:10e28                       | product id '10e28' is not 1 to 4 hex digits",
        "usb:04b8:0e28:hid                    | unknown USB mode 'hid'",
        "tcp:                                 | missing host",
        "tcp::9100                            | missing host",
        "tcp:printer:                         | missing port after ':'",
        "tcp:printer:raw                      | port 'raw' is not a number",
        "tcp:printer:0                        | port 0 is not between 1 and 65535",
        "tcp:printer:70000                    | port 70000 is not between 1 and 65535",
        "tcp:fe80::1:9100                     | too many ':'; write IPv6 addresses in brackets",
        "tcp:[fe80::1                         | IPv6 address without closing ']'",
        "tcp:[fe80::1]9100                    | unexpected '9100' after the address",
        "tcp:my printer                       | host 'my printer' has characters",
        "file:                                | missing file path",
        "capture:                             | missing file path",
        "sim:1                                | 'sim' takes nothing after it",
    })
    void badSpecsSayWhatIsWrong(String spec, String expectedProblem) {
        assertThatThrownBy(() -> TransportSpec.parse(spec))
                .isInstanceOf(InvalidTransportSpecException.class)
                .hasMessageContaining(expectedProblem)
                .hasMessageContaining("expected");
    }

    @Test
    void nullIsRejectedToo() {
        assertThatThrownBy(() -> TransportSpec.parse(null)).hasMessageContaining("it is empty");
    }
}
