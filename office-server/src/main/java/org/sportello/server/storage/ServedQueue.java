package org.sportello.server.storage;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.office.OfficeDirectory;
import org.sportello.model.queue.DayCloseReport;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.QueueCommand;
import org.sportello.model.queue.QueueModel;
import org.sportello.model.queue.QueueOverview;
import org.sportello.model.queue.QueueService;
import org.sportello.model.queue.QueueSettings;
import org.sportello.model.queue.Ticket;

/**
 * The office queue served from memory: the {@link QueueModel} applies the rules, the {@link QueueStore}
 * loads it and writes what it changed. One thread takes the calls in turns (ADR 10): a turn takes every
 * call waiting (up to 512), applies them in arrival order, writes all their changes in one transaction
 * and only then answers each caller. Nobody hears of a ticket that is not committed, and fifty
 * workstations share one commit instead of queueing for fifty. Reads are answered from memory in the
 * same order, without a query.
 *
 * <p>A call the rules refuse is answered alone and changes nothing. When writing a turn fails (the
 * disk, a constraint, a row changed without the queue) or a call breaks unexpectedly, the turn is rolled
 * back, the memory dropped, and the same calls run again one by one on the queue read afresh, each in
 * its own transaction: the others get their right answers, and only the call whose write fails hears of
 * it.
 */
public final class ServedQueue implements QueueService, AutoCloseable {
    /** Names the thread that takes the queue's turns, e.g. for profiles. */
    public static final String TURN_THREAD = "sportello-queue";

    private static final Logger LOG = Logger.getLogger(ServedQueue.class.getName());
    private static final int MAX_CALLS_PER_TURN = 512;
    /** Counters and their services are configuration an administrator may change while we run. */
    private static final long COUNTERS_MAX_AGE_NANOS = 5_000_000_000L;
    private static final long ANSWER_TIMEOUT_SECONDS = 60;
    private static final Waiting STOP = new Waiting((QueueCommand<?>) null);
    /** On a shared database, how often a call runs again on fresh state after another process wrote first. */
    private static final int MAX_ATTEMPTS_SHARED = 50;

    private final QueueStore store;
    private final OfficeDirectory directory;
    private final Clock clock;
    private final QueueSettings settings;
    /**
     * True while other processes may still write the same tables (the H2 TCP path, until it is gone):
     * the queue is then read again before every turn instead of trusting its memory.
     */
    private final boolean shared;
    private final BlockingQueue<Waiting> inbox = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final AtomicLong turnsRunAgain = new AtomicLong();
    private volatile boolean closed;
    private QueueModel model;
    private long countersReadAt;

    private static final class Waiting {
        final QueueCommand<?> command;
        /** Work that changes tickets outside the rules (an erasure): runs between turns, alone. */
        final java.util.function.Supplier<?> alone;
        final CompletableFuture<Object> answer = new CompletableFuture<>();
        /** The server's time for this call, taken when its turn first runs and kept if it runs again. */
        Instant now;

        Waiting(QueueCommand<?> command) {
            this.command = command;
            this.alone = null;
        }

        Waiting(java.util.function.Supplier<?> alone) {
            this.command = null;
            this.alone = alone;
        }
    }

    public ServedQueue(OfficeDatabase database, OfficeDirectory directory, Clock clock, QueueSettings settings) {
        this.store = new QueueStore(database, directory.office().id(), settings);
        this.directory = new RecentOfficeDirectory(directory, System::nanoTime);
        this.clock = clock;
        this.settings = settings;
        this.shared = database.isRemote();
        this.thread = Thread.ofPlatform().daemon().name(TURN_THREAD + " " + directory.office().code()).start(this::loop);
    }

    // ------------------------------------------------------------------ QueueService

    @Override
    public IssuedTicket issue(IssueRequest request) {
        return run(new QueueCommand.Issue(request));
    }

    /** An appointment ticket for a check-in at the kiosk (ADR 34). */
    public IssuedTicket checkIn(IssueRequest request, org.sportello.model.queue.Appointed appointed) {
        return run(new QueueCommand.CheckIn(request, appointed));
    }

    @Override
    public void openCounter(OperatorSession session, int counter) {
        run(new QueueCommand.OpenCounter(session, counter));
    }

    @Override
    public void closeCounter(OperatorSession session, int counter) {
        run(new QueueCommand.CloseCounter(session, counter));
    }

    @Override
    public void pause(OperatorSession session, int counter, String reason) {
        run(new QueueCommand.Pause(session, counter, reason));
    }

    @Override
    public void resume(OperatorSession session, int counter) {
        run(new QueueCommand.Resume(session, counter));
    }

    @Override
    public Optional<Ticket> callNext(OperatorSession session, int counter) {
        return run(new QueueCommand.CallNext(session, counter));
    }

    @Override
    public Ticket callSpecific(OperatorSession session, int counter, String code, String reason) {
        return run(new QueueCommand.CallSpecific(session, counter, code, reason));
    }

    @Override
    public Ticket recall(OperatorSession session, int counter) {
        return run(new QueueCommand.Recall(session, counter));
    }

    @Override
    public Ticket noShow(OperatorSession session, int counter) {
        return run(new QueueCommand.NoShow(session, counter));
    }

    @Override
    public Ticket finish(OperatorSession session, int counter, Outcome outcome) {
        return run(new QueueCommand.Finish(session, counter, outcome));
    }

    @Override
    public Ticket transferToService(OperatorSession session, int counter, String servicePrefix) {
        return run(new QueueCommand.TransferToService(session, counter, servicePrefix));
    }

    @Override
    public Ticket transferToCounter(OperatorSession session, int counter, int targetCounter) {
        return run(new QueueCommand.TransferToCounter(session, counter, targetCounter));
    }

    @Override
    public Ticket cancel(OperatorSession session, String code, String reason) {
        return run(new QueueCommand.Cancel(session, code, reason));
    }

    @Override
    public DayCloseReport closeDay(OperatorSession session) {
        return run(new QueueCommand.CloseDay(session));
    }

    @Override
    public Optional<Ticket> current(int counter) {
        return run(new QueueCommand.Current(counter));
    }

    @Override
    public Optional<Ticket> findToday(String code) {
        return run(new QueueCommand.FindToday(code));
    }

    @Override
    public List<Ticket> waiting() {
        return run(new QueueCommand.Waiting());
    }

    @Override
    public QueueOverview overview() {
        return run(new QueueCommand.Overview());
    }

    /**
     * Runs {@code work} on the queue's thread between two turns, then drops the queue's memory so the
     * next turn reads the tickets as {@code work} left them: for changes made outside the rules, such
     * as erasing a person's codice fiscale from today's tickets (ADR 0026), which the memory must not
     * keep showing nor overwrite with an older version.
     */
    public <T> T runAlone(java.util.function.Supplier<T> work) {
        java.util.Objects.requireNonNull(work, "work");
        @SuppressWarnings("unchecked")
        T answer = (T) await(new Waiting(work));
        return answer;
    }

    /** Turns whose calls had to run again one by one (a failed write, a broken call): for tests and logs. */
    long turnsRunAgain() {
        return turnsRunAgain.get();
    }

    // ------------------------------------------------------------------ turns

    /**
     * Takes one command into the next turn. The answer completes on the turn's thread once the turn is
     * committed (or refused); whoever waits on it must not hold that thread long.
     */
    @SuppressWarnings("unchecked")
    public <R> CompletableFuture<R> submit(QueueCommand<R> command) {
        return (CompletableFuture<R>) (CompletableFuture<?>) enqueue(new Waiting(command));
    }

    private CompletableFuture<Object> enqueue(Waiting w) {
        if (closed) {
            return CompletableFuture.failedFuture(
                    new SportelloException(Problem.OFFICE_UNAVAILABLE, "the office queue is stopping"));
        }
        inbox.add(w);
        return w.answer;
    }

    /** Runs one command in the next turn and returns its answer, or throws what refused it. */
    @SuppressWarnings("unchecked")
    private <R> R run(QueueCommand<R> command) {
        return (R) await(new Waiting(command));
    }

    private Object await(Waiting w) {
        try {
            return enqueue(w).get(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new SportelloException(Problem.OFFICE_UNAVAILABLE, e, "no answer from the office queue");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SportelloException(Problem.OFFICE_UNAVAILABLE, e, "interrupted");
        }
    }

    private void loop() {
        List<Waiting> turn = new ArrayList<>();
        while (true) {
            try {
                turn.add(inbox.take());
            } catch (InterruptedException e) {
                break;
            }
            inbox.drainTo(turn, MAX_CALLS_PER_TURN - 1);
            boolean stop = turn.remove(STOP);
            List<Waiting> alone = turn.stream().filter(w -> w.alone != null).toList();
            turn.removeAll(alone);
            if (!turn.isEmpty()) {
                take(turn);
            }
            alone.forEach(this::runAlone);
            turn.clear();
            if (stop) {
                break;
            }
        }
        List<Waiting> left = new ArrayList<>();
        inbox.drainTo(left);
        left.stream().filter(w -> w != STOP).forEach(w -> w.answer.completeExceptionally(
                new SportelloException(Problem.OFFICE_UNAVAILABLE, "the office queue stopped")));
    }

    private void take(List<Waiting> turn) {
        for (Waiting w : turn) {
            w.now = clock.instant();
        }
        if (shared) {
            model = null;
        }
        Object[] answers = new Object[turn.size()];
        try {
            QueueModel m = model(turn.getFirst().now);
            for (int i = 0; i < turn.size(); i++) {
                Waiting w = turn.get(i);
                try {
                    answers[i] = m.apply(w.command, w.now);
                } catch (SportelloException refused) {
                    answers[i] = refused; // refused before it changed anything
                }
            }
            store.write(m.changes());
            m.changes().clear();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "queue turn of " + turn.size() + " calls failed; running them again one by one", e);
            model = null;
            turnsRunAgain.incrementAndGet();
            oneByOne(turn);
            return;
        }
        for (int i = 0; i < turn.size(); i++) {
            if (answers[i] instanceof SportelloException refused) {
                turn.get(i).answer.completeExceptionally(refused);
            } else {
                turn.get(i).answer.complete(answers[i]);
            }
        }
    }

    private void runAlone(Waiting w) {
        try {
            w.answer.complete(w.alone.get());
        } catch (RuntimeException e) {
            w.answer.completeExceptionally(e);
        } finally {
            model = null;
        }
    }

    /** Each call alone, in its own transaction, on the queue read again after any failure. */
    private void oneByOne(List<Waiting> turn) {
        for (Waiting w : turn) {
            for (int attempt = 1; ; attempt++) {
                try {
                    QueueModel m = model(w.now);
                    Object answer;
                    try {
                        answer = m.apply(w.command, w.now);
                    } catch (SportelloException refused) {
                        w.answer.completeExceptionally(refused);
                        break;
                    }
                    store.write(m.changes());
                    m.changes().clear();
                    w.answer.complete(answer);
                    break;
                } catch (RuntimeException e) {
                    model = null;
                    if (shared && attempt < MAX_ATTEMPTS_SHARED && QueueStore.isStale(e)) {
                        continue; // another process got there first: again, on what it wrote
                    }
                    LOG.log(Level.WARNING, "queue call " + w.command.getClass().getSimpleName() + " failed", e);
                    w.answer.completeExceptionally(e);
                    break;
                }
            }
        }
    }

    private QueueModel model(Instant now) {
        long nanos = System.nanoTime();
        if (model == null) {
            LocalDate today = now.atZone(directory.office().zone()).toLocalDate();
            model = new QueueModel(directory, settings, store.load(today));
            countersReadAt = nanos;
        } else if (nanos - countersReadAt > COUNTERS_MAX_AGE_NANOS) {
            model.replaceCounters(store.counters());
            countersReadAt = nanos;
        }
        return model;
    }

    @Override
    public void close() {
        closed = true;
        inbox.add(STOP);
        try {
            thread.join(5_000); // a turn stuck on a dead database must not hold the caller long
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
