package org.sportello.server.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.sportello.devices.scanner.DroppedFrame;
import org.sportello.devices.scanner.Scan;
import org.sportello.devices.scanner.ScanFraming;
import org.sportello.devices.scanner.ScanListener;
import org.sportello.devices.scanner.SerialBarcodeScanner;
import org.sportello.devices.transport.TransportSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "read-scan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print what a serial (USB-CDC or RS-232) barcode scanner sends, one line per frame, and "
                + "every frame thrown away with the reason (a wrong baud rate shows as garbage).",
            "Stops after --seconds, or after --count frames."},
        exitCodeListHeading = DeviceExitCodes.HEADING,
        exitCodeList = {DeviceExitCodes.OK, DeviceExitCodes.FAILURE, DeviceExitCodes.USAGE,
            "5:nothing scanned in time, or the port failed"})
final class DevicesReadScanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--transport", required = true, paramLabel = "T", converter = TransportSpecConverter.class,
            description = "The scanner's port, e.g. serial:/dev/ttyACM0@9600.")
    TransportSpec transport;

    @Option(names = "--seconds", defaultValue = "10", paramLabel = "N",
            description = "How long to listen (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--count", defaultValue = "0", paramLabel = "N",
            description = "Stop after this many frames (default: listen for all of --seconds).")
    int count;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        AtomicInteger scans = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(count > 0 ? count : Integer.MAX_VALUE);
        SerialBarcodeScanner scanner = new SerialBarcodeScanner(DeviceLinks.open(transport), ScanFraming.defaults(),
                Duration.ofSeconds(1));
        scanner.addListener(new ScanListener() {
            @Override
            public void onScan(Scan scan) {
                synchronized (out) {
                    out.println("scan " + scans.incrementAndGet() + ": " + scan.text());
                    out.flush();
                }
                enough.countDown();
            }

            @Override
            public void onDropped(DroppedFrame dropped) {
                synchronized (out) {
                    out.println("dropped (" + dropped.reason() + ", " + dropped.detail() + "): "
                            + printable(dropped.partialText()));
                    out.flush();
                }
            }
        });
        out.println("Listening on " + transport.text() + " for " + seconds + " s ...");
        out.flush();
        try {
            scanner.start();
            enough.await(seconds, TimeUnit.SECONDS);
        } finally {
            scanner.close();
        }
        out.println(scans.get() + " scan(s)");
        if (scans.get() == 0) {
            throw new CliFailure(ExitCode.DEVICE, "nothing scanned within " + seconds + " s"
                    + (scanner.lastProblem().isEmpty() ? "" : "; last link problem: " + scanner.lastProblem()));
        }
        return ExitCode.OK.code();
    }

    /** Control bytes of a garbled frame shown as hex, so the terminal is not messed up. */
    private static String printable(String text) {
        StringBuilder s = new StringBuilder();
        for (char c : text.toCharArray()) {
            s.append(c < 0x20 || c == 0x7F ? String.format("<%02X>", (int) c) : String.valueOf(c));
        }
        return s.toString();
    }
}
