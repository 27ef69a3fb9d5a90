package org.sportello.server.contention;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.model.queue.PriorityClass;
import org.sportello.server.testing.TestOffice;

/**
 * A kiosk workstation in its own JVM, for the numbering contention test. Usage:
 * {@code IssuingClient URL NAME THREADS TICKETS_PER_THREAD SHARED_KEYS}.
 *
 * <p>Connects, prints {@code READY}, waits for a line on stdin (so every client starts together),
 * then each thread issues its tickets through its own {@link OfficeConnection}, plus one tap for each
 * shared key that every client sends too. Prints one {@code TICKET code key} line per answer and
 * {@code DONE} at the end.
 */
public final class IssuingClient {
    private IssuingClient() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String name = args[1];
        int threads = Integer.parseInt(args[2]);
        int perThread = Integer.parseInt(args[3]);
        int sharedKeys = Integer.parseInt(args[4]);
        Clock clock = Clock.fixed(TestOffice.TUESDAY_MORNING.atZone(TestOffice.ROME).toInstant(), TestOffice.ROME);
        List<OfficeConnection> connections = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            connections.add(OfficeConnection.open(OfficeDatabase.open(url), clock));
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.println("READY");
        out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();

        ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            OfficeConnection office = connections.get(t);
            int thread = t;
            workers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < perThread; i++) {
                    if (i < sharedKeys && thread == 0) {
                        lines.add(line(office, ContentionPlan.SERVICES.getFirst(), ContentionPlan.sharedKey(i)));
                    }
                    String service = ContentionPlan.SERVICES.get((i + thread) % ContentionPlan.SERVICES.size());
                    lines.add(line(office, service, name + "-" + thread + "-" + i));
                }
            }));
        }
        for (Thread w : workers) {
            w.join();
        }
        lines.forEach(out::println);
        out.println("DONE");
        out.flush();
        connections.forEach(OfficeConnection::close);
    }

    private static String line(OfficeConnection office, String service, String key) {
        IssuedTicket t = office.queue().issue(new IssueRequest(service, PriorityClass.STANDARD, "it", key));
        return "TICKET " + t.ticket().code() + " " + key;
    }
}
