package org.sportello.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(5)
class WedgeAndSimulatedScannerTest {
    @Test
    void wedgeScannerDeliversBurstsOnlyWhileStarted() {
        List<String> seen = new CopyOnWriteArrayList<>();
        WedgeBarcodeScanner scanner = new WedgeBarcodeScanner();
        scanner.addListener(scan -> seen.add(scan.text()));
        scanner.offer(new KeyBurst.Scanned("BEFORE", 1, 2));
        scanner.start();
        scanner.addListener(scan -> {
            throw new IllegalStateException("a broken handler");
        });
        scanner.offer(new KeyBurst.Scanned("0193a1f2", 10, 20));
        scanner.close();
        scanner.offer(new KeyBurst.Scanned("AFTER", 30, 40));
        assertThat(seen).containsExactly("0193a1f2");
    }

    @Test
    void simulatedScannerPresentsCodes() {
        List<Scan> seen = new CopyOnWriteArrayList<>();
        SimulatedBarcodeScanner scanner = new SimulatedBarcodeScanner();
        scanner.addListener(seen::add);
        scanner.start();
        scanner.scan("A023");
        assertThat(seen).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("A023");
            assertThat(s.device()).isEqualTo("sim:scanner");
        });
    }
}
