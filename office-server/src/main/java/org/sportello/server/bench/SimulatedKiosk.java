package org.sportello.server.bench;

import org.sportello.model.common.UuidV7;
import java.time.ZoneId;
import java.util.SplittableRandom;
import org.sportello.devices.printer.TicketPrintout;
import org.sportello.devices.printer.escpos.EscPosTicketPrinter;
import org.sportello.devices.printer.escpos.PrinterProfile;
import org.sportello.devices.transport.SimulatedTransport;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.QueueService;
import org.sportello.model.queue.Ticket;

/**
 * A kiosk tapped as fast as the office answers, through its own station's link: the tap is timed from
 * the issue call to the ticket's ESC/POS bytes written to an in-memory printer, the kiosk's whole path.
 */
final class SimulatedKiosk implements Runnable {
    /** One kiosk tap in twenty asks for priority, about what offices report. */
    private static final int PRIORITY_ONE_IN = 20;
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final QueueService queue;
    private final BenchLoad load;
    private final int services;
    private final SplittableRandom random;
    private final SimulatedTransport paper = new SimulatedTransport();
    private final EscPosTicketPrinter printer = new EscPosTicketPrinter(paper, PrinterProfile.EPSON_TM_T20);
    /** Tap → ticket bytes, per measurement window. */
    final LatencySamples[] taps;

    SimulatedKiosk(QueueService queue, BenchLoad load, int services, int number, int windows) {
        this.queue = queue;
        this.load = load;
        this.services = services;
        this.random = new SplittableRandom(number);
        this.taps = LatencySamples.perWindow(windows);
        // A printer that is ready: every DLE EOT n status request gets the all-clear byte (fixed bits
        // only), so the driver runs its whole path, status before and after, every time.
        paper.respondWith(sent -> sent.length == 3 && sent[0] == 0x10 && sent[1] == 0x04
                ? new byte[] {0x12} : new byte[0]);
    }

    @Override
    public void run() {
        while (!load.stop) {
            if (load.waiting.get() >= load.backlog) {
                // The hall is full: the next citizen is still in the doorway.
                BenchLoad.sleep(BenchLoad.PAUSE);
                continue;
            }
            String prefix = BenchmarkOffice.prefix(random.nextInt(services));
            PriorityClass priority = random.nextInt(PRIORITY_ONE_IN) == 0 ? PriorityClass.ELDERLY
                    : PriorityClass.STANDARD;
            IssueRequest tap = new IssueRequest(prefix, priority, "it", UuidV7.next().toString());
            int window = load.window;
            long start = System.nanoTime();
            // Counted before the call: a desk may call the ticket before its answer reaches this kiosk,
            // and the line's length must never read below zero.
            load.waiting.incrementAndGet();
            IssuedTicket issued;
            try {
                issued = queue.issue(tap);
            } catch (RuntimeException e) {
                load.waiting.decrementAndGet();
                load.failed(e);
                BenchLoad.sleep(BenchLoad.PAUSE);
                continue;
            }
            try {
                print(issued);
            } catch (RuntimeException e) {
                load.failed(e);
                BenchLoad.sleep(BenchLoad.PAUSE);
                continue;
            }
            long end = System.nanoTime();
            if (window != BenchLoad.NOT_RECORDING && window == load.window) {
                taps[window].add(end - start);
            }
        }
    }

    /** What the kiosk prints; the bytes go to the in-memory printer, as they would to a USB one. */
    private void print(IssuedTicket issued) {
        Ticket t = issued.ticket();
        TicketPrintout printout = new TicketPrintout("Centro per l'Impiego (benchmark)", issued.service().nameIt(),
                t.code(), t.issuedAt().atZone(ROME), "Persone in attesa prima di lei: " + issued.peopleAhead(),
                "Attesa stimata: circa " + issued.estimatedWaitMinutes() + " minuti",
                t.priority().isPriority() ? "Precedenza" : "", t.id().toString(),
                "Il biglietto non contiene dati personali.", "it");
        var result = printer.print(printout);
        if (!result.printed()) {
            throw new IllegalStateException("benchmark printer refused the ticket: " + result.detail());
        }
        paper.clearWritten();
    }
}
