package org.sportello.operator.office;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sportello.model.common.SportelloException;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Workers;

/**
 * Runs one piece of office work off the UI thread and hands the answer back on it. Unreachable
 * database: the shared {@link OfficeStatus} goes down (the banner explains) and the caller gets a
 * failure without text. A refusal from the services: the caller gets its localized message.
 */
public final class OfficeWork {
    private static final Logger LOG = Logger.getLogger(OfficeWork.class.getName());

    /** Why the work did not happen; {@code message} is null when the banner already says it. */
    public record Failure(boolean officeDown, String message, SportelloException refusal) {
    }

    private final OfficeLink link;
    private final OfficeStatus status;
    private final Workers workers;
    private final Messages messages;

    public OfficeWork(OfficeLink link, OfficeStatus status, Workers workers, Messages messages) {
        this.link = link;
        this.status = status;
        this.workers = workers;
        this.messages = messages;
    }

    public OfficeStatus status() {
        return status;
    }

    public Messages messages() {
        return messages;
    }

    public <T> void submit(Function<OfficeServices, T> work, Consumer<T> done, Consumer<Failure> failed) {
        workers.office().execute(() -> {
            T result;
            try {
                result = work.apply(link.services());
            } catch (RuntimeException e) {
                workers.ui().execute(() -> failed.accept(failure(e)));
                return;
            }
            workers.ui().execute(() -> done.accept(result));
        });
    }

    /**
     * Blocking work that is not the database's (a printer): runs on {@code executor}, so a slow device
     * never holds up the queue's refreshes, and the answer comes back on the UI thread.
     */
    public <T> void submitTo(Executor executor, Supplier<T> work, Consumer<T> done) {
        executor.execute(() -> {
            T result = work.get();
            workers.ui().execute(() -> done.accept(result));
        });
    }

    private Failure failure(RuntimeException e) {
        if (OfficeStatus.isUnavailable(e)) {
            status.reportDown();
            return new Failure(true, null, null);
        }
        if (e instanceof SportelloException refusal) {
            return new Failure(false, messages.problem(refusal), refusal);
        }
        // A bug, not a refusal: keep the desk alive, say so, and leave the details in the log.
        LOG.log(Level.SEVERE, "unexpected failure in office work", e);
        return new Failure(false, messages.text("error.unexpected", String.valueOf(e.getMessage())), null);
    }
}
