package org.sportello.server.bench;

import java.time.Duration;
import java.util.List;

/**
 * What one run of the queue benchmark measured: one {@link Phase} per backlog, each counted over its
 * measurement window only (the filling and the warm-up are left out).
 *
 * @param stations  the enrolled stations the run used (kiosks, desks, displays)
 * @param loadAtStart the machine's load averages before the benchmark started its own load
 */
public record QueueBenchmarkResult(
        QueueBenchmark.Settings settings,
        MachineInfo machine,
        String loadAtStart,
        int stations,
        List<Phase> phases,
        long errors,
        String firstError,
        Integrity integrity) {

    /** The floors of issue 9 ("One trust boundary"), on the 2-core machine. */
    public static final Duration TAP_TO_TICKET_P95_FLOOR = Duration.ofMillis(20);
    public static final Duration CALL_TO_DISPLAY_P95_FLOOR = Duration.ofMillis(50);
    public static final double CYCLES_PER_SECOND_FLOOR = 1500;
    /** The p95s with a long line may be at most this much above those with a short one. */
    public static final double BACKLOG_P95_TOLERANCE = 0.20;

    /**
     * One backlog's measurement.
     *
     * @param callToDisplay  call pressed at a desk → its TICKET_CALLED event received by a display, one
     *                       sample per call and display
     * @param answerToDisplay the same from the moment the desk had its answer (negative values, an event
     *                       faster than the answer, count as 0)
     * @param callsNotSeen   (call, display) pairs whose event had not arrived when the run ended
     * @param waitingMin     the fewest tickets waiting seen during the window (sampled every 50 ms)
     * @param othersCpuSeconds CPU other processes on the machine used during the window (-1: unknown)
     */
    public record Phase(int backlog, Duration window, long issued, long cycles, long emptyCalls,
                        LatencySamples.Summary tapToTicket, LatencySamples.Summary callToDisplay,
                        LatencySamples.Summary answerToDisplay, long callsNotSeen,
                        LatencySamples.Summary callNext, LatencySamples.Summary finish,
                        long waitingMin, double waitingMean, long waitingMax, double othersCpuSeconds,
                        List<CpuShare> cpu, List<StatementCost> statements, Duration compilerSettled) {

        public double issuedPerSecond() {
            return perSecond(issued);
        }

        public double cyclesPerSecond() {
            return perSecond(cycles);
        }

        private double perSecond(long count) {
            return window.isZero() ? 0 : count / (window.toNanos() / 1e9);
        }

        public boolean cyclesMet() {
            return cyclesPerSecond() >= CYCLES_PER_SECOND_FLOOR;
        }

        public boolean tapMet() {
            return tapToTicket.count() > 0 && tapToTicket.p95().compareTo(TAP_TO_TICKET_P95_FLOOR) <= 0;
        }

        public boolean displayMet() {
            return callToDisplay.count() > 0 && callToDisplay.p95().compareTo(CALL_TO_DISPLAY_P95_FLOOR) <= 0;
        }
    }

    /** CPU time one group of threads used during the window. */
    public record CpuShare(String group, long nanos, double percent) {
    }

    /**
     * One SQL statement as the embedded H2 counted it during the window (QUERY_STATISTICS).
     *
     * @param totalMillis execution time inside H2 only
     */
    public record StatementCost(String sql, long executions, double totalMillis, double averageMillis) {
    }

    /**
     * Checked in the database after the run.
     *
     * @param tickets           tickets issued over the whole run, warm-up included
     * @param numberingHoles    per service, how far the numbers miss 1..n (0 means gapless and unique)
     * @param ticketsCalledTwice tickets with more than one TICKET_CALLED event
     * @param waitingAtEnd      tickets still waiting when the run ended
     * @param logGaps           sequence numbers missing from the office log (each one holds the event
     *                          broadcast back for its gap grace before it moves on)
     */
    public record Integrity(long tickets, long numberingHoles, long ticketsCalledTwice, long waitingAtEnd,
                            long logGaps) {
        public boolean ok() {
            return numberingHoles == 0 && ticketsCalledTwice == 0;
        }
    }
}
