package org.sportello.server.agenda;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sportello.model.agenda.CheckInRule;

/**
 * Marks as NO_SHOW the appointments still BOOKED at their end plus the check-in rule's late margin
 * ({@link CheckInRule#noShowAfter}), by the server's clock (issue 13, ADR 34). The slot stops holding its place
 * and each person's version moves, as every agenda change does, so the no-show shows in the citizen's file and
 * the case manager's caseload and travels with the dossier. Runs on start and then every few minutes on its own
 * thread, owned by the server and stopped before the database, like the ticket retention.
 */
public final class NoShowSweep implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(NoShowSweep.class.getName());
    /** Who the appointment's history names for the server's own marking. */
    public static final String BY = "office server (no-shows)";

    private final OfficeAgenda agenda;
    private final Clock clock;
    private final ScheduledExecutorService schedule;

    public NoShowSweep(OfficeAgenda agenda, Clock clock) {
        this.agenda = Objects.requireNonNull(agenda, "agenda");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.schedule = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("sportello-no-shows").factory());
    }

    /** Runs now, then every {@code everyMinutes}; {@code marked} hears of each run that marked something. */
    public static NoShowSweep start(OfficeAgenda agenda, Clock clock, long everyMinutes, IntConsumer marked) {
        NoShowSweep s = new NoShowSweep(agenda, clock);
        s.schedule.scheduleWithFixedDelay(() -> s.runQuietly(marked), 0, everyMinutes, TimeUnit.MINUTES);
        return s;
    }

    /** Every five minutes: a no-show shows soon after its margin, and a run on an idle office costs one query. */
    public static NoShowSweep every5Minutes(OfficeAgenda agenda, Clock clock) {
        return start(agenda, clock, 5, n -> LOG.info(() -> "marked " + n + " appointments as no-shows"));
    }

    /** One run on the caller's thread: how many appointments it marked. */
    public int runOnce() {
        Instant now = clock.instant();
        return agenda.work(c -> {
            CheckInRule rule = KioskCheckIn.rule(c);
            // ends_at + late < now, written as ends_at < now - late so the (status, ends_at) index serves it.
            Instant before = now.minus(rule.late());
            List<UUID> missed = new ArrayList<>();
            Set<UUID> people = new LinkedHashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, person_id FROM appointment"
                    + " WHERE status = 'BOOKED' AND ends_at < ? ORDER BY ends_at FOR UPDATE")) {
                ps.setObject(1, AgendaRows.utc(before));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        missed.add(rs.getObject(1, UUID.class));
                        people.add(rs.getObject(2, UUID.class));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE appointment SET status = 'NO_SHOW', held = NULL,"
                    + " changed_at = ?, changed_by = ?, version = version + 1 WHERE id = ? AND status = 'BOOKED'")) {
                for (UUID id : missed) {
                    ps.setObject(1, AgendaRows.utc(now));
                    ps.setString(2, BY);
                    ps.setObject(3, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            for (UUID person : people) {
                agenda.dossierChanged(c, person);
            }
            return missed.size();
        });
    }

    private void runQuietly(IntConsumer marked) {
        try {
            int n = runOnce();
            if (n > 0) {
                marked.accept(n);
            }
        } catch (RuntimeException e) {
            // The next run tries again; a failing run must not end the schedule.
            LOG.log(Level.WARNING, "the no-show sweep failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        schedule.shutdownNow();
        try {
            schedule.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "no-show sweep";
    }
}
