package org.sportello.operator.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.Role;
import org.sportello.model.events.EventTail;
import org.sportello.model.events.OfficeEvent;
import org.sportello.model.office.CounterState;
import org.sportello.model.office.ServiceInfo;
import org.sportello.model.queue.DayCloseReport;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.QueueOverview;
import org.sportello.model.queue.Ticket;
import org.sportello.operator.documents.DeskPrinters;
import org.sportello.operator.documents.IssueDocumentModel;
import org.sportello.link.OfficeServices;
import org.sportello.operator.office.OfficeWork;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Notice;

/**
 * The counter desk: the ticket being served, the actions on it, the office queue around it.
 *
 * <p>Everything here runs on the UI thread; office work goes through {@link OfficeWork}. The app
 * calls {@link #tick()} about once a second and the clocks move. The queue is read again only when the
 * office's log says something happened: over a station's link the server pushes each event as it
 * happens (ADR 23); over a link without a stream (tests in one process) the log is polled through an
 * {@link EventTail} on each tick, and the queue read every {@value #FULL_REFRESH_TICKS} ticks anyway. Buttons are enabled when an action makes sense, but the
 * queue service still decides: a shortcut pressed at the wrong moment reaches it, and its refusal is
 * shown as it words it.
 */
public final class DeskViewModel {
    /** What covers the desk while the operator picks something for an action. */
    public enum Sheet {
        NONE,
        OUTCOME,
        TRANSFER,
        CALL_SPECIFIC,
        PAUSE,
        CLOSE_DAY,
        CHECK_DOCUMENT,
        /** A waiting ticket's QR was scanned: call it out of turn? */
        TICKET_SCAN,
        ISSUE_DOCUMENT,
        /** F12: the citizen's file (its own ViewModel, {@code profile.CitizenFileModel}). */
        CITIZEN_FILE,
        /** Shift+F12: a company communication (its own ViewModel, {@code communication.CommunicationModel}). */
        COMPANY_COMMUNICATION,
        /** Shift+F8: booking an appointment (its own ViewModel, {@code agenda.BookingModel}). */
        AGENDA_BOOKING,
        /** Shift+F10: the calendar (its own ViewModel, {@code agenda.CalendarModel}). */
        AGENDA_CALENDAR,
        /** Ctrl+F10, supervisors: the calendar editor (its own ViewModel, {@code agenda.CalendarEditorModel}). */
        CALENDAR_EDITOR,
        /** Shift+F7: vacancies and matching (their own ViewModels, {@code vacancies.VacancyModel}, {@code MatchingModel}). */
        VACANCIES,
        /** Shift+F11: the citizen's case (its own ViewModel, {@code cases.CaseModel}). */
        CITIZEN_CASE,
        /** Shift+F9: the caseload (its own ViewModel, {@code cases.CaseloadModel}). */
        CASELOAD
    }

    static final int FULL_REFRESH_TICKS = 15;
    /** How far back a desk that has just logged in looks for device reports still in force. */
    static final int PRINTER_LOOKBACK = 500;

    private final DeskSession session;
    private final OfficeWork office;
    private final Messages messages;
    private final Clock clock;
    private final Runnable onLoggedOut;
    private final DeskPrinters printers;

    private final ReadOnlyObjectWrapper<Ticket> ticket = new ReadOnlyObjectWrapper<>(this, "ticket");
    private final ReadOnlyObjectWrapper<TicketCard> card = new ReadOnlyObjectWrapper<>(this, "card");
    private final ReadOnlyObjectWrapper<CounterState> counterState =
            new ReadOnlyObjectWrapper<>(this, "counterState", CounterState.OPEN);
    private final ReadOnlyStringWrapper pauseReason = new ReadOnlyStringWrapper(this, "pauseReason", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyObjectWrapper<Sheet> sheet = new ReadOnlyObjectWrapper<>(this, "sheet", Sheet.NONE);
    private final ReadOnlyStringWrapper sheetError = new ReadOnlyStringWrapper(this, "sheetError", "");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyObjectWrapper<DayCloseReport> dayReport = new ReadOnlyObjectWrapper<>(this, "dayReport");
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper(this, "clockText", "");
    private final OfficeBoard board;
    private final DeviceWarnings deviceWarnings = new DeviceWarnings();
    private final CitizenCard citizenCard;
    private final BroughtOffers broughtOffers;
    private final DocumentCheck documentCheck;
    private final TicketScan ticketScan;
    private final IssueDocumentModel issueDocument;
    private final Map<DeskAction, BooleanBinding> enabled = new EnumMap<>(DeskAction.class);
    private final ChangeListener<Boolean> onOfficeBack;
    /** Supervisors only; null for operators. */
    private final SyncPanelModel syncPanel;

    private boolean polling;
    private int ticksSinceRefresh;
    private boolean closed;
    /** Touched only by office work, which runs one job at a time. */
    private EventTail tail;
    /** The server's event stream once the first load gave its starting point; null while polling. */
    private AutoCloseable pushed;
    /** An event arrived while the queue was being read: read it once more when that read is done. */
    private boolean stale;

    public DeskViewModel(DeskSession session, OfficeWork office, Clock clock, Runnable onLoggedOut) {
        this(session, office, clock, onLoggedOut, DeskPrinters.defaults());
    }

    /** With the workstation's A4 and counter printers (from its devices.properties). */
    public DeskViewModel(DeskSession session, OfficeWork office, Clock clock, Runnable onLoggedOut,
                         DeskPrinters printers) {
        this.session = session;
        this.office = office;
        this.messages = office.messages();
        this.clock = clock;
        this.onLoggedOut = onLoggedOut;
        this.printers = printers;
        this.citizenCard = new CitizenCard(ticket.getReadOnlyProperty(), messages, clock, notice::set);
        this.broughtOffers = new BroughtOffers(ticket.getReadOnlyProperty(), office, session.operator());
        this.board = new OfficeBoard(messages, session.counter().number(), session.counter().serviceIds());
        var down = office.status().downProperty();
        BooleanBinding ready = Bindings.createBooleanBinding(() -> !down.get() && !busy.get(), down, busy);
        BooleanBinding serving = ticket.isNotNull();
        BooleanBinding open = counterState.isEqualTo(CounterState.OPEN);
        BooleanBinding paused = counterState.isEqualTo(CounterState.PAUSED);
        BooleanBinding canCall = ready.and(open).and(serving.not());
        enabled.put(DeskAction.CALL_NEXT, canCall);
        enabled.put(DeskAction.CALL_SPECIFIC, canCall);
        enabled.put(DeskAction.RECALL, ready.and(serving));
        enabled.put(DeskAction.FINISH, ready.and(serving));
        enabled.put(DeskAction.NO_SHOW, ready.and(serving));
        enabled.put(DeskAction.TRANSFER, ready.and(serving));
        enabled.put(DeskAction.PAUSE, ready.and(open.or(paused)));
        enabled.put(DeskAction.CLOSE_DAY, ready.and(Bindings.createBooleanBinding(this::isSupervisor)));
        enabled.put(DeskAction.LOG_OUT, ready.and(serving.not()));
        enabled.put(DeskAction.CHECK_DOCUMENT, ready);
        enabled.put(DeskAction.ISSUE_DOCUMENT, ready);
        enabled.put(DeskAction.CITIZEN_FILE, ready);
        enabled.put(DeskAction.COMPANY_COMMUNICATION, ready);
        enabled.put(DeskAction.AGENDA_BOOKING, ready);
        enabled.put(DeskAction.AGENDA_CALENDAR, ready);
        enabled.put(DeskAction.CALENDAR_EDITOR, ready.and(Bindings.createBooleanBinding(this::isSupervisor)));
        enabled.put(DeskAction.VACANCIES, ready);
        enabled.put(DeskAction.CITIZEN_CASE, ready);
        enabled.put(DeskAction.CASELOAD, ready);
        documentCheck = new DocumentCheck(office, session.office().zone());
        ticketScan = new TicketScan(office, this, session.office().zone(), clock);
        issueDocument = new IssueDocumentModel(office, session.operator(), session.office(), clock, printers,
                this::citizenAtCounter);
        onOfficeBack = (obs, wasDown, isDown) -> {
            if (wasDown && !isDown) {
                refresh();
            }
        };
        down.addListener(onOfficeBack);
        syncPanel = isSupervisor() ? new SyncPanelModel(office, session.operator(), session.office().zone()) : null;
        renderClock();
    }

    // ------------------------------------------------------------------ reading the office

    /** First load after login; the desk shows an empty queue until it answers. */
    public void start() {
        refresh();
    }

    /** Reads services, the queue and this counter's ticket again. */
    public void refresh() {
        if (closed) {
            return;
        }
        polling = true;
        office.submit(s -> {
                    List<ServiceInfo> all = s.directory().services();
                    boolean first = tail == null;
                    List<OfficeEvent> recent = startTail(s);
                    return new Loaded(all, recent, first ? tail.cursor() : -1, snapshot(s));
                },
                loaded -> {
                    polling = false;
                    board.services(loaded.services());
                    record(loaded.recent());
                    apply(loaded.snapshot());
                    if (loaded.cursor() >= 0 && pushed == null && !closed) {
                        pushed = office.follow(loaded.cursor(), this::pushed).orElse(null);
                    }
                    readAgainIfStale();
                },
                failure -> polling = false);
    }

    /** One event from the server's stream, on the UI thread. */
    private void pushed(OfficeEvent event) {
        if (closed) {
            return;
        }
        record(List.of(event));
        if (!changesTheQueue(event)) {
            return;
        }
        if (polling || busy.get()) {
            stale = true; // the read under way may have missed it
            return;
        }
        readQueue();
    }

    private void readQueue() {
        if (closed || office.status().isDown()) {
            return;
        }
        polling = true;
        stale = false;
        office.submit(this::snapshot, snapshot -> {
            polling = false;
            apply(snapshot);
            readAgainIfStale();
        }, failure -> polling = false);
    }

    private void readAgainIfStale() {
        if (stale && pushed != null) {
            readQueue();
        }
    }

    private static boolean changesTheQueue(OfficeEvent e) {
        return switch (e.type()) {
            case OPERATOR_LOGGED_IN, LOGIN_FAILED, LOGIN_LOCKED, BADGE_ENROLLED, BADGE_REVOKED, PRINTER_STATUS,
                 DEVICE_STATUS, DOSSIER_CHANGED -> false;
            default -> true;
        };
    }

    /** About once a second, on the UI thread. */
    public void tick() {
        renderClock();
        render();
        if (syncPanel != null && !closed) {
            syncPanel.tick();
        }
        if (closed || polling || busy.get() || office.status().isDown() || pushed != null) {
            // Pushed: the server's stream says when to read; a periodic read would also keep an idle
            // operator's session alive on the server for ever.
            return;
        }
        if (++ticksSinceRefresh >= FULL_REFRESH_TICKS) {
            refresh();
            return;
        }
        polling = true;
        office.submit(s -> {
                    boolean first = tail == null;
                    List<OfficeEvent> news = first ? startTail(s) : tail.poll();
                    // The queue is read again only when the log says something happened.
                    return new Polled(news, first || !news.isEmpty() ? Optional.of(snapshot(s)) : Optional.empty());
                },
                polled -> {
                    polling = false;
                    record(polled.events());
                    polled.snapshot().ifPresent(this::apply);
                },
                failure -> polling = false);
    }

    private record Snapshot(QueueOverview overview, Optional<Ticket> current) {
    }

    /** {@code cursor}: where the log stood at the first load (the stream starts there), or -1. */
    private record Loaded(List<ServiceInfo> services, List<OfficeEvent> recent, long cursor, Snapshot snapshot) {
    }

    private record Polled(List<OfficeEvent> events, Optional<Snapshot> snapshot) {
    }

    private record Acted<T>(T result, Snapshot snapshot) {
    }

    private Snapshot snapshot(OfficeServices s) {
        return new Snapshot(s.queue().overview(), s.queue().current(session.counter().number()));
    }

    /** Starts following the log; the first time, also returns what happened just before. */
    private List<OfficeEvent> startTail(OfficeServices s) {
        if (tail != null) {
            return List.of();
        }
        tail = EventTail.fromNow(s.events());
        // Far enough back for a kiosk that ran out of paper before this login; activity keeps the last few.
        return s.events().after(Math.max(0, tail.cursor() - PRINTER_LOOKBACK), PRINTER_LOOKBACK);
    }

    private void record(List<OfficeEvent> events) {
        deviceWarnings.apply(events);
        board.record(events);
    }

    private void apply(Snapshot snapshot) {
        ticksSinceRefresh = 0;
        board.overview(snapshot.overview());
        ticket.set(snapshot.current().orElse(null));
        snapshot.overview().counters().stream().filter(c -> c.number() == session.counter().number()).findFirst()
                .ifPresent(mine -> {
                    counterState.set(mine.state());
                    pauseReason.set(mine.pauseReason() == null ? "" : mine.pauseReason());
                });
        render();
    }

    // ------------------------------------------------------------------ showing

    private void render() {
        Instant now = clock.instant();
        Ticket t = ticket.get();
        card.set(t == null ? null : new TicketCard(t.code(), serviceName(t.serviceId()), t.priority(),
                between(t.issuedAt(), t.calledAt() == null ? now : t.calledAt()),
                t.calledAt() == null ? Duration.ZERO : between(t.calledAt(), now), t.recallCount(), t.status()));
        board.render(now);
    }

    private void renderClock() {
        ZonedDateTime now = clock.instant().atZone(session.office().zone());
        clockText.set(DateTimeFormatter.ofPattern(messages.text("clock.pattern"), messages.locale()).format(now));
    }

    String serviceName(UUID id) {
        return board.serviceName(id);
    }

    private static Duration between(Instant from, Instant to) {
        return OfficeBoard.between(from, to);
    }

    // ------------------------------------------------------------------ acting

    /**
     * A key or button. Actions that need no input go to the queue service even when their button is
     * off, so the operator reads the service's own reason; the others open their sheet when they make
     * sense and say why not otherwise.
     */
    public void trigger(DeskAction action) {
        if (closed || busy.get() || office.status().isDown() || sheet.get() != Sheet.NONE) {
            return;
        }
        boolean on = enabled.get(action).get();
        switch (action) {
            case CALL_NEXT -> callNext();
            case RECALL -> recall();
            case NO_SHOW -> noShow();
            case FINISH -> openOrExplain(on, Sheet.OUTCOME);
            case TRANSFER -> openOrExplain(on, Sheet.TRANSFER);
            case CALL_SPECIFIC -> openOrExplain(on, Sheet.CALL_SPECIFIC);
            case PAUSE -> {
                if (counterState.get() == CounterState.PAUSED) {
                    resume();
                } else {
                    openOrExplain(on, Sheet.PAUSE);
                }
            }
            case CLOSE_DAY -> {
                if (on) {
                    dayReport.set(null);
                    open(Sheet.CLOSE_DAY);
                }
            }
            case CHECK_DOCUMENT -> {
                if (on) {
                    documentCheck.clear();
                    open(Sheet.CHECK_DOCUMENT);
                }
            }
            case ISSUE_DOCUMENT -> {
                if (on) {
                    issueDocument.open();
                    open(Sheet.ISSUE_DOCUMENT);
                }
            }
            case CITIZEN_FILE -> openOrExplain(on, Sheet.CITIZEN_FILE);
            case COMPANY_COMMUNICATION -> openOrExplain(on, Sheet.COMPANY_COMMUNICATION);
            case AGENDA_BOOKING -> openOrExplain(on, Sheet.AGENDA_BOOKING);
            case AGENDA_CALENDAR -> openOrExplain(on, Sheet.AGENDA_CALENDAR);
            case CALENDAR_EDITOR -> {
                // An operator's desk has no key or button for it; a call from elsewhere opens nothing either.
                if (on) {
                    open(Sheet.CALENDAR_EDITOR);
                }
            }
            case VACANCIES -> openOrExplain(on, Sheet.VACANCIES);
            case CITIZEN_CASE -> openOrExplain(on, Sheet.CITIZEN_CASE);
            case CASELOAD -> openOrExplain(on, Sheet.CASELOAD);
            case LOG_OUT -> {
                if (on) {
                    logOut();
                } else {
                    explain();
                }
            }
        }
    }

    private void openOrExplain(boolean on, Sheet target) {
        if (on) {
            open(target);
        } else {
            explain();
        }
    }

    void open(Sheet target) {
        notice.set(null);
        sheetError.set("");
        sheet.set(target);
    }

    /** A notice from a part of the desk (the ticket scan). */
    void say(Notice n) {
        notice.set(n);
    }

    /** Why a sheet action is off right now, in the words of the desk's state. */
    private void explain() {
        String text;
        Ticket t = ticket.get();
        if (counterState.get() == CounterState.CLOSED) {
            text = messages.text("hint.closed", DeskAction.LOG_OUT.key());
        } else if (t != null) {
            text = messages.text("hint.serving", t.code(), DeskAction.FINISH.key(), DeskAction.TRANSFER.key(),
                    DeskAction.NO_SHOW.key());
        } else if (counterState.get() == CounterState.PAUSED) {
            text = messages.text("hint.paused", DeskAction.PAUSE.key());
        } else {
            text = messages.text("hint.idle", DeskAction.CALL_NEXT.key());
        }
        notice.set(Notice.info(text));
    }

    public void callNext() {
        act(s -> s.queue().callNext(operator(), counter()), called -> notice.set(called
                .map(t -> Notice.success(messages.text("notice.called", t.code())))
                .orElseGet(() -> Notice.info(messages.text("notice.nobodyWaiting")))));
    }

    public void recall() {
        act(s -> s.queue().recall(operator(), counter()),
                t -> notice.set(Notice.success(messages.text("notice.recalled", t.code(), t.recallCount()))));
    }

    public void noShow() {
        act(s -> s.queue().noShow(operator(), counter()),
                t -> notice.set(Notice.success(messages.text("notice.noShow", t.code()))));
    }

    public void finish(Outcome outcome) {
        act(s -> s.queue().finish(operator(), counter(), outcome), t -> {
            closeSheet();
            notice.set(Notice.success(messages.text("notice.finished", t.code(), messages.name(outcome))));
        });
    }

    public void transferToService(String prefix) {
        act(s -> s.queue().transferToService(operator(), counter(), prefix), t -> {
            closeSheet();
            notice.set(Notice.success(messages.text("notice.transferredToService", t.code(), serviceName(t.serviceId()))));
        });
    }

    public void transferToCounter(int target) {
        act(s -> s.queue().transferToCounter(operator(), counter(), target), t -> {
            closeSheet();
            notice.set(Notice.success(messages.text("notice.transferredToCounter", t.code(), target)));
        });
    }

    public void callSpecific(String code, String reason) {
        act(s -> s.queue().callSpecific(operator(), counter(), code, reason), t -> {
            closeSheet();
            notice.set(Notice.success(messages.text("notice.calledOutOfTurn", t.code())));
        });
    }

    public void pause(String reason) {
        act(s -> {
            s.queue().pause(operator(), counter(), reason);
            return reason.strip();
        }, why -> {
            closeSheet();
            notice.set(Notice.info(messages.text("notice.paused", why, DeskAction.PAUSE.key())));
        });
    }

    public void resume() {
        act(s -> {
            s.queue().resume(operator(), counter());
            return true;
        }, ok -> notice.set(Notice.success(messages.text("notice.resumed"))));
    }

    /** Supervisor: closes the day after the confirmation sheet; the report stays on the sheet. */
    public void confirmCloseDay() {
        act(s -> s.queue().closeDay(operator()), report -> {
            dayReport.set(report);
            notice.set(Notice.info(messages.text("notice.dayClosed", DeskAction.LOG_OUT.key())));
        });
    }

    /** Closes the counter, ends the operator's session on the server and goes back to the login. */
    public void logOut() {
        act(s -> {
            s.queue().closeCounter(operator(), counter());
            office.seat().leave(operator());
            return true;
        }, ok -> {
            dispose();
            onLoggedOut.run();
        });
    }

    public void closeSheet() {
        sheet.set(Sheet.NONE);
        sheetError.set("");
        dayReport.set(null);
    }

    /**
     * The window is closing without a logout: close the counter if nobody is at it. A ticket being
     * served stays with its open counter, so the next login here finds it again.
     */
    public void leave() {
        if (!closed && !office.status().isDown()) {
            boolean nobodyHere = ticket.get() == null;
            office.submit(s -> {
                try {
                    if (nobodyHere) {
                        s.queue().closeCounter(operator(), counter());
                    }
                } finally {
                    office.seat().leave(operator());
                }
                return true;
            }, ok -> { }, failure -> { });
        }
        dispose();
    }

    /** Stops listening to the office; the app calls it when the desk leaves the screen. */
    public void dispose() {
        closed = true;
        office.status().downProperty().removeListener(onOfficeBack);
        if (pushed != null) {
            try {
                pushed.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop following the office's events", e);
            }
            pushed = null;
        }
    }

    private <T> void act(Function<OfficeServices, T> action, Consumer<T> done) {
        if (closed || busy.get()) {
            return;
        }
        busy.set(true);
        sheetError.set("");
        office.submit(s -> new Acted<>(action.apply(s), snapshot(s)),
                acted -> {
                    busy.set(false);
                    apply(acted.snapshot());
                    done.accept(acted.result());
                    readAgainIfStale();
                },
                failure -> {
                    busy.set(false);
                    if (failure.officeDown()) {
                        return;
                    }
                    if (sheet.get() != Sheet.NONE) {
                        sheetError.set(failure.message());
                    } else {
                        notice.set(Notice.error(failure.message()));
                    }
                    // A refusal often means this desk's picture is stale (paused or closed from elsewhere).
                    refresh();
                });
    }

    private OperatorSession operator() {
        return session.operator();
    }

    private int counter() {
        return session.counter().number();
    }

    // ------------------------------------------------------------------ for the view

    /** The office around the counter: its lines, its counters, the last movements. */
    public OfficeBoard board() {
        return board;
    }

    public DeskSession session() {
        return session;
    }

    /** The central-sync panel, for supervisors and administrators. */
    public Optional<SyncPanelModel> syncPanel() {
        return Optional.ofNullable(syncPanel);
    }

    public boolean isSupervisor() {
        return session.operator().role().includes(Role.SUPERVISOR);
    }

    public BooleanBinding enabledProperty(DeskAction action) {
        return enabled.get(action);
    }

    public ReadOnlyBooleanProperty officeDownProperty() {
        return office.status().downProperty();
    }

    public ReadOnlyObjectProperty<Ticket> ticketProperty() {
        return ticket.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TicketCard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CounterState> counterStateProperty() {
        return counterState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pauseReasonProperty() {
        return pauseReason.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Sheet> sheetProperty() {
        return sheet.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sheetErrorProperty() {
        return sheetError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DayCloseReport> dayReportProperty() {
        return dayReport.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clockTextProperty() {
        return clockText.getReadOnlyProperty();
    }

    /** The health card read at this counter for the ticket being served. */
    /** The offers the citizen took from the self-service terminal to the ticket being served. */
    public BroughtOffers broughtOffers() {
        return broughtOffers;
    }

    public CitizenCard citizenCard() {
        return citizenCard;
    }

    /** The F11 sheet: issue, preview, print and reprint documents. */
    public IssueDocumentModel issueDocument() {
        return issueDocument;
    }

    /** Office work, for the sheets that have their own ViewModel (the citizen file, company communications). */
    public OfficeWork officeWork() {
        return office;
    }

    public Clock clock() {
        return clock;
    }

    /** The workstation's A4 and counter printers. */
    public DeskPrinters printers() {
        return printers;
    }

    /** Whose documents the sheet starts with: the ticket's codice fiscale, else the health card shown here. */
    public Optional<String> citizenAtCounter() {
        Ticket t = ticket.get();
        if (t == null) {
            return Optional.empty();
        }
        if (t.citizenTaxCode() != null && !t.citizenTaxCode().isBlank()) {
            return Optional.of(t.citizenTaxCode());
        }
        CitizenCard.Reading card = citizenCard.readingProperty().get();
        return card != null && card.identified() && t.id().equals(card.ticketId())
                ? Optional.of(card.codiceFiscale().code()) : Optional.empty();
    }

    /** The F8 sheet's scan check. */
    public DocumentCheck documentCheck() {
        return documentCheck;
    }

    /** A queue ticket's QR scanned at this counter. */
    public TicketScan ticketScan() {
        return ticketScan;
    }

    /** Kiosk printers, hall boards and voice that need someone, for the banner above the desk. */
    public DeviceWarnings deviceWarnings() {
        return deviceWarnings;
    }

    /** The office's latest events, newest first. */
    public Messages messages() {
        return messages;
    }
}
