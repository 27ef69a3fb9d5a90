package org.sportello.server.contention;

import io.grpc.ManagedChannel;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.QueueService;
import org.sportello.protocol.client.RemoteQueue;
import org.sportello.protocol.station.OfficeAddress;
import org.sportello.protocol.station.OfficeChannels;
import org.sportello.protocol.station.StationJoin;

/**
 * Kiosk stations in their own JVM, for the numbering contention test. Usage:
 * {@code IssuingClient ADDRESS ENROLMENT_PORT NAME IDENTITY_DIR TICKETS_PER_THREAD SHARED_KEYS CODE...}.
 *
 * <p>Each code is one kiosk station: it joins the office with it (its key pair made here), connects,
 * and gets a thread. Prints {@code READY}, waits for a line on stdin (so every client starts together),
 * then each thread issues its tickets through its own station, plus one tap for each shared key that
 * every client sends too. Prints one {@code TICKET code key} line per answer and {@code DONE} at the end.
 */
public final class IssuingClient {
    private IssuingClient() {
    }

    public static void main(String[] args) throws Exception {
        OfficeAddress office = OfficeAddress.parse(args[0]);
        int enrolmentPort = Integer.parseInt(args[1]);
        String name = args[2];
        Path identities = Path.of(args[3]);
        int perThread = Integer.parseInt(args[4]);
        int sharedKeys = Integer.parseInt(args[5]);
        List<ManagedChannel> channels = new ArrayList<>();
        for (int i = 6; i < args.length; i++) {
            StationJoin.Joined joined = StationJoin.join(office, enrolmentPort, args[i],
                    identities.resolve(name + "-" + (i - 6)));
            channels.add(OfficeChannels.open(office, joined.identity()));
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.println("READY");
        out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();

        ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < channels.size(); t++) {
            QueueService queue = new RemoteQueue(channels.get(t));
            int thread = t;
            workers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < perThread; i++) {
                    if (i < sharedKeys && thread == 0) {
                        lines.add(line(queue, ContentionPlan.SERVICES.getFirst(), ContentionPlan.sharedKey(i)));
                    }
                    String service = ContentionPlan.SERVICES.get((i + thread) % ContentionPlan.SERVICES.size());
                    lines.add(line(queue, service, name + "-" + thread + "-" + i));
                }
            }));
        }
        for (Thread w : workers) {
            w.join();
        }
        lines.forEach(out::println);
        out.println("DONE");
        out.flush();
        channels.forEach(ManagedChannel::shutdownNow);
    }

    private static String line(QueueService queue, String service, String key) {
        IssuedTicket t = queue.issue(new IssueRequest(service, PriorityClass.STANDARD, "it", key));
        return "TICKET " + t.ticket().code() + " " + key;
    }
}
