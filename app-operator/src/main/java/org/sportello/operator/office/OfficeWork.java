package org.sportello.operator.office;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sportello.link.OfficeLink;
import org.sportello.link.OfficeServices;
import org.sportello.link.StationLink;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.events.OfficeEvent;
import org.sportello.protocol.client.EventSubscription;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Workers;

/**
 * Runs one piece of office work off the UI thread and hands the answer back on it. Unreachable
 * office: the shared {@link OfficeStatus} goes down (the banner explains) and the caller gets a
 * failure without text. A refusal from the services: the caller gets its localized message; when the
 * refusal says the operator's session is over (expired on the server, or unknown to it), the window is
 * told too, so it goes back to the login whatever screen part met it.
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
    private final OperatorSeat seat;
    private volatile Consumer<String> onSessionEnded = message -> { };

    public OfficeWork(OfficeLink link, OfficeStatus status, Workers workers, Messages messages) {
        this.link = link;
        this.status = status;
        this.workers = workers;
        this.messages = messages;
        this.seat = new OperatorSeat(link);
    }

    /** Who sits at the desk, for the link (use it inside office work). */
    public OperatorSeat seat() {
        return seat;
    }

    /**
     * Told, on the UI thread and with the server's words, when a call meets an operator session the
     * server no longer holds (SESSION_EXPIRED, NOT_LOGGED_IN).
     */
    public void onSessionEnded(Consumer<String> handler) {
        this.onSessionEnded = handler;
    }

    /**
     * The office's events after {@code afterSeq}, pushed by the server to {@code onEvent} on the UI
     * thread as they happen, when this desk's link can subscribe (a station's link); empty otherwise,
     * and the caller polls. A dropped stream shows the banner and resumes by itself from the last event.
     */
    public Optional<AutoCloseable> follow(long afterSeq, Consumer<OfficeEvent> onEvent) {
        if (!(link instanceof StationLink station)) {
            return Optional.empty();
        }
        EventSubscription subscription = station.subscribe(afterSeq, new EventSubscription.Listener() {
            @Override
            public void event(OfficeEvent event) {
                workers.ui().execute(() -> onEvent.accept(event));
            }

            @Override
            public void interrupted(SportelloException why) {
                if (OfficeStatus.isUnavailable(why)) {
                    workers.ui().execute(status::reportDown);
                } else {
                    LOG.warning("the office's event stream was refused: " + why.getMessage());
                }
            }
        });
        return Optional.of(subscription);
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
     * Blocking work that is not the office's (a printer): runs on {@code executor}, so a slow device
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
            String message = messages.problem(refusal);
            if (refusal.problem() == Problem.SESSION_EXPIRED || refusal.problem() == Problem.NOT_LOGGED_IN) {
                onSessionEnded.accept(message);
            }
            return new Failure(false, message, refusal);
        }
        // A bug, not a refusal: keep the desk alive, say so, and leave the details in the log.
        LOG.log(Level.SEVERE, "unexpected failure in office work", e);
        return new Failure(false, messages.text("error.unexpected", String.valueOf(e.getMessage())), null);
    }
}
