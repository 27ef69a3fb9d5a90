package org.sportello.server.bench;

import java.time.Duration;
import java.util.List;

/**
 * What one run of the queue benchmark measured, counted over the measurement window only (the
 * warm-up is left out).
 */
public record QueueBenchmarkResult(
        QueueBenchmark.Settings settings,
        MachineInfo machine,
        Duration window,
        long issued,
        long finishedCycles,
        long emptyCalls,
        LatencySamples.Summary tapToTicket,
        LatencySamples.Summary callToDisplay,
        long callsNotSeenByDisplay,
        LatencySamples.Summary callNext,
        LatencySamples.Summary finish,
        LatencySamples.Summary displayPoll,
        long waitingAtEnd,
        long errors,
        String firstError,
        List<CpuShare> cpu,
        List<StatementCost> statements,
        Integrity integrity) {

    /** The floors of the "Office queue, end to end" issue. */
    public static final Duration TAP_TO_TICKET_P95_FLOOR = Duration.ofMillis(20);
    public static final Duration CALL_TO_DISPLAY_P95_FLOOR = Duration.ofMillis(150);
    public static final double CYCLES_PER_SECOND_FLOOR = 1000;

    public double issuedPerSecond() {
        return perSecond(issued);
    }

    public double cyclesPerSecond() {
        return perSecond(finishedCycles);
    }

    private double perSecond(long count) {
        return window.isZero() ? 0 : count / (window.toNanos() / 1e9);
    }

    /** CPU time one group of threads used during the window. */
    public record CpuShare(String group, long nanos, double percent) {
    }

    /**
     * One SQL statement as the H2 server counted it during the window (QUERY_STATISTICS).
     *
     * @param totalMillis execution time inside H2 only, without network and client time
     */
    public record StatementCost(String sql, long executions, double totalMillis, double averageMillis) {
    }

    /**
     * Checked in the database after the run.
     *
     * @param tickets           tickets issued over the whole run, warm-up included
     * @param numberingHoles    per service, how far the numbers miss 1..n (0 means gapless and unique)
     * @param ticketsCalledTwice tickets with more than one TICKET_CALLED event
     */
    public record Integrity(long tickets, long numberingHoles, long ticketsCalledTwice) {
        public boolean ok() {
            return numberingHoles == 0 && ticketsCalledTwice == 0;
        }
    }
}
