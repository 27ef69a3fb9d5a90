package org.sportello.server.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sportello.model.office.OfficeDirectory;
import org.sportello.model.office.ServiceInfo;
import org.sportello.model.queue.QueueService;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.model.queue.QueueOverview;
import org.sportello.model.queue.Ticket;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The waiting tickets, longest in line first, and the counts per service.")
final class QueueListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    StationClient.Options station;

    @Option(names = "--json", negatable = false, description = "Print one JSON document instead of tables.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CliEnvironment env = SportelloCommand.environment(spec);
        if (station.remote(env)) {
            try (StationClient client = station.open(env)) {
                client.run(() -> print(out, client.queue(), client.directory()));
            }
        } else {
            try (OfficeConnection office = OfficeAccess.connect(database.resolve(env))) {
                print(out, office.queue(), office.directory());
            }
        }
        return ExitCode.OK.code();
    }

    private void print(PrintWriter out, QueueService queue, OfficeDirectory directory) {
        QueueOverview overview = queue.overview();
        List<Ticket> waiting = queue.waiting();
        Map<UUID, ServiceInfo> services = directory.services().stream()
                .collect(Collectors.toMap(ServiceInfo::id, Function.identity()));
        Instant now = overview.at();
        if (json) {
            out.println(json(directory.office().code(), now, waiting, overview, services));
        } else {
            table(out, now, waiting, overview, services);
        }
    }

    private static String json(String officeCode, Instant now, List<Ticket> waiting, QueueOverview overview,
                               Map<UUID, ServiceInfo> services) {
        JsonWriter w = new JsonWriter().beginObject()
                .field("office", officeCode)
                .field("at", now.toString())
                .field("totalWaiting", waiting.size());
        w.name("waiting").beginArray();
        for (Ticket t : waiting) {
            w.beginObject()
                    .field("code", t.code())
                    .field("service", prefix(services, t.serviceId()))
                    .field("priority", t.priority().name())
                    .field("queuedSince", t.queuedSince().toString())
                    .field("waitedSeconds", waited(t, now).toSeconds())
                    .endObject();
        }
        w.endArray();
        w.name("services").beginArray();
        for (QueueOverview.ServiceQueue s : overview.services()) {
            w.beginObject()
                    .field("service", s.prefix())
                    .field("name", services.containsKey(s.serviceId()) ? services.get(s.serviceId()).nameEn() : null)
                    .field("waiting", s.waiting())
                    .field("priorityWaiting", s.priorityWaiting())
                    .field("longestWaitSeconds", s.longestWait().toSeconds())
                    .field("servedToday", s.servedToday())
                    .endObject();
        }
        return w.endArray().endObject().toString();
    }

    private static void table(PrintWriter out, Instant now, List<Ticket> waiting, QueueOverview overview,
                              Map<UUID, ServiceInfo> services) {
        if (waiting.isEmpty()) {
            out.println("Nobody waiting.");
        } else {
            out.println("Waiting: " + waiting.size());
            out.printf("%-7s %-8s %-11s %s%n", "CODE", "SERVICE", "PRIORITY", "WAITED");
            for (Ticket t : waiting) {
                out.printf("%-7s %-8s %-11s %s%n", t.code(), prefix(services, t.serviceId()), t.priority(),
                        clock(waited(t, now)));
            }
        }
        out.println();
        out.printf("%-8s %7s %9s %9s %7s%n", "SERVICE", "WAITING", "PRIORITY", "LONGEST", "SERVED");
        for (QueueOverview.ServiceQueue s : overview.services()) {
            out.printf("%-8s %7d %9d %9s %7d%n", s.prefix(), s.waiting(), s.priorityWaiting(),
                    clock(s.longestWait()), s.servedToday());
        }
    }

    private static String prefix(Map<UUID, ServiceInfo> services, UUID serviceId) {
        ServiceInfo s = services.get(serviceId);
        return s == null ? "?" : s.prefix();
    }

    private static Duration waited(Ticket t, Instant now) {
        Duration d = Duration.between(t.queuedSince(), now);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** "0:04:07": hours, minutes, seconds. */
    private static String clock(Duration d) {
        return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
}
