package org.sportello.model.persistence;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.office.OfficeDirectory;

/**
 * The queue operations of one office database, taken in turns by one thread (ADR 10). A turn takes
 * every call that is waiting, applies them in arrival order to the {@link LiveQueue}, writes all
 * their changes in one transaction and only then answers each caller: nobody is told about a ticket
 * before it is committed, and fifty workstations share one commit instead of queueing for fifty.
 *
 * <p>When a turn fails (the database refused a write, a row was changed by someone else, the disk is
 * gone), it is rolled back, the memory is dropped, and the same calls run once more one by one on
 * {@link JooqQueueService}, which reads everything from the database; the next turn reads the queue
 * again. A failure therefore costs time, never a ticket or a wrong answer.
 */
final class QueueTurns implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(QueueTurns.class.getName());
    private static final int MAX_CALLS_PER_TURN = 512;
    /** Counters and their services are configuration an administrator may change while we run. */
    private static final long COUNTERS_MAX_AGE_NANOS = 5_000_000_000L;
    private static final long ANSWER_TIMEOUT_SECONDS = 60;
    /**
     * How often a turn looks in the log for queue changes made without it. Looking at every turn cost
     * a quarter of the turn thread; a change made behind the queue's back is rare, and an update that
     * collides with one fails its turn on the row's version anyway.
     */
    private static final long FOREIGN_LOOK_NANOS = 500_000_000L;
    private static final Waiting STOP = new Waiting(null, null);

    private final OfficeDatabase database;
    private final OfficeDirectory directory;
    private final BlockingQueue<Waiting> inbox = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;
    private LiveQueue live;
    private long countersReadAt;
    private long lookedAt;

    private record Waiting(QueueCall call, CompletableFuture<Serializable> answer) {
    }

    QueueTurns(OfficeDatabase database, OfficeDirectory directory, String name) {
        this.database = database;
        this.directory = directory;
        this.thread = Thread.ofPlatform().daemon().name(QueueProcedure.TURN_THREAD + " " + name).start(this::loop);
    }

    /** Runs one call in the next turn and returns its answer, or throws what the operation threw. */
    Serializable run(QueueCall call) {
        if (closed) {
            throw new SportelloException(Problem.OFFICE_UNAVAILABLE, "the office queue is stopping");
        }
        Waiting w = new Waiting(call, new CompletableFuture<>());
        inbox.add(w);
        try {
            return w.answer().get(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
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
            if (!turn.isEmpty()) {
                take(turn);
            }
            turn.clear();
            if (stop) {
                break;
            }
        }
        List<Waiting> left = new ArrayList<>();
        inbox.drainTo(left);
        left.stream().filter(w -> w != STOP).forEach(w -> w.answer().completeExceptionally(
                new SportelloException(Problem.OFFICE_UNAVAILABLE, "the office queue stopped")));
    }

    private void take(List<Waiting> turn) {
        List<Object> answers;
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                answers = apply(c, turn);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "queue turn of " + turn.size() + " calls failed; running them on the database", e);
            live = null;
            answers = onTheDatabase(turn);
        }
        for (int i = 0; i < turn.size(); i++) {
            CompletableFuture<Serializable> answer = turn.get(i).answer();
            if (answers.get(i) instanceof RuntimeException e) {
                answer.completeExceptionally(e);
            } else {
                answer.complete((Serializable) answers.get(i));
            }
        }
    }

    private List<Object> apply(Connection c, List<Waiting> turn) throws SQLException {
        long now = System.nanoTime();
        if (live == null) {
            live = LiveQueue.load(c, directory);
            countersReadAt = now;
            lookedAt = now;
        } else {
            live.begin(c);
            if (now - lookedAt > FOREIGN_LOOK_NANOS) {
                boolean foreign = live.changedElsewhere(live.changes().ownEventIds());
                live.changes().forgetOwnEvents();
                lookedAt = now;
                if (foreign) {
                    LOG.info("the office queue changed outside this server; reading it again");
                    live = LiveQueue.load(c, directory);
                    countersReadAt = now;
                }
            }
            if (now - countersReadAt > COUNTERS_MAX_AGE_NANOS) {
                live.refreshCounters();
                countersReadAt = now;
            }
        }
        List<Object> answers = new ArrayList<>(turn.size());
        for (Waiting w : turn) {
            QueueCall call = w.call();
            try {
                answers.add(QueueProcedure.execute(live.at(call.now(), call.settings()), call));
            } catch (SportelloException | IllegalArgumentException refused) {
                answers.add(refused); // refused before it changed anything
            }
        }
        live.changes().writeTo(c);
        return answers;
    }

    /** The slow, exact way: each call its own transaction on the database service. */
    private List<Object> onTheDatabase(List<Waiting> turn) {
        List<Object> answers = new ArrayList<>(turn.size());
        for (Waiting w : turn) {
            QueueCall call = w.call();
            try {
                answers.add(QueueProcedure.execute(new JooqQueueService(database, directory,
                        Clock.fixed(call.now(), ZoneOffset.UTC), call.settings()), call));
            } catch (RuntimeException e) {
                answers.add(e);
            }
        }
        return answers;
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; so is the transaction
        }
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
