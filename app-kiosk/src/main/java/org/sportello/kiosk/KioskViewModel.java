package org.sportello.kiosk;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sportello.devices.DeviceStatus;
import org.sportello.devices.card.CardRead;
import org.sportello.devices.card.CardReadError;
import org.sportello.devices.printer.PrintResult;
import org.sportello.devices.printer.TicketPrinter;
import org.sportello.devices.printer.TicketPrintout;
import org.sportello.link.OfficeLink;
import org.sportello.model.agenda.CheckInAnswer;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.events.PrinterReport;
import org.sportello.model.office.Area;
import org.sportello.model.office.CounterInfo;
import org.sportello.model.office.CounterState;
import org.sportello.model.office.OfficeInfo;
import org.sportello.model.office.ServiceInfo;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.model.queue.PriorityClass;
import org.sportello.kiosk.card.HealthCard;
import org.sportello.kiosk.language.KioskLanguage;
import org.sportello.kiosk.language.KioskTexts;
import org.sportello.ui.Dispatch;
import org.sportello.ui.Scheduler.Timer;

/**
 * The kiosk: which screen is up, the home screen's tiles and choices, issuing and printing a ticket,
 * the idle reset (announced first, so a citizen still reading can stay), the citizen's language and
 * display modes, and the out-of-service state with its recovery. Runs its blocking work through
 * {@link Dispatch}; every method here is called on the UI thread.
 */
public final class KioskViewModel {
    public enum Screen { LOADING, HOME, PRIORITY, CHECK_IN, CONFIRMATION, OUT_OF_SERVICE, STAMPING }

    private static final System.Logger LOG = System.getLogger(KioskViewModel.class.getName());

    private final TicketOffice office;
    private final TicketPrinter printer;
    private final Dispatch dispatch;
    private final KioskSettings settings;
    private final ConfirmationViewModel confirmation = new ConfirmationViewModel();
    private final CheckInViewModel checkIn = new CheckInViewModel();
    private final HealthCard card = new HealthCard();
    private final TicketPrintouts printouts = new TicketPrintouts();

    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.LOADING);
    private final ObjectProperty<KioskLanguage> language = new SimpleObjectProperty<>(KioskLanguage.first());
    private final ObjectBinding<Locale> locale = Bindings.createObjectBinding(() -> language.get().locale(), language);
    private final ObjectBinding<KioskTexts> texts = Bindings.createObjectBinding(() -> KioskTexts.of(language.get()), language);
    private final DisplayModes modes = new DisplayModes();
    /** Seconds left before the idle reset while the warning is up; 0 when it is not. */
    private final ReadOnlyIntegerWrapper idleCountdown = new ReadOnlyIntegerWrapper(0);
    private final ObjectProperty<PriorityClass> priority = new SimpleObjectProperty<>(PriorityClass.STANDARD);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final StringProperty officeName = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    /** Why the kiosk is out of service when it is not an outage: what the technician must do, both languages. */
    private final StringProperty outageDetail = new SimpleStringProperty("");
    private final ObjectProperty<DeviceStatus> printerStatus = new SimpleObjectProperty<>(DeviceStatus.READY);
    private final ObservableList<ServiceTile> personTiles = FXCollections.observableArrayList();
    private final ObservableList<ServiceTile> companyTiles = FXCollections.observableArrayList();
    private final ObservableList<ServiceTile> personTilesView = FXCollections.unmodifiableObservableList(personTiles);
    private final ObservableList<ServiceTile> companyTilesView = FXCollections.unmodifiableObservableList(companyTiles);

    /** Whether this office stamps attendance cards at the kiosk (ADR 35): the home screen's tile. */
    private final BooleanProperty stampingOffered = new SimpleBooleanProperty(false);
    private final org.sportello.kiosk.stamp.StampingViewModel stamping;

    private OfficeInfo officeInfo;
    private List<ServiceInfo> services = List.of();
    private List<CounterInfo> counters = List.of();
    /** A tap that got no answer because the office was unreachable; sent again, same key, on recovery. */
    private Tap pending;
    /** The same for a check-in: a letter or a card shown while the office was away. */
    private CheckInTap pendingCheckIn;
    /** The last check-in the office turned away with a walk-in ticket on offer: the button takes it. */
    private CheckInTap offered;
    private boolean loading;
    private boolean outageLogged;
    private Timer screenTimer;
    private Timer countdownTimer;
    private Timer retryTimer;
    private Timer refreshTimer;
    private Timer printerTimer;
    private boolean checkingPrinter;
    /** Periodic refreshes since the start: the work an unattended day is made of, which the day's benchmark counts. */
    private int refreshes;
    /** What the office last heard about this printer; null until the first report, so a restart clears stale warnings. */
    private PrinterReport.State reported;
    private boolean reporting;

    public KioskViewModel(TicketOffice office, TicketPrinter printer, Dispatch dispatch, KioskSettings settings) {
        this.office = office;
        this.printer = printer;
        this.dispatch = dispatch;
        this.settings = settings;
        this.stamping = new org.sportello.kiosk.stamp.StampingViewModel(office, printer, dispatch, texts::get,
                this::printerIs, this::goOutOfService, this::restartScreenTimer);
    }

    /** Loads the office and its services; shows out-of-service and keeps trying if it cannot. */
    public void start() {
        load();
        refreshTimer = dispatch.timers().every(settings.refreshInterval(), this::refresh);
        printerTimer = dispatch.timers().every(settings.printerCheckInterval(), this::checkPrinter);
    }

    public void stop() {
        cancel(screenTimer);
        cancel(countdownTimer);
        cancel(retryTimer);
        cancel(refreshTimer);
        cancel(printerTimer);
    }

    // ---------------------------------------------------------------- citizen actions

    /** Any touch anywhere: the citizen is still there. */
    public void touched() {
        restartScreenTimer();
    }

    public void setLanguage(Locale chosen) {
        setLanguage(KioskLanguage.of(chosen));
    }

    public void setLanguage(KioskLanguage chosen) {
        language.set(chosen);
        rebuildTiles();
        touched();
    }

    /** Light text on black, thicker borders: for citizens who cannot read the usual colours. */
    public void toggleHighContrast() {
        modes.toggleHighContrast();
        touched();
    }

    /** Everything a quarter larger, laid out again (fewer words per line), nothing cut. */
    public void toggleLargeText() {
        modes.toggleLargeText();
        touched();
    }

    public void askPriority() {
        if (screen.get() == Screen.HOME && !busy.get()) {
            show(Screen.PRIORITY);
        }
    }

    public void choosePriority(PriorityClass chosen) {
        priority.set(chosen);
        show(Screen.HOME);
    }

    /** Back from the priority step, or "cancel" on the home banner: a standard ticket. */
    public void clearPriority() {
        priority.set(PriorityClass.STANDARD);
        show(Screen.HOME);
    }

    /** "I have an appointment": the screen that asks for the letter's QR or the health card. */
    public void askCheckIn() {
        if (screen.get() != Screen.HOME || busy.get()) {
            return;
        }
        checkIn.waiting();
        offered = null;
        show(Screen.CHECK_IN);
        // A card shown just before is the citizen's answer already.
        card.taxCode().ifPresent(cf -> submitCheckIn(CheckInTap.byCard(cf, language.get().locale(),
                settings.clock().instant(), false)));
    }

    /** "Back" on the check-in screen: home, with the card (if any) still there for a walk-in ticket. */
    public void leaveCheckIn() {
        if (screen.get() == Screen.CHECK_IN && !busy.get()) {
            offered = null;
            show(Screen.HOME);
        }
    }

    /** "Take a normal ticket instead", where the office offered one: the same attempt, now issuing it. */
    public void takeWalkIn() {
        if (screen.get() == Screen.CHECK_IN && !busy.get() && offered != null) {
            CheckInTap walkIn = offered.takingWalkIn();
            offered = null;
            submitCheckIn(walkIn);
        }
    }

    /**
     * A code from the barcode reader. A health card's barcode is a card; anything else is taken for an appointment
     * letter's QR and checked in, on the home or the check-in screen, or over the previous citizen's number.
     */
    public void codeScanned(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        CardRead asCard = org.sportello.devices.card.TesseraText.decode(text.strip(), settings.clock());
        if (asCard.isIdentified()) {
            cardRead(asCard);
            return;
        }
        Screen now = screen.get();
        if (busy.get() || !(now == Screen.HOME || now == Screen.CHECK_IN || now == Screen.CONFIRMATION)) {
            return;
        }
        if (now == Screen.CONFIRMATION) {
            if (confirmation.printStateProperty().get() == ConfirmationViewModel.PrintState.PRINTING) {
                return;
            }
            resetToHome();
        }
        if (screen.get() != Screen.CHECK_IN) {
            checkIn.waiting();
            show(Screen.CHECK_IN);
        }
        submitCheckIn(CheckInTap.byCode(text.strip(), language.get().locale(), settings.clock().instant()));
    }

    /** A tap on a service tile. Ignored while a ticket is being issued, so a double tap makes one ticket. */
    public void choose(String servicePrefix) {
        if (busy.get() || screen.get() != Screen.HOME) {
            return;
        }
        boolean open = tiles().stream().anyMatch(t -> t.prefix().equals(servicePrefix) && t.open());
        if (open) {
            submit(Tap.of(servicePrefix, priority.get(), language.get().locale(), settings.clock().instant(),
                    card.taxCode().orElse(null)));
        }
    }

    /**
     * A health card from the reader. A card shown while the previous citizen's number is still up
     * belongs to someone new: back to home with it. Not while a ticket is being issued (the tap has
     * already decided) nor while the kiosk is out of service.
     */
    public void cardRead(CardRead read) {
        Screen now = screen.get();
        if (busy.get() || now == Screen.LOADING || now == Screen.OUT_OF_SERVICE) {
            return;
        }
        if (now == Screen.STAMPING) {
            // The card was asked for to stamp: it goes to the stamp, never to a ticket.
            stamping.cardRead(read);
            touched();
            return;
        }
        if (now == Screen.CONFIRMATION) {
            if (confirmation.printStateProperty().get() == ConfirmationViewModel.PrintState.PRINTING) {
                return;
            }
            resetToHome();
        }
        if (screen.get() == Screen.CHECK_IN) {
            if (read.isIdentified()) {
                submitCheckIn(CheckInTap.byCard(read.codiceFiscale().code(), language.get().locale(),
                        settings.clock().instant(), false));
            } else {
                offered = null;
                checkIn.refused(texts.get().get("checkin.unreadable"), false);
                touched();
            }
            return;
        }
        card.read(read);
        touched();
        if (screen.get() == Screen.HOME && read.isIdentified()) {
            // Someone with an appointment today is checked in by the card alone; anyone else keeps it for a ticket.
            submitCheckIn(CheckInTap.byCard(read.codiceFiscale().code(), language.get().locale(),
                    settings.clock().instant(), true));
        }
    }

    /** "Remove" on the card note: the next ticket goes without the code. */
    public void removeCard() {
        card.clear();
        touched();
    }

    /** A tap on the confirmation screen. Not while printing: the number must be seen if the paper fails. */
    public void dismissConfirmation() {
        if (screen.get() == Screen.CONFIRMATION
                && confirmation.printStateProperty().get() != ConfirmationViewModel.PrintState.PRINTING) {
            resetToHome();
        }
    }

    /** The "stamp your card" tile: with a card shown just before, it stamps at once; else it asks for one. */
    public void startStamping() {
        if (screen.get() != Screen.HOME || busy.get() || !stampingOffered.get()) {
            return;
        }
        CardRead read = card.identified().orElse(null);
        card.clear(); // the code goes to the stamp, not to the next ticket
        show(Screen.STAMPING);
        stamping.start(read);
    }

    /** "Back", or a tap after the stamp: home, unless the office or the printer is still at work. */
    public void leaveStamping() {
        if (screen.get() == Screen.STAMPING && stamping.mayLeave()) {
            resetToHome();
        }
    }

    // ---------------------------------------------------------------- issuing and printing

    private void submit(Tap tap) {
        pending = tap;
        busy.set(true);
        notice.set("");
        dispatch.background().execute(() -> {
            IssuedTicket issued;
            try {
                issued = office.issue(tap.request());
            } catch (RuntimeException e) {
                dispatch.ui().execute(() -> issueFailed(tap, e));
                return;
            }
            dispatch.ui().execute(() -> issued(tap, issued));
        });
    }

    private void issued(Tap tap, IssuedTicket issued) {
        pending = null;
        busy.set(false);
        card.clear(); // the code went with this ticket; the next one starts without
        confirmation.show(issued, tap.locale());
        show(Screen.CONFIRMATION);
        OfficeInfo at = officeInfo;
        dispatch.background().execute(() -> {
            // Composed here: a script the printer lacks is drawn as a picture, which takes a moment.
            PrintResult result = print(() -> printouts.compose(at, issued, tap.locale()));
            dispatch.ui().execute(() -> printDone(issued, result));
        });
    }

    private PrintResult print(java.util.function.Supplier<TicketPrintout> composed) {
        TicketPrintout printout = null;
        try {
            printout = composed.get();
            return printer.print(printout);
        } catch (RuntimeException e) {
            // A driver should answer faults with a PrintResult; if one throws, the ticket still stands.
            LOG.log(System.Logger.Level.WARNING, "ticket printer failed on " + (printout == null ? "?" : printout.code()), e);
            return PrintResult.failed(DeviceStatus.UNKNOWN, String.valueOf(e.getMessage()));
        }
    }

    private void printDone(IssuedTicket issued, PrintResult result) {
        printerIs(result.status());
        if (!result.printed()) {
            LOG.log(System.Logger.Level.WARNING, "ticket {0} issued but not printed: {1} {2}",
                    issued.ticket().code(), result.status(), result.detail());
        }
        if (screen.get() == Screen.CONFIRMATION && confirmation.codeProperty().get().equals(issued.ticket().code())) {
            confirmation.printed(result);
            restartScreenTimer();
        }
    }

    private void issueFailed(Tap tap, RuntimeException failure) {
        busy.set(false);
        if (OfficeLink.isOutage(failure)) {
            goOutOfService(failure);
            return;
        }
        pending = null;
        if (failure instanceof SportelloException e && e.problem() == Problem.INVALID_TAX_CODE) {
            // The office refused the code (it judges dates by its own clock): the ticket can go without it.
            card.read(CardRead.failed(CardReadError.INVALID_CODICE_FISCALE, e.getMessage()));
            notice.set("");
        } else if (failure instanceof SportelloException e && e.problem() == Problem.SERVICE_CLOSED) {
            notice.set(texts.get().get("home.notice.closed", serviceName(tap.servicePrefix())));
        } else if (failure instanceof SportelloException e) {
            notice.set(e.localizedMessage(language.get() == KioskLanguage.ITALIAN ? Locale.ITALIAN : Locale.ENGLISH));
        }
        show(Screen.HOME);
        load();
    }

    // ---------------------------------------------------------------- check-in for an appointment

    private void submitCheckIn(CheckInTap tap) {
        pendingCheckIn = tap;
        busy.set(true);
        notice.set("");
        if (screen.get() == Screen.CHECK_IN) {
            checkIn.looking();
        }
        dispatch.background().execute(() -> {
            CheckInAnswer answer;
            try {
                answer = office.checkIn(tap.code(), tap.taxCode(), tap.locale().getLanguage(), tap.idempotencyKey(),
                        tap.offerWalkIn());
            } catch (RuntimeException e) {
                dispatch.ui().execute(() -> checkInFailed(tap, e));
                return;
            }
            dispatch.ui().execute(() -> checkedIn(tap, answer));
        });
    }

    private void checkedIn(CheckInTap tap, CheckInAnswer answer) {
        pendingCheckIn = null;
        busy.set(false);
        if (answer.issued() == null) {
            turnedAway(tap, answer.turnedAway(), answer.turnedAwayArgs().toArray(), answer.walkInOffered());
            return;
        }
        if (tap.fromHome() && !answer.appointment()) {
            return; // not asked for: cannot happen while the kiosk asks first, and nothing to show if it does
        }
        IssuedTicket issued = answer.issued();
        card.clear();
        offered = null;
        OfficeInfo at = officeInfo;
        if (answer.appointment()) {
            confirmation.showAppointment(answer, at.zone(), tap.locale());
        } else {
            confirmation.show(issued, tap.locale());
        }
        show(Screen.CONFIRMATION);
        dispatch.background().execute(() -> {
            PrintResult result = print(() -> answer.appointment() ? printouts.composeAppointment(at, answer, tap.locale())
                    : printouts.compose(at, issued, tap.locale()));
            dispatch.ui().execute(() -> printDone(issued, result));
        });
    }

    private void checkInFailed(CheckInTap tap, RuntimeException failure) {
        busy.set(false);
        if (OfficeLink.isOutage(failure)) {
            goOutOfService(failure);
            return;
        }
        pendingCheckIn = null;
        if (failure instanceof SportelloException e) {
            turnedAway(tap, e.problem(), e.arguments(), false);
        } else {
            LOG.log(System.Logger.Level.WARNING, "check-in failed", failure);
            turnedAway(tap, Problem.INVALID_REQUEST, new Object[0], false);
        }
    }

    /**
     * The office said no. From the home screen only an appointment of today (too early, too late) is worth the
     * citizen's attention; a card with no appointment today stays on home, for the next ticket.
     */
    private void turnedAway(CheckInTap tap, Problem why, Object[] args, boolean walkIn) {
        if (tap.fromHome() && why != Problem.CHECKIN_TOO_EARLY && why != Problem.CHECKIN_TOO_LATE) {
            return;
        }
        offered = walkIn ? tap : null;
        checkIn.refused(explanation(why, args), walkIn);
        if (screen.get() != Screen.CHECK_IN) {
            show(Screen.CHECK_IN);
        } else {
            touched();
        }
    }

    /** Why, in the citizen's language, from the problem and the times the office gave. */
    private String explanation(Problem why, Object[] args) {
        KioskTexts t = texts.get();
        String a = args.length > 0 ? String.valueOf(args[0]) : "";
        String b = args.length > 1 ? String.valueOf(args[1]) : "";
        return switch (why) {
            case CHECKIN_TOO_EARLY -> t.get("checkin.early", a, b);
            case CHECKIN_TOO_LATE -> t.get("checkin.late", a);
            case CHECKIN_OTHER_DAY -> t.get("checkin.otherday", a, b);
            case CHECKIN_NO_APPOINTMENT -> t.get("checkin.none");
            case CHECKIN_CODE_UNKNOWN -> t.get("checkin.unknown");
            case CHECKIN_CODE_ALTERED -> t.get("checkin.altered");
            case CHECKIN_APPOINTMENT_CANCELLED -> t.get("checkin.cancelled");
            case INVALID_TAX_CODE -> t.get("checkin.unreadable");
            default -> t.get("checkin.failed");
        };
    }

    // ---------------------------------------------------------------- the printer, as the office hears of it

    /** Between citizens too: a roll loaded or a cover closed must clear the desks' warning soon. */
    private void checkPrinter() {
        if (checkingPrinter) {
            return;
        }
        checkingPrinter = true;
        dispatch.background().execute(() -> {
            DeviceStatus status = printerStatus();
            dispatch.ui().execute(() -> {
                checkingPrinter = false;
                printerIs(status);
            });
        });
    }

    /**
     * Shows the status and tells the office when it differs from what the office last heard. A report
     * that fails (office unreachable) is not remembered, so the next check sends it again; a change
     * while one is on its way waits for the next check too.
     */
    private void printerIs(DeviceStatus status) {
        printerStatus.set(status);
        PrinterReport.State state = reportState(status);
        if (state == null || state == reported || reporting) {
            return;
        }
        reporting = true;
        PrinterReport report = new PrinterReport(settings.station(), state);
        dispatch.background().execute(() -> {
            boolean heard;
            try {
                office.reportPrinter(report);
                heard = true;
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "could not tell the office the printer is " + state + ": " + e);
                heard = false;
            }
            boolean done = heard;
            dispatch.ui().execute(() -> {
                reporting = false;
                if (done) {
                    reported = state;
                }
            });
        });
    }

    /** Null for UNKNOWN: a printer that does not answer may well be printing, so the office is not alarmed. */
    private static PrinterReport.State reportState(DeviceStatus status) {
        return switch (status) {
            case READY -> PrinterReport.State.OK;
            case PAPER_LOW -> PrinterReport.State.PAPER_NEAR_END;
            case PAPER_OUT -> PrinterReport.State.PAPER_OUT;
            case COVER_OPEN -> PrinterReport.State.COVER_OPEN;
            case OFFLINE -> PrinterReport.State.OFFLINE;
            case UNKNOWN -> null;
        };
    }

    // ---------------------------------------------------------------- loading, outage and recovery

    private void load() {
        if (loading) {
            return;
        }
        loading = true;
        dispatch.background().execute(() -> {
            try {
                OfficeInfo info = office.office();
                List<ServiceInfo> list = office.services();
                List<CounterInfo> open = office.counters();
                DeviceStatus status = printerStatus();
                dispatch.ui().execute(() -> loaded(info, list, open, status));
            } catch (RuntimeException e) {
                dispatch.ui().execute(() -> loadFailed(e));
            }
        });
    }

    private DeviceStatus printerStatus() {
        try {
            return printer.status();
        } catch (RuntimeException e) {
            return DeviceStatus.UNKNOWN;
        }
    }

    private void loaded(OfficeInfo info, List<ServiceInfo> list, List<CounterInfo> counterList, DeviceStatus status) {
        loading = false;
        outageDetail.set("");
        officeInfo = info;
        services = List.copyOf(list);
        counters = List.copyOf(counterList);
        officeName.set(info.name());
        stampingOffered.set(info.stampingOffered());
        printerIs(status);
        rebuildTiles();
        Screen now = screen.get();
        if (now == Screen.OUT_OF_SERVICE || now == Screen.LOADING) {
            if (outageLogged) {
                LOG.log(System.Logger.Level.INFO, "office database reachable again");
                outageLogged = false;
            }
            Tap retry = pending;
            pending = null;
            CheckInTap retryCheckIn = pendingCheckIn;
            pendingCheckIn = null;
            show(Screen.HOME);
            if (retry != null && Duration.between(retry.at(), settings.clock().instant()).compareTo(settings.idleTimeout()) < 0) {
                // Same key: if the first attempt was committed before the link broke, this returns that ticket.
                language.set(KioskLanguage.of(retry.locale()));
                submit(retry);
            } else if (retryCheckIn != null && !retryCheckIn.fromHome()
                    && Duration.between(retryCheckIn.at(), settings.clock().instant()).compareTo(settings.idleTimeout()) < 0) {
                // The citizen showed a letter or a card at the check-in screen: the same attempt, on that screen.
                language.set(KioskLanguage.of(retryCheckIn.locale()));
                rebuildTiles();
                checkIn.waiting();
                show(Screen.CHECK_IN);
                submitCheckIn(retryCheckIn);
            }
        }
    }

    private void loadFailed(RuntimeException failure) {
        loading = false;
        goOutOfService(failure);
    }

    private void goOutOfService(Throwable cause) {
        // An upgraded office server refuses this older kiosk: the screen says to update it, in both languages.
        outageDetail.set(cause instanceof SportelloException e && e.problem() == Problem.STATION_OUTDATED
                ? e.localizedMessage(KioskLanguage.ITALIAN.locale()) + "\n" + e.localizedMessage(KioskLanguage.ENGLISH.locale()) : "");
        if (!outageLogged) {
            LOG.log(System.Logger.Level.WARNING, "office database unreachable; kiosk out of service until it is back", cause);
            outageLogged = true;
        }
        show(Screen.OUT_OF_SERVICE);
        cancel(retryTimer);
        retryTimer = dispatch.timers().after(settings.retryInterval(), this::load);
    }

    /** Re-reads services and printer status while the home screen is idle, and re-decides open/closed. */
    private void refresh() {
        refreshes++;
        rebuildTiles();
        if (screen.get() == Screen.HOME && !busy.get()) {
            load();
        }
    }

    // ---------------------------------------------------------------- screens and idle reset

    private void show(Screen next) {
        screen.set(next);
        restartScreenTimer();
    }

    private void resetToHome() {
        stopCountdown();
        offered = null;
        checkIn.waiting();
        stamping.reset();
        priority.set(PriorityClass.STANDARD);
        card.clear(); // privacy: the next person must not see, nor be issued with, this card
        notice.set("");
        // The next citizen starts from the office's language and the usual display.
        modes.reset();
        if (language.get() != KioskLanguage.first()) {
            language.set(KioskLanguage.first());
            rebuildTiles();
        }
        show(Screen.HOME);
    }

    private void restartScreenTimer() {
        cancel(screenTimer);
        screenTimer = null;
        stopCountdown();
        Duration wait = switch (screen.get()) {
            case HOME, PRIORITY, CHECK_IN -> settings.idleTimeout();
            case CONFIRMATION -> confirmation.printStateProperty().get() == ConfirmationViewModel.PrintState.PRINTED
                    ? settings.confirmationTime() : settings.unprintedTime();
            case STAMPING -> stamping.stayFor(settings);
            case LOADING, OUT_OF_SERVICE -> null;
        };
        if (wait == null) {
            return;
        }
        Duration warning = settings.idleWarning();
        boolean idle = screen.get() == Screen.HOME || screen.get() == Screen.PRIORITY || screen.get() == Screen.CHECK_IN;
        if (idle && somethingToForget() && warning.isPositive() && wait.compareTo(warning) > 0) {
            // Say it is coming, and let the citizen stay, before taking away a language or a choice.
            screenTimer = dispatch.timers().after(wait.minus(warning), this::startCountdown);
        } else {
            screenTimer = dispatch.timers().after(wait, this::resetToHome);
        }
    }

    /** Whether the reset would take away anything the citizen chose; if not, it happens unannounced. */
    private boolean somethingToForget() {
        return screen.get() != Screen.HOME || language.get() != KioskLanguage.first()
                || priority.get().isPriority() || card.shownProperty().get() != null
                || modes.any();
    }

    private void startCountdown() {
        idleCountdown.set((int) Math.max(1, settings.idleWarning().toSeconds()));
        countdownTimer = dispatch.timers().every(Duration.ofSeconds(1), () -> {
            if (idleCountdown.get() <= 1) {
                resetToHome();
            } else {
                idleCountdown.set(idleCountdown.get() - 1);
            }
        });
    }

    private void stopCountdown() {
        cancel(countdownTimer);
        countdownTimer = null;
        idleCountdown.set(0);
    }

    private static void cancel(Timer timer) {
        if (timer != null) {
            timer.cancel();
        }
    }

    // ---------------------------------------------------------------- tiles

    private void rebuildTiles() {
        if (officeInfo == null) {
            return;
        }
        KioskTexts t = texts.get();
        LocalDateTime now = settings.clock().instant().atZone(officeInfo.zone()).toLocalDateTime();
        List<ServiceTile> all = services.stream().map(s -> {
            boolean open = s.hours().isOpenAt(now);
            String hours = open ? "" : ServiceHours.whenItOpens(t, s.hours(), now);
            boolean staffed = counters.stream().anyMatch(c -> c.state() == CounterState.OPEN && c.serves(s.id()));
            return new ServiceTile(s.prefix(), t.serviceName(s), t.serviceDescription(s), s.area(), open, hours,
                    staffed);
        }).toList();
        personTiles.setAll(all.stream().filter(s -> s.area() == Area.PERSONS).toList());
        companyTiles.setAll(all.stream().filter(s -> s.area() == Area.COMPANIES).toList());
    }

    private List<ServiceTile> tiles() {
        return java.util.stream.Stream.concat(personTiles.stream(), companyTiles.stream()).toList();
    }

    private String serviceName(String prefix) {
        return services.stream().filter(s -> s.prefix().equals(prefix)).findFirst()
                .map(s -> texts.get().serviceName(s)).orElse(prefix);
    }

    // ---------------------------------------------------------------- what the views bind to

    /** A text of the current language that follows the language switch. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> texts.get().get(key, args), texts);
    }

    /** A text in a given language, for screens that speak to everyone at once (out of service). */
    public static String text(KioskLanguage language, String key) {
        return KioskTexts.of(language).get(key);
    }

    /** How many periodic refreshes have run; read on the UI thread. */
    int refreshes() {
        return refreshes;
    }

    /** The timings this kiosk runs with (tests move time by them). */
    KioskSettings settings() {
        return settings;
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public ObjectBinding<Locale> localeProperty() {
        return locale;
    }

    public ReadOnlyObjectProperty<KioskLanguage> languageProperty() {
        return language;
    }

    public BooleanProperty highContrastProperty() {
        return modes.highContrastProperty();
    }

    public BooleanProperty largeTextProperty() {
        return modes.largeTextProperty();
    }

    public DisplayModes displayModes() {
        return modes;
    }

    /** Seconds left before the screen goes back to the start; 0 while no warning is shown. */
    public ReadOnlyIntegerProperty idleCountdownProperty() {
        return idleCountdown.getReadOnlyProperty();
    }

    /**
     * "Are you still there? … in 7 seconds", in the citizen's language; empty while no warning is shown,
     * so the home screen does not format a plural (and load ICU) for a notice nobody sees (issue 15).
     */
    public StringBinding idleText() {
        return Bindings.createStringBinding(() -> idleCountdown.get() == 0 ? ""
                : texts.get().get("idle.text", idleCountdown.get()), idleCountdown, texts);
    }

    public ReadOnlyObjectProperty<PriorityClass> priorityProperty() {
        return priority;
    }

    /** Shown on home while a priority is chosen: "Ticket with priority: pregnancy". */
    public StringBinding priorityBanner() {
        return Bindings.createStringBinding(() -> priority.get().isPriority()
                ? texts.get().get("home.priority.chosen", texts.get().get("priority." + priority.get().name()))
                : "", priority, texts);
    }

    /** Shown on home when the printer cannot print: tickets still work, the number is on screen. */
    public StringBinding printerWarning() {
        return Bindings.createStringBinding(() -> printerStatus.get().canPrint() ? ""
                : texts.get().get("home.printer.down"), printerStatus, texts);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty officeNameProperty() {
        return officeName;
    }

    /** Empty during an outage; what to do when the office refuses this kiosk (e.g. "update this station"). */
    public ReadOnlyStringProperty outageDetailProperty() {
        return outageDetail;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    public ObservableList<ServiceTile> personTiles() {
        return personTilesView;
    }

    public ObservableList<ServiceTile> companyTiles() {
        return companyTilesView;
    }

    /** The health card shown at this kiosk, for the note on the home screen. */
    public HealthCard card() {
        return card;
    }

    public ConfirmationViewModel confirmation() {
        return confirmation;
    }

    public CheckInViewModel checkIn() {
        return checkIn;
    }

    /** The attendance stamping screen (ADR 35). */
    public org.sportello.kiosk.stamp.StampingViewModel stamping() {
        return stamping;
    }

    /** Whether the office offers stamping at this kiosk: the home screen shows the tile. */
    public javafx.beans.value.ObservableBooleanValue stampingOfferedProperty() {
        return stampingOffered;
    }
}
