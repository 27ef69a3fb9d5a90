package org.sportello.server.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sportello.devices.printer.TicketPrintout;
import org.sportello.devices.printer.escpos.PrinterProfile;
import org.sportello.devices.printer.escpos.RasterImage;
import org.sportello.devices.printer.escpos.RasterImageConverter;
import org.sportello.devices.printer.escpos.TicketLayout;
import org.sportello.devices.scanner.KeyBurst;
import org.sportello.devices.scanner.KeystrokeBurstDetector;
import org.sportello.devices.transport.Transport;
import org.sportello.devices.transport.TransportSpec;
import org.sportello.devices.transport.Transports;
import org.sportello.devices.transport.pty.PtyPair;

/**
 * {@code sportello bench devices}: what the devices cost in time. A full kiosk ticket (logo, large
 * number, QR) through the real ESC/POS layout; its time on a serial wire, computed from the bytes and
 * the line's framing and measured through a real pty; and how long a keyboard-wedge scan takes from
 * its last key to the scan handler through the burst detector, with the apps' 15 ms timer.
 */
public final class DeviceBenchmark {
    /** The rates kiosks' serial printers and LED boards are usually set to. */
    public static final List<Integer> BAUD_RATES = List.of(9600, 115_200);
    /** Start bit + 8 data bits + stop bit (8N1); 7E1 is also 10 bits a byte. */
    static final int BITS_PER_BYTE = 10;
    /** Like the operator window's ticker (WedgeInput.TICK). */
    static final Duration TICK = Duration.ofMillis(15);

    public record Settings(int encodeWarmup, int encodeRuns, int wireRuns, int scans) {
    }

    /** One serial rate: computed wire time, and what the pty measured (empty where no pty could be made). */
    public record Wire(int baud, Duration computed, Optional<LatencySamples.Summary> measured) {
    }

    public record Result(MachineInfo machine, PrinterProfile profile, int ticketBytes, int logoWidth, int logoHeight,
                         LatencySamples.Summary encode, List<Wire> wires, String ptyNote,
                         LatencySamples.Summary scanToHandler, LatencySamples.Summary typedRedelivery,
                         int scanCharacters, Duration scanKeyGap) {
    }

    private DeviceBenchmark() {
    }

    public static Result run(Settings settings, Consumer<String> progress) throws IOException, InterruptedException {
        PrinterProfile profile = PrinterProfile.EPSON_TM_T20;
        BufferedImage logoImage = logo();
        RasterImage logo = RasterImageConverter.fromImage(logoImage, profile.dotWidth());
        TicketLayout layout = new TicketLayout(profile, Optional.of(logo));
        TicketPrintout ticket = ticket();

        progress.accept("encoding a full ticket (" + settings.encodeWarmup() + " warm-up, " + settings.encodeRuns()
                + " measured)…");
        byte[] bytes = layout.render(ticket);
        for (int i = 0; i < settings.encodeWarmup(); i++) {
            bytes = layout.render(ticket);
        }
        LatencySamples encode = new LatencySamples();
        for (int i = 0; i < settings.encodeRuns(); i++) {
            long t0 = System.nanoTime();
            bytes = layout.render(ticket);
            encode.add(System.nanoTime() - t0);
        }

        List<Wire> wires = new ArrayList<>();
        String note = "through a pty pair made in-process (two pseudo-terminals joined by a copying thread, as socat"
                + " does) with jSerialComm on both ends";
        for (int baud : BAUD_RATES) {
            Optional<LatencySamples.Summary> measured = Optional.empty();
            if (!note.startsWith(NOT_MEASURED)) {
                progress.accept("writing the ticket through a pty at " + baud + " baud, " + settings.wireRuns() + " times…");
                try {
                    measured = Optional.of(overPty(bytes, baud, settings.wireRuns()).summary());
                } catch (PtyUnavailable e) {
                    // The rest of the benchmark needs no pty: report why this part is missing and go on.
                    note = NOT_MEASURED + e.getMessage();
                }
            }
            wires.add(new Wire(baud, wireTime(bytes.length, baud), measured));
        }

        progress.accept("typing " + settings.scans() + " wedge scans through the burst detector…");
        String code = "RSSMRA85T10A562S";
        Duration gap = Duration.ofMillis(2);
        LatencySamples[] scan = wedgeScans(code, gap, settings.scans());
        return new Result(MachineInfo.current(), profile, bytes.length, logo.widthDots(), logo.heightDots(),
                encode.summary(), wires, note, scan[0].summary(), scan[1].summary(), code.length(), gap);
    }

    /** Bytes × bits per byte ÷ baud: the time the line itself needs, with no gaps between bytes. */
    public static Duration wireTime(int bytes, int baud) {
        return Duration.ofNanos(Math.round(bytes * (double) BITS_PER_BYTE / baud * 1e9));
    }

    /** The ticket a kiosk prints for a citizen, in Italian. */
    static TicketPrintout ticket() {
        return new TicketPrintout("Centro per l'Impiego di Bologna", "Iscrizione, DID e certificati", "B023",
                ZonedDateTime.of(2026, 11, 24, 10, 15, 0, 0, ZoneId.of("Europe/Rome")),
                "3 persone in attesa prima di lei", "Attesa stimata: circa 12 minuti", "",
                "0192f3a4-5b6c-7d8e-9f01-23456789abcd", "I suoi dati non sono registrati su questo biglietto.", "it");
    }

    /**
     * A stand-in for an office's logo: a 384 × 120 emblem and lettering, drawn here so the
     * benchmark needs no file. Dithered to the printer's width like a real PNG would be.
     */
    static BufferedImage logo() {
        BufferedImage img = new BufferedImage(384, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 384, 120);
        g.setColor(new Color(0x1f, 0x4e, 0x8c));
        g.fillOval(8, 10, 100, 100);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(8));
        g.drawArc(28, 30, 60, 60, 30, 300);
        g.setColor(new Color(0x30, 0x30, 0x30));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 34));
        g.drawString("Centro per", 122, 52);
        g.drawString("l'Impiego", 122, 94);
        g.dispose();
        return img;
    }

    private static final String NOT_MEASURED = "not measured: ";

    /** The machine cannot make a pseudo-terminal (not Linux, no /dev/ptmx, native access denied). */
    private static final class PtyUnavailable extends IOException {
        PtyUnavailable(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private static LatencySamples overPty(byte[] bytes, int baud, int runs) throws IOException {
        PtyPair pair;
        try {
            pair = PtyPair.open();
        } catch (IOException e) {
            throw new PtyUnavailable(e);
        }
        LatencySamples samples = new LatencySamples();
        try (pair;
             Transport printerSide = Transports.open(TransportSpec.Serial.of(pair.a().toString(), baud));
             Transport kioskSide = Transports.open(TransportSpec.Serial.of(pair.b().toString(), baud))) {
            byte[] buffer = new byte[8192];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                kioskSide.write(bytes, Duration.ofSeconds(30));
                int got = 0;
                while (got < bytes.length) {
                    int n = printerSide.read(buffer, Duration.ofSeconds(10));
                    if (n <= 0) {
                        throw new IOException("the pty delivered " + got + " of " + bytes.length + " bytes");
                    }
                    got += n;
                }
                samples.add(System.nanoTime() - t0);
            }
        }
        return samples;
    }

    /**
     * Keys typed in real time on one thread, the detector ticked every {@link #TICK} on another (as
     * the app's timer does), both under one lock as on the FX thread. [0]: suffix key to scan
     * handler; [1]: a person's last key to its re-delivery to the field.
     */
    static LatencySamples[] wedgeScans(String code, Duration gap, int scans) throws InterruptedException {
        KeystrokeBurstDetector detector = KeystrokeBurstDetector.defaults();
        Object fxThread = new Object();
        LatencySamples scanned = new LatencySamples();
        LatencySamples typed = new LatencySamples();
        long[] lastKey = new long[1];
        Thread ticker = Thread.ofPlatform().daemon().name("wedge-tick").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                synchronized (fxThread) {
                    for (KeyBurst b : detector.tick(System.nanoTime())) {
                        if (b instanceof KeyBurst.Typed) {
                            typed.add(System.nanoTime() - lastKey[0]);
                        }
                    }
                }
                try {
                    Thread.sleep(TICK);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try {
            for (int i = 0; i < scans; i++) {
                for (char c : code.toCharArray()) {
                    synchronized (fxThread) {
                        detector.onKey(c, System.nanoTime());
                    }
                    Thread.sleep(gap);
                }
                synchronized (fxThread) {
                    long suffix = System.nanoTime();
                    for (KeyBurst b : detector.onKey('\r', suffix)) {
                        if (b instanceof KeyBurst.Scanned) {
                            scanned.add(System.nanoTime() - suffix);
                        }
                    }
                }
                // A person types two letters between scans: held, then given back by the ticker.
                Thread.sleep(100);
                synchronized (fxThread) {
                    detector.onKey('o', System.nanoTime());
                    lastKey[0] = System.nanoTime();
                    detector.onKey('k', lastKey[0]);
                }
                Thread.sleep(100);
            }
        } finally {
            ticker.interrupt();
            ticker.join(1000);
        }
        return new LatencySamples[] {scanned, typed};
    }
}
