package org.sportello.display;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sportello.model.events.EventFeed;
import org.sportello.model.events.EventTail;
import org.sportello.model.events.EventType;
import org.sportello.model.events.OfficeEvent;
import org.sportello.model.office.CounterInfo;
import org.sportello.model.office.CounterState;
import org.sportello.model.office.ServiceInfo;
import org.sportello.model.common.SportelloException;
import org.sportello.model.queue.QueueOverview;
import org.sportello.protocol.client.EventSubscription;
import org.sportello.ui.Dispatch;
import org.sportello.ui.Scheduler.Timer;
import org.sportello.ui.Texts;

/**
 * The hall display board: follows the office log for calls and recalls, highlights and chimes the
 * newest, and shows how many wait per service. What it shows is a function of the events it has
 * read ({@link CallBoard}), so every display in the hall agrees. The events are pushed by the office
 * server as they happen when the source can ({@link HallSource#pushes()}), otherwise the log is polled.
 * Methods run on the UI thread.
 */
public final class HallDisplayViewModel {
    public static final int CAPACITY = 7;
    /**
     * After these a counter's board goes blank: nobody is called there any more. A pause counts: the
     * operator has stepped away, and a number left lit would send a citizen to an empty chair.
     */
    private static final java.util.Set<EventType> ENDS_A_COUNTERS_CALL = java.util.EnumSet.of(
            EventType.TICKET_FINISHED, EventType.TICKET_NO_SHOW, EventType.TICKET_TRANSFERRED,
            EventType.TICKET_CANCELLED, EventType.COUNTER_PAUSED, EventType.COUNTER_CLOSED);
    private static final System.Logger LOG = System.getLogger(HallDisplayViewModel.class.getName());

    private final HallSource source;
    private final Dispatch dispatch;
    private final HallSettings settings;
    private final Chime chime;
    private final CallOutput output;
    private final Texts it = Texts.of(Texts.ITALIAN);

    private final ReadOnlyObjectWrapper<CallBoard> board = new ReadOnlyObjectWrapper<>(CallBoard.empty(CAPACITY));
    private final ReadOnlyStringWrapper officeName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper latestCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper latestCounter = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper flashing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper date = new ReadOnlyStringWrapper("");
    private final ObservableList<CallRow> earlier = FXCollections.observableArrayList();
    private final ObservableList<WaitingLine> waiting = FXCollections.observableArrayList();
    private final ObservableList<CallRow> earlierView = FXCollections.unmodifiableObservableList(earlier);
    private final ObservableList<WaitingLine> waitingView = FXCollections.unmodifiableObservableList(waiting);

    private final AtomicBoolean polling = new AtomicBoolean();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile EventTail tail;
    /** Pushed events not yet on the board; filled by the subscription's thread, drained on the UI thread. */
    private final Queue<OfficeEvent> pushed = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private AutoCloseable subscription;
    /** The last pushed (or read at start) event on the board: nothing at or below it is applied again. */
    private long appliedSeq;
    private boolean stopped;
    private ZoneId zone = ZoneId.of("Europe/Rome");
    private Map<String, ServiceInfo> servicesByPrefix = Map.of();
    /** The office's services in its own order (A, B, C…): the waiting counts are listed so, whatever the overview's order. */
    private List<String> serviceOrder = List.of();
    /** Which counter serves what; empty when the source cannot say (then every line counts as served). */
    private List<CounterInfo> counters = List.of();
    private Timer flashTimer;
    /** How often the waiting counts were read: the periodic work a day's benchmark counts. */
    private final java.util.concurrent.atomic.AtomicInteger overviewReads = new java.util.concurrent.atomic.AtomicInteger();
    private boolean flashTimeOver = true;
    /** When the voice has said the call on top; complete when there is nothing left to say. */
    private java.util.concurrent.CompletionStage<Void> latestSaid = java.util.concurrent.CompletableFuture.completedFuture(null);
    private Timer pollTimer;
    private Timer overviewTimer;
    private Timer clockTimer;
    private Timer probeTimer;
    private boolean outageLogged;

    public HallDisplayViewModel(HallSource source, Dispatch dispatch, HallSettings settings, Chime chime) {
        this(source, dispatch, settings, chime, CallOutput.NONE);
    }

    /** With the boards and voice of the display's workstation, which get every new call too. */
    public HallDisplayViewModel(HallSource source, Dispatch dispatch, HallSettings settings, Chime chime,
                                CallOutput output) {
        this.source = source;
        this.dispatch = dispatch;
        this.settings = settings;
        this.chime = chime;
        this.output = output;
    }

    public void start() {
        tick();
        clockTimer = dispatch.timers().every(java.time.Duration.ofSeconds(1), this::tick);
        connect();
    }

    public void stop() {
        stopped = true;
        for (Timer t : new Timer[] {flashTimer, pollTimer, overviewTimer, clockTimer, probeTimer}) {
            if (t != null) {
                t.cancel();
            }
        }
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.DEBUG, "closing the event subscription", e);
            }
            subscription = null;
        }
    }

    /**
     * Reads the office, then today's calls already in the log, without announcing them; only calls
     * logged after that chime. The follow-up (the pushed stream or the polled tail) starts from the last
     * event read here, so a call logged in between is neither missed nor shown twice.
     */
    private void connect() {
        boolean push = source.pushes();
        dispatch.background().execute(() -> {
            try {
                var office = source.office();
                List<ServiceInfo> services = source.services();
                List<CounterInfo> counterInfos = source.counters();
                EventFeed feed = source.events();
                EventTail fresh = push ? null : EventTail.fromNow(feed);
                long upTo = push ? feed.latestSeq() : fresh.cursor();
                LocalDate today = settings.clock().instant().atZone(office.zone()).toLocalDate();
                List<OfficeEvent> history = feed.after(Math.max(0, upTo - settings.historySize()), settings.historySize())
                        .stream()
                        .filter(e -> e.seq() <= upTo && e.occurredAt().atZone(office.zone()).toLocalDate().equals(today))
                        .toList();
                dispatch.ui().execute(() -> {
                    if (stopped) {
                        return;
                    }
                    zone = office.zone();
                    officeName.set(office.name());
                    counters = counterInfos;
                    servicesByPrefix = services.stream()
                            .collect(Collectors.toMap(ServiceInfo::prefix, Function.identity(), (a, b) -> a));
                    serviceOrder = services.stream().map(ServiceInfo::prefix).toList();
                    reachable();
                    apply(history, false);
                    appliedSeq = upTo;
                    tick();
                    if (push) {
                        follow(upTo);
                    } else {
                        tail = fresh;
                        pollTimer = dispatch.timers().every(settings.pollInterval(), this::poll);
                    }
                    overviewTimer = dispatch.timers().every(settings.overviewInterval(), this::refreshOverview);
                    refreshOverview();
                });
            } catch (RuntimeException e) {
                dispatch.ui().execute(() -> {
                    unreachable(e);
                    dispatch.timers().after(settings.retryInterval(), this::connect);
                });
            }
        });
    }

    /**
     * The office's events from {@code afterSeq} on, as the server pushes them. The subscription
     * resumes by itself after a drop; while it is down the board says so, and a probe of the office
     * every retry interval clears that as soon as the office answers again.
     */
    private void follow(long afterSeq) {
        subscription = source.follow(afterSeq, new EventSubscription.Listener() {
            @Override
            public void event(OfficeEvent event) {
                pushed.add(event);
                if (draining.compareAndSet(false, true)) {
                    dispatch.ui().execute(HallDisplayViewModel.this::drainPushed);
                }
            }

            @Override
            public void interrupted(SportelloException why) {
                dispatch.ui().execute(() -> unreachable(why));
            }
        });
        probeTimer = dispatch.timers().every(settings.retryInterval(), () -> {
            if (!connected.get()) {
                refreshOverview();
            }
        });
    }

    /**
     * Applies what was pushed since the last drain in one go: two calls that arrive together flash and
     * chime once, as one poll's did. An event at or below what is already on the board is dropped.
     */
    private void drainPushed() {
        draining.set(false);
        List<OfficeEvent> batch = new ArrayList<>();
        for (OfficeEvent e = pushed.poll(); e != null; e = pushed.poll()) {
            if (e.seq() > appliedSeq) {
                appliedSeq = e.seq();
                batch.add(e);
            }
        }
        if (stopped || batch.isEmpty()) {
            return;
        }
        reachable();
        apply(batch, true);
    }

    /** One read of the log; skipped while the previous read is still running (a slow database). */
    void poll() {
        EventTail t = tail;
        if (t == null || !polling.compareAndSet(false, true)) {
            return;
        }
        dispatch.background().execute(() -> {
            try {
                List<OfficeEvent> fresh = t.poll();
                dispatch.ui().execute(() -> {
                    polling.set(false);
                    reachable();
                    apply(fresh, true);
                });
            } catch (RuntimeException e) {
                dispatch.ui().execute(() -> {
                    polling.set(false);
                    unreachable(e);
                });
            }
        });
    }

    void refreshOverview() {
        if (!refreshing.compareAndSet(false, true)) {
            return;
        }
        overviewReads.incrementAndGet();
        dispatch.background().execute(() -> {
            try {
                QueueOverview overview = source.overview();
                dispatch.ui().execute(() -> {
                    refreshing.set(false);
                    if (source.pushes()) {
                        // No poll tells that the office is back: an answer of the office does.
                        reachable();
                    }
                    showWaiting(overview);
                });
            } catch (RuntimeException e) {
                dispatch.ui().execute(() -> {
                    refreshing.set(false);
                    unreachable(e);
                });
            }
        });
    }

    /** Applies events to the board; announces when the call on top is a new one (a call or a recall). */
    void apply(List<OfficeEvent> events, boolean announce) {
        if (events.isEmpty()) {
            return;
        }
        CallBoard before = board.get();
        CallBoard after = before.withAll(events);
        if (!after.equals(before)) {
            board.set(after);
            latestCode.set(after.latest().map(CallBoard.Call::code).orElse(""));
            latestCounter.set(after.latest().map(c -> counterText(c.counter())).orElse(""));
            earlier.setAll(after.earlier().stream().map(c -> new CallRow(c.code(), counterText(c.counter()))).toList());
            if (announce && after.hasNewLatestThan(before)) {
                flash();
                chime.play();
            }
        }
        // A ticket's end changes nothing on the screen, but the board above its counter goes blank.
        if (announce) {
            // Every new call, not only the one now on top: two counters calling within one poll both
            // get their board updated and their number spoken; and in the log's order with the ends of
            // tickets, so a counter's board shows what that counter does now.
            List<CallBoard.Call> calls = after.newCallsSince(before);
            int next = 0;
            for (OfficeEvent e : events.stream().sorted(java.util.Comparator.comparingLong(OfficeEvent::seq)).toList()) {
                while (next < calls.size() && calls.get(next).seq() <= e.seq()) {
                    announce(calls.get(next), after);
                    next++;
                }
                if (ENDS_A_COUNTERS_CALL.contains(e.type()) && e.counterNumber() != null) {
                    output.ended(e.counterNumber());
                }
            }
            for (; next < calls.size(); next++) {
                announce(calls.get(next), after);
            }
        }
    }

    /** The latest call keeps its panel lit until the voice has said it (see {@link #flash}). */
    private void announce(CallBoard.Call call, CallBoard board) {
        var said = output.announce(call.code(), call.counter());
        if (board.latest().map(CallBoard.Call::seq).orElse(-1L) == call.seq()) {
            latestSaid = said;
            said.whenComplete((ok, failed) -> dispatch.ui().execute(this::endFlashIfDone));
        }
    }

    /**
     * Lights the newest call for the flash time, and longer while the voice has not said it yet: a
     * voice with a queue must not call a number whose panel has already gone dark.
     */
    private void flash() {
        flashing.set(true);
        flashTimeOver = false;
        if (flashTimer != null) {
            flashTimer.cancel();
        }
        flashTimer = dispatch.timers().after(settings.flashTime(), () -> {
            flashTimeOver = true;
            endFlashIfDone();
        });
    }

    private void endFlashIfDone() {
        if (flashTimeOver && latestSaid.toCompletableFuture().isDone()) {
            flashing.set(false);
        }
    }

    /**
     * The waiting counts, each saying whether an open counter serves it now: a count under a service
     * nobody serves would promise a call that is not coming.
     */
    private void showWaiting(QueueOverview overview) {
        java.util.Set<java.util.UUID> open = overview.counters().stream()
                .filter(c -> c.state() == CounterState.OPEN).map(QueueOverview.CounterStatus::counterId)
                .collect(Collectors.toSet());
        List<CounterInfo> serving = counters.stream().filter(c -> open.contains(c.id())).toList();
        waiting.setAll(overview.services().stream().sorted(java.util.Comparator.comparingInt(q -> {
            int at = serviceOrder.indexOf(q.prefix());
            return at < 0 ? Integer.MAX_VALUE : at;
        })).map(q -> {
            ServiceInfo s = servicesByPrefix.get(q.prefix());
            String name = s == null ? q.prefix() : s.name(it.locale());
            boolean served = counters.isEmpty() || serving.stream().anyMatch(c -> c.serves(q.serviceId()));
            return new WaitingLine(q.prefix(), name, q.waiting(), served);
        }).toList());
    }

    private void tick() {
        var now = settings.clock().instant().atZone(zone);
        time.set(DateTimeFormatter.ofPattern("HH:mm").format(now));
        date.set(DateTimeFormatter.ofPattern(it.get("display.date"), it.locale()).format(now));
    }

    private String counterText(int counter) {
        return it.get("display.counter", counter);
    }

    private void reachable() {
        if (outageLogged) {
            LOG.log(System.Logger.Level.INFO, "office log readable again");
            outageLogged = false;
        }
        connected.set(true);
    }

    private void unreachable(RuntimeException e) {
        if (!outageLogged) {
            LOG.log(System.Logger.Level.WARNING, "office log unreadable; the board keeps its last calls", e);
            outageLogged = true;
        }
        connected.set(false);
    }

    // ---------------------------------------------------------------- what the view binds to

    /** The board's fixed words, in Italian and English, for the view's labels. */
    public static String text(java.util.Locale language, String key) {
        return Texts.of(language).get(key);
    }

    /** How many times the waiting counts have been read since the start (every few seconds while connected). */
    public int overviewReads() {
        return overviewReads.get();
    }

    public ReadOnlyObjectProperty<CallBoard> boardProperty() {
        return board.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty officeNameProperty() {
        return officeName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty latestCodeProperty() {
        return latestCode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty latestCounterProperty() {
        return latestCounter.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty flashingProperty() {
        return flashing.getReadOnlyProperty();
    }

    /** False while the office log cannot be read; the board then keeps what it showed. */
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dateProperty() {
        return date.getReadOnlyProperty();
    }

    public ObservableList<CallRow> earlierCalls() {
        return earlierView;
    }

    public ObservableList<WaitingLine> waitingLines() {
        return waitingView;
    }
}
