package org.sportello.server.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time used so far, per group of threads: the H2 server's session threads, each kind of simulated
 * client, and the rest of the process (GC, JIT, pool housekeeping). The difference of two snapshots
 * says where a benchmark's CPU went.
 */
record CpuSnapshot(Map<String, Long> nanosByGroup, long processNanos) {
    static final String SERVER = "H2 server sessions";
    static final String REST = "rest of the JVM (GC, JIT, pools)";

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
        long process = processCpu();
        if (process > 0) {
            byGroup.merge(REST, Math.max(0, process - visible), Long::sum);
        }
        return new CpuSnapshot(byGroup, process);
    }

    private static String group(String threadName) {
        if (threadName.startsWith("H2 TCP Server")) {
            return SERVER;
        }
        if (threadName.startsWith(org.sportello.server.storage.ServedQueue.TURN_THREAD)) {
            return "office queue turns (one thread: rules in memory, group commits)";
        }
        if (threadName.startsWith(QueueBenchmark.KIOSK_THREAD)) {
            return "kiosks (client side)";
        }
        if (threadName.startsWith(QueueBenchmark.OPERATOR_THREAD)) {
            return "operators (client side)";
        }
        if (threadName.startsWith(QueueBenchmark.DISPLAY_THREAD)) {
            return "hall display (client side)";
        }
        return REST;
    }

    private static long processCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
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
