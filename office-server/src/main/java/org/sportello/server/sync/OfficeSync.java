package org.sportello.server.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.sportello.server.central.CentralLogin;
import org.sportello.server.offers.OfficeOffers;

/**
 * The office's side of the sync with central. A round: handshake, push the office's log in bounded
 * batches until caught up, pull the catalogue until caught up. {@link #follow} repeats rounds, waiting
 * longer after each failure (central away, link down), so an office that was offline for hours catches
 * up by itself when the link returns. Every failure is written into sync_cursor for {@code sync status}.
 */
public final class OfficeSync {
    private final DataSource office;
    private final CentralLogin central;
    private final SyncSettings settings;
    private final Clock clock;
    private final SyncProbe probe;
    /** Where other offices' vacancies go; null: this sync pushes vacancies but pulls none (ADR 37). */
    private final OfficeOffers offers;
    /** Lives as long as this object: a new process starts again at the persisted cursor. */
    private PushWindow window;

    public OfficeSync(DataSource office, CentralLogin central, SyncSettings settings, Clock clock, SyncProbe probe) {
        this(office, central, settings, clock, probe, null);
    }

    /**
     * @param offers the office's catalogue, the one its server searches (a second one on the same data folder
     *               would keep its own index): other offices' vacancies are put there; null pulls none
     */
    public OfficeSync(DataSource office, CentralLogin central, SyncSettings settings, Clock clock, SyncProbe probe,
                      OfficeOffers offers) {
        this.office = office;
        this.central = central;
        this.settings = settings;
        this.clock = clock;
        this.probe = probe;
        this.offers = offers;
    }

    public OfficeSync(DataSource office, CentralLogin central) {
        this(office, central, SyncSettings.DEFAULT, Clock.systemUTC(), SyncProbe.NONE);
    }

    /** One round until both directions are caught up. */
    public SyncReport runOnce() {
        try (Connection local = connectOffice()) {
            try {
                return round(local);
            } catch (SyncException e) {
                record(local, e);
                throw e;
            } catch (SQLException | RuntimeException e) {
                SyncException failure = SyncException.from("central", e);
                record(local, failure);
                throw failure;
            }
        } catch (SQLException e) {
            throw SyncException.from("the office database", e);
        }
    }

    /**
     * Rounds until {@code keepGoing} says stop: every {@link SyncSettings#pollEvery()} while all is well,
     * with a growing wait while it is not. A refusal is retried too, at the longest wait: an upgrade on
     * either side ends it without a restart.
     */
    public void follow(BooleanSupplier keepGoing, FailureListener listener) throws InterruptedException {
        follow(keepGoing, listener, report -> { });
    }

    /** As {@link #follow(BooleanSupplier, FailureListener)}, also telling {@code success} about each round that worked. */
    public void follow(BooleanSupplier keepGoing, FailureListener listener,
                       java.util.function.Consumer<SyncReport> success) throws InterruptedException {
        Backoff backoff = new Backoff(settings.backoffMin(), settings.backoffMax(),
                () -> ThreadLocalRandom.current().nextDouble());
        while (keepGoing.getAsBoolean()) {
            Duration wait;
            try {
                SyncReport report = runOnce();
                backoff.reset();
                success.accept(report);
                wait = settings.pollEvery();
            } catch (SyncException e) {
                wait = e.problem() == SyncProblem.REFUSED ? settings.backoffMax() : backoff.next();
                listener.failed(e, wait);
            }
            sleep(wait, keepGoing);
        }
    }

    public SyncSettings settings() {
        return settings;
    }

    /** Told about each failed round and how long the sync waits before the next. */
    @FunctionalInterface
    public interface FailureListener {
        void failed(SyncException e, Duration retryIn);
    }

    private SyncReport round(Connection local) throws SQLException {
        OfficeIdentity identity = OfficeIdentity.read(local);
        try (Connection c = connectCentral(); SecondWriter second = new SecondWriter(central, settings.batchSize())) {
            Handshake.check(c, identity);
            if (window == null) {
                window = new PushWindow(SyncCursors.read(local, SyncCursors.PUSH).mark(), settings.holeGrace());
            }
            EventPusher pusher = new EventPusher(window, settings.batchSize(), clock, probe, identity, office, second);
            int pushed = 0;
            int n;
            do {
                n = pusher.pushOnce(c, local);
                pushed += n;
            } while (n >= settings.batchSize());
            // Then the company communications, which the log does not carry (office V11_7, central V4_2).
            do {
                n = CommunicationPush.PUSH.pushOnce(c, local, identity, settings.batchSize());
            } while (n >= settings.batchSize());
            // And the appointments, each version of each (office V13_5, central V5_1; ADR 36).
            do {
                n = AppointmentPush.PUSH.pushOnce(c, local, identity, settings.batchSize());
            } while (n >= settings.batchSize());
            int pulled = 0;
            for (XidPuller.Spec spec : PullStreams.all(identity, clock)) {
                do {
                    n = XidPuller.pullOnce(spec, c, local, settings.batchSize(), clock.instant());
                    pulled += n;
                } while (n >= settings.batchSize());
            }
            SyncCursors.openReviews(local, openReviews(c));
            // Vacancies last: a central too old for them refuses them after everything else has moved.
            pulled += vacancies(c, local, identity);
            return new SyncReport(pushed, pulled);
        }
    }

    /** Pushes this office's vacancies, then pulls the other offices' into the catalogue; the rows pulled. */
    private int vacancies(Connection c, Connection local, OfficeIdentity identity) throws SQLException {
        VacancyPush.requireCentralTable(c);
        int n;
        do {
            n = VacancyPush.pushOnce(c, local, identity, settings.batchSize());
        } while (n >= settings.batchSize());
        if (offers == null) {
            return 0;
        }
        XidPuller.Spec spec = VacancyPull.spec(identity, offers);
        int pulled = 0;
        do {
            n = XidPuller.pullOnce(spec, c, local, settings.batchSize(), clock.instant());
            pulled += n;
        } while (n >= settings.batchSize());
        VacancyPull.withdrawExpired(local, offers);
        return pulled;
    }

    /** Review entries this office sees (its own edits, dossiers it owned) that nobody resolved yet. */
    private static int openReviews(Connection central) throws SQLException {
        try (java.sql.Statement s = central.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM sync_review WHERE resolved_at IS NULL")) {
            rs.next();
            int n = rs.getInt(1);
            if (!central.getAutoCommit()) {
                central.commit();
            }
            return n;
        }
    }

    private Connection connectCentral() {
        try {
            return central.connect();
        } catch (SQLException e) {
            throw SyncException.from("central", e);
        }
    }

    private Connection connectOffice() throws SQLException {
        Connection c = office.getConnection();
        c.setAutoCommit(true);
        return c;
    }

    private void record(Connection local, SyncException failure) {
        try {
            for (String stream : SyncCursors.STREAMS) {
                SyncCursors.failed(local, stream, failure, clock.instant());
            }
        } catch (SQLException | RuntimeException ignored) {
            // The office database itself is away (or on a schema without sync_cursor): nothing to write to.
        }
    }

    private void sleep(Duration wait, BooleanSupplier keepGoing) throws InterruptedException {
        long end = System.nanoTime() + wait.toNanos();
        while (keepGoing.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(Math.min(100, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
        }
    }
}
