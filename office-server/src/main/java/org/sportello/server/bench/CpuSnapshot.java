package org.sportello.server.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sportello.server.storage.ServedQueue;

/**
 * CPU time used so far, per group of threads: the office server's parts (the gRPC call executor, the
 * Netty event loops that do TLS and HTTP/2, the queue's turn thread, the event broadcast), each kind of
 * simulated station, and the rest of the process (GC, JIT, pool housekeeping). The difference of two
 * snapshots says where a benchmark's CPU went.
 */
record CpuSnapshot(Map<String, Long> nanosByGroup, long processNanos) {
    static final String REST = "rest of the JVM (GC, JIT, timers, pools)";
    /** Thread-name prefixes and the group they belong to, first match wins. */
    private static final List<Map.Entry<String, String>> GROUPS = List.of(
            Map.entry(ServedQueue.TURN_THREAD, "office queue turns (one thread: rules in memory, group commits)"),
            Map.entry(org.sportello.server.OfficeServer.CALL_THREAD,
                    "server call executor (gRPC handlers: checks, sessions, wire encoding, waiting on the turn)"),
            Map.entry(org.sportello.server.OfficeServer.NETWORK_THREAD,
                    "server Netty event loops (TLS 1.3, HTTP/2, protobuf framing)"),
            Map.entry("grpc-default-executor", "gRPC default executor (stations' stream callbacks)"),
            Map.entry("grpc-nio-", "stations' Netty event loops (TLS 1.3, HTTP/2)"),
            Map.entry("grpc-default-worker", "stations' Netty event loops (TLS 1.3, HTTP/2)"),
            Map.entry("grpc-default-boss", "stations' Netty event loops (TLS 1.3, HTTP/2)"),
            Map.entry("grpc-epoll-", "stations' Netty event loops (TLS 1.3, HTTP/2)"),
            Map.entry(BenchStations.NETWORK_THREAD, "stations' Netty event loop (TLS 1.3, HTTP/2, the displays' stream callbacks)"),
            Map.entry("event-broadcast", "event broadcast (reads the office log, hands events to the streams)"),
            Map.entry("ForkJoinPool-", "virtual threads (the broadcast's per-stream senders)"),
            Map.entry(QueueBenchmark.KIOSK_THREAD, "kiosks (client side: blocking calls, ESC/POS ticket)"),
            Map.entry(QueueBenchmark.DESK_THREAD, "desks (client side: blocking calls)"),
            Map.entry("MVStore", "H2 background writer"));

    static CpuSnapshot take() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> byGroup = new LinkedHashMap<>();
        long[] ids = threads.getAllThreadIds();
        ThreadInfo[] infos = threads.getThreadInfo(ids);
        long visible = 0;
        for (int i = 0; i < ids.length; i++) {
            long cpu = threads.getThreadCpuTime(ids[i]);
            if (cpu < 0 || infos[i] == null) {
                continue;
            }
            visible += cpu;
            byGroup.merge(group(infos[i].getThreadName()), cpu, Long::sum);
        }
        long process = MachineLoad.processCpu();
        if (process > 0) {
            // Threads that ended between two snapshots, and the JVM's own (GC, JIT) that no bean lists.
            byGroup.merge(REST, Math.max(0, process - visible), Long::sum);
        }
        return new CpuSnapshot(byGroup, process);
    }

    static String group(String threadName) {
        for (Map.Entry<String, String> g : GROUPS) {
            if (threadName.startsWith(g.getKey())) {
                return g.getValue();
            }
        }
        return REST;
    }

    /** CPU used between {@code earlier} and this snapshot, per group, largest first. */
    List<QueueBenchmarkResult.CpuShare> since(CpuSnapshot earlier) {
        List<QueueBenchmarkResult.CpuShare> shares = new ArrayList<>();
        long total = nanosByGroup.entrySet().stream()
                .mapToLong(e -> Math.max(0, e.getValue() - earlier.nanosByGroup.getOrDefault(e.getKey(), 0L))).sum();
        nanosByGroup.forEach((group, nanos) -> {
            long used = Math.max(0, nanos - earlier.nanosByGroup.getOrDefault(group, 0L));
            shares.add(new QueueBenchmarkResult.CpuShare(group, used, total == 0 ? 0 : 100.0 * used / total));
        });
        shares.sort((a, b) -> Long.compare(b.nanos(), a.nanos()));
        return shares;
    }
}
