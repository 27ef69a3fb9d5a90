package org.sportello.server.bench;

import java.time.Duration;
import java.util.Arrays;

/**
 * Durations in nanoseconds, kept whole so percentiles are exact. One instance per thread while
 * recording (not thread-safe); merged afterwards.
 */
public final class LatencySamples {
    private long[] values = new long[1024];
    private int size;

    public void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    /** One (empty) set of samples per measurement window. */
    static LatencySamples[] perWindow(int windows) {
        LatencySamples[] all = new LatencySamples[windows];
        for (int i = 0; i < windows; i++) {
            all[i] = new LatencySamples();
        }
        return all;
    }

    public int count() {
        return size;
    }

    public static LatencySamples merge(Iterable<LatencySamples> parts) {
        LatencySamples all = new LatencySamples();
        for (LatencySamples p : parts) {
            for (int i = 0; i < p.size; i++) {
                all.add(p.values[i]);
            }
        }
        return all;
    }

    /** Nearest-rank percentiles of what was recorded; all zero when nothing was. */
    public Summary summary() {
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return new Summary(size, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
                size == 0 ? Duration.ZERO : Duration.ofNanos(sorted[size - 1]));
    }

    private static Duration rank(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return Duration.ZERO;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return Duration.ofNanos(sorted[Math.max(0, Math.min(sorted.length - 1, index))]);
    }

    public record Summary(int count, Duration p50, Duration p95, Duration p99, Duration max) {
    }
}
