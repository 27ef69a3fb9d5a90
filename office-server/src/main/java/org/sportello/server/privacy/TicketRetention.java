package org.sportello.server.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sportello.server.storage.OfficeConnection;

/**
 * The office server's retention job (ADR 0026): on start and then once a day, erases the codice
 * fiscale and priority class of the tickets older than the office's {@code privacy.ticket.days}. It runs
 * between the queue's turns on its own thread, owned by the server and stopped before the database.
 */
public final class TicketRetention implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(TicketRetention.class.getName());
    /** Who the audit table names for the server's own erasures. */
    static final String BY = "office server (retention)";

    private final OfficeConnection office;
    private final PersonalData data;
    private final Clock clock;
    private final Consumer<Erasure> done;
    private final ScheduledExecutorService schedule;

    private TicketRetention(OfficeConnection office, Clock clock, Consumer<Erasure> done) {
        this.office = office;
        this.clock = clock;
        this.done = done;
        this.data = new PersonalData(office.database().dataSource(), office.directory().office().id(), clock);
        this.schedule = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("sportello-retention").factory());
    }

    /** Runs now, then every {@code every} hours; {@code done} hears of each run that erased something. */
    public static TicketRetention start(OfficeConnection office, Clock clock, long everyHours, Consumer<Erasure> done) {
        TicketRetention r = new TicketRetention(office, clock, done);
        r.schedule.scheduleWithFixedDelay(r::runQuietly, 0, everyHours, TimeUnit.HOURS);
        return r;
    }

    /** Daily, from now. */
    public static TicketRetention daily(OfficeConnection office, Clock clock) {
        return start(office, clock, 24, e -> LOG.info(() -> "retention erased " + e.tickets() + " tickets' personal data"));
    }

    /** One run, on the caller's thread: what it erased. */
    public Erasure runOnce() {
        return runNow(office, data, clock);
    }

    /** One run of the retention on {@code office}, on the caller's thread (tests, an administrator). */
    public static Erasure runNow(OfficeConnection office, Clock clock) {
        return runNow(office, new PersonalData(office.database().dataSource(), office.directory().office().id(), clock),
                clock);
    }

    private static Erasure runNow(OfficeConnection office, PersonalData data, Clock clock) {
        LocalDate today = clock.instant().atZone(office.directory().office().zone()).toLocalDate();
        int days = office.ticketDataDays();
        return office.betweenQueueTurns(() -> data.eraseExpired(today, days, BY));
    }

    private void runQuietly() {
        try {
            Erasure e = runOnce();
            if (e.tickets() > 0) {
                done.accept(e);
            }
        } catch (RuntimeException e) {
            // The next run tries again; a failing run must not end the schedule.
            LOG.log(Level.WARNING, "the personal data retention run failed: " + e.getMessage(), e);
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
        return "personal data retention";
    }
}
