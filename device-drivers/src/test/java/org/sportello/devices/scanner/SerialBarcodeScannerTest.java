package org.sportello.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sportello.devices.DeviceStatus;
import org.sportello.devices.testsupport.InMemoryTransport;
import org.sportello.devices.testsupport.PtySerialTransport;
import org.sportello.devices.transport.pty.PtyPair;

@Timeout(20)
class SerialBarcodeScannerTest {
    private final BlockingQueue<Scan> scans = new LinkedBlockingQueue<>();
    private final BlockingQueue<DroppedFrame> drops = new LinkedBlockingQueue<>();

    private final ScanListener listener = new ScanListener() {
        @Override
        public void onScan(Scan scan) {
            scans.add(scan);
        }

        @Override
        public void onDropped(DroppedFrame dropped) {
            drops.add(dropped);
        }
    };

    @Test
    void deliversScansAndDropsAStalledHalfFrame() throws Exception {
        InMemoryTransport transport = new InMemoryTransport();
        try (SerialBarcodeScanner scanner = new SerialBarcodeScanner(transport, ScanFraming.defaults(), Duration.ofMillis(50))) {
            scanner.addListener(listener);
            scanner.start();
            transport.deviceSends("RSSMRA85T10A562S\r");
            assertThat(scans.poll(2, TimeUnit.SECONDS).text()).isEqualTo("RSSMRA85T10A562S");
            transport.deviceSends("A0");
            DroppedFrame dropped = drops.poll(2, TimeUnit.SECONDS);
            assertThat(dropped).isNotNull();
            assertThat(dropped.reason()).isEqualTo(DropReason.TIMED_OUT);
            transport.deviceSends("B014\r");
            assertThat(scans.poll(2, TimeUnit.SECONDS).text()).isEqualTo("B014");
            assertThat(scanner.status()).isEqualTo(DeviceStatus.READY);
        }
    }

    @Test
    void reconnectsAfterTheLinkIsLostAndNeverMergesAcrossIt() throws Exception {
        InMemoryTransport transport = new InMemoryTransport();
        transport.failOpens(2); // unplugged at start
        try (SerialBarcodeScanner scanner = new SerialBarcodeScanner(transport, ScanFraming.defaults(), Duration.ofMillis(30))) {
            scanner.addListener(listener);
            scanner.addListener(scan -> {
                throw new IllegalStateException("a broken handler must not stop the scanner");
            });
            scanner.start();
            transport.deviceSends("HALF");
            transport.failNextRead("USB device gone");
            transport.deviceSends("A023\r");
            assertThat(scans.poll(3, TimeUnit.SECONDS).text()).isEqualTo("A023");
            assertThat(transport.opens()).isGreaterThanOrEqualTo(2);
            assertThat(scanner.lastProblem()).isNotEmpty();
            assertThat(drops.poll(1, TimeUnit.SECONDS).partialText()).isEqualTo("HALF");
        }
    }

    @Test
    void anAbsentScannerIsOfflineUntilItAppears() throws Exception {
        InMemoryTransport transport = new InMemoryTransport();
        transport.failOpens(Integer.MAX_VALUE);
        try (SerialBarcodeScanner scanner = new SerialBarcodeScanner(transport, ScanFraming.defaults(), Duration.ofMillis(20))) {
            scanner.addListener(listener);
            scanner.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            while (scanner.status() != DeviceStatus.OFFLINE && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(scanner.status()).isEqualTo(DeviceStatus.OFFLINE);
            assertThat(scanner.lastProblem()).contains("not present");
            transport.failOpens(0); // plugged in
            transport.deviceSends("A023\r");
            assertThat(scans.poll(3, TimeUnit.SECONDS).text()).isEqualTo("A023");
            assertThat(scanner.status()).isEqualTo(DeviceStatus.READY);
        }
    }

    @Test
    void aRealPtyDeliversScans() throws Exception {
        try (PtyPair pty = PtyPair.open();
             PtySerialTransport deviceSide = new PtySerialTransport(pty.b().toString());
             SerialBarcodeScanner scanner = new SerialBarcodeScanner(new PtySerialTransport(pty.a().toString()),
                     ScanFraming.defaults(), Duration.ofMillis(50))) {
            scanner.addListener(listener);
            scanner.start();
            deviceSide.open();
            deviceSide.write("A023\r\nRSSMRA85T10A562S\r\n".getBytes(StandardCharsets.US_ASCII), Duration.ofSeconds(1));
            assertThat(scans.poll(3, TimeUnit.SECONDS)).extracting(Scan::text).isEqualTo("A023");
            assertThat(scans.poll(3, TimeUnit.SECONDS)).extracting(Scan::text).isEqualTo("RSSMRA85T10A562S");
            assertThat(scanner.describe()).startsWith("pty:");
        }
    }
}
