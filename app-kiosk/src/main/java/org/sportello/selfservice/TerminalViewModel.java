package org.sportello.selfservice;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import org.sportello.devices.card.CardRead;
import org.sportello.devices.printer.TicketPrinter;
import org.sportello.kiosk.DisplayModes;
import org.sportello.kiosk.language.KioskLanguage;
import org.sportello.link.OfficeLink;
import org.sportello.model.offers.Fit;
import org.sportello.model.offers.JobOffer;
import org.sportello.ui.Dispatch;
import org.sportello.ui.Scheduler.Timer;
import org.sportello.model.offers.OfferHit;
import org.sportello.model.offers.OfferResults;
import org.sportello.model.offers.CardFit;
import org.sportello.model.offers.OfferQuery;
import org.sportello.model.offers.AttachOutcome;
import org.sportello.model.offers.OfferSearch;

/**
 * The self-consultation terminal: which screen is up, the citizen's language and display modes, the
 * health card (only the first name and the fits ever reach the screen), the offers chosen to take to
 * the desk, the idle reset that forgets all of it, and the out-of-service state with its recovery. The screens' own state
 * lives in {@link SearchViewModel}, {@link OfferPageViewModel} and {@link CoursesViewModel}. Blocking
 * work goes through {@link Dispatch}; every method here runs on the UI thread.
 */
public final class TerminalViewModel {
    public enum Screen { LOADING, SEARCH, OFFER, COURSES, OUT_OF_SERVICE }

    /** The card shown now. {@code known} false: no file at this office; {@code checking} while the office is asked. */
    public record Card(String taxCode, boolean checking, boolean known, String firstName) {
    }

    /** What happened to "take to the desk", for the message under the button. */
    public enum AttachState { NONE, SENDING, ATTACHED, NO_TICKET, FAILED }

    private static final System.Logger LOG = System.getLogger(TerminalViewModel.class.getName());
    /** How many fits a search asks for: as many as the list shows. */
    static final int FIT_LIMIT = OfferQuery.DEFAULT_LIMIT;

    private final OfferSearch offers;
    private final TicketPrinter printer;
    private final Dispatch dispatch;
    private final TerminalSettings settings;
    private final Supplier<String> officeName;

    private final SearchViewModel search;
    private final OfferPageViewModel page;
    private final CoursesViewModel courses;

    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.LOADING);
    private final ObjectProperty<KioskLanguage> language = new SimpleObjectProperty<>(KioskLanguage.first());
    private final ObjectBinding<TerminalTexts> texts = Bindings.createObjectBinding(() -> TerminalTexts.of(language.get()), language);
    private final ReadOnlyStringWrapper office = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Card> card = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper cardNotice = new ReadOnlyStringWrapper("");
    private final ObservableMap<String, Fit> fits = FXCollections.observableHashMap();
    private final ObservableSet<String> chosen = FXCollections.observableSet(new java.util.LinkedHashSet<>());
    private final ReadOnlyObjectWrapper<AttachState> attachState = new ReadOnlyObjectWrapper<>(AttachState.NONE);
    private final ReadOnlyStringWrapper attachNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper idleCountdown = new ReadOnlyIntegerWrapper(0);
    private final DisplayModes modes = new DisplayModes();

    private Timer idleTimer;
    private Timer countdownTimer;
    private Timer retryTimer;
    private boolean loading;
    private boolean outageLogged;
    /** Bumped whenever the card changes: an answer for an earlier card is dropped. */
    private long cardSerial;

    public TerminalViewModel(OfferSearch offers, Supplier<String> officeName, TicketPrinter printer, Dispatch dispatch,
                             TerminalSettings settings) {
        this.offers = offers;
        this.officeName = officeName;
        this.printer = printer;
        this.dispatch = dispatch;
        this.settings = settings;
        this.search = new SearchViewModel(this);
        this.page = new OfferPageViewModel(this);
        this.courses = new CoursesViewModel(this);
    }

    public void start() {
        load();
    }

    public void stop() {
        cancel(idleTimer);
        cancel(countdownTimer);
        cancel(retryTimer);
    }

    // ---------------------------------------------------------------- navigation

    /** Any touch: the citizen is still there. */
    public void touched() {
        restartIdleTimer();
    }

    public void setLanguage(KioskLanguage chosenLanguage) {
        language.set(chosenLanguage);
        attachNotice.set(attachText(attachState.get()));
        touched();
    }

    public void openOffer(String offerId) {
        if (screen.get() == Screen.OUT_OF_SERVICE || screen.get() == Screen.LOADING) {
            return;
        }
        page.open(offerId);
        touched();
    }

    /** Back from an offer or the calendar to the results, as they were. */
    public void showSearch() {
        if (screen.get() == Screen.OFFER || screen.get() == Screen.COURSES) {
            page.clear();
            show(Screen.SEARCH);
        }
    }

    public void showCourses() {
        if (screen.get() == Screen.SEARCH || screen.get() == Screen.OFFER) {
            page.clear();
            courses.load();
            show(Screen.COURSES);
        }
    }

    /** Light text on black, thick borders: for a citizen who cannot read the usual colours. */
    public void toggleHighContrast() {
        modes.toggleHighContrast();
        touched();
    }

    /** Everything a quarter larger, laid out again (fewer words a line), nothing cut. */
    public void toggleLargeText() {
        modes.toggleLargeText();
        touched();
    }

    /** "I have finished": everything cleared now, as the idle reset would. */
    public void finish() {
        resetAll();
    }

    // ---------------------------------------------------------------- the health card

    /** A card from the reader: the office is asked for the first name and the fits of the offers shown. */
    public void cardRead(CardRead read) {
        Screen now = screen.get();
        if (now == Screen.LOADING || now == Screen.OUT_OF_SERVICE) {
            return;
        }
        touched();
        chosen.clear();
        fits.clear();
        setAttach(AttachState.NONE);
        long serial = ++cardSerial;
        if (!read.isIdentified()) {
            card.set(null);
            cardNotice.set(texts().get("card.unreadable"));
            return;
        }
        String taxCode = read.codiceFiscale().code();
        cardNotice.set("");
        card.set(new Card(taxCode, true, false, ""));
        List<String> ids = search.hits().stream().map(OfferHit::id).toList();
        dispatch.background().execute(() -> {
            CardFit answer;
            try {
                answer = offers.cardFit(taxCode, ids, FIT_LIMIT);
            } catch (RuntimeException e) {
                dispatch.ui().execute(() -> {
                    if (serial == cardSerial) {
                        failed(e);
                    }
                });
                return;
            }
            dispatch.ui().execute(() -> {
                if (serial != cardSerial) {
                    return;
                }
                card.set(new Card(taxCode, false, answer.known(), answer.known() ? answer.firstName() : ""));
                cardNotice.set(answer.known() ? "" : texts().get("card.unknown"));
                fits.putAll(answer.byOffer());
            });
        });
    }

    /** New results or a newly opened offer while a card is shown: their fits, for the offers not yet scored. */
    private void fitsFor(List<String> offerIds) {
        Card c = card.get();
        if (c == null || c.checking() || !c.known()) {
            return;
        }
        List<String> missing = offerIds.stream().filter(id -> !fits.containsKey(id)).toList();
        if (missing.isEmpty()) {
            return;
        }
        long serial = cardSerial;
        dispatch.background().execute(() -> {
            try {
                CardFit answer = offers.cardFit(c.taxCode(), missing, FIT_LIMIT);
                dispatch.ui().execute(() -> {
                    if (serial == cardSerial) {
                        fits.putAll(answer.byOffer());
                    }
                });
            } catch (RuntimeException e) {
                dispatch.ui().execute(() -> {
                    if (serial == cardSerial) {
                        failed(e);
                    }
                });
            }
        });
    }

    /** Ticks or unticks an offer for "take to the desk"; only with a known card shown. */
    public void toggleChosen(String offerId) {
        Card c = card.get();
        if (c == null || !c.known()) {
            return;
        }
        if (!chosen.remove(offerId)) {
            chosen.add(offerId);
        }
        setAttach(AttachState.NONE);
        touched();
    }

    /** "Porta allo sportello": the chosen offers go with the citizen's ticket of today. */
    public void attachChosen() {
        Card c = card.get();
        if (c == null || !c.known() || chosen.isEmpty() || attachState.get() == AttachState.SENDING) {
            return;
        }
        touched();
        List<String> ids = new ArrayList<>(chosen);
        long serial = cardSerial;
        setAttach(AttachState.SENDING);
        dispatch.background().execute(() -> {
            AttachOutcome outcome;
            try {
                outcome = offers.attach(c.taxCode(), ids);
            } catch (RuntimeException e) {
                dispatch.ui().execute(() -> {
                    if (serial != cardSerial) {
                        return;
                    }
                    if (OfficeLink.isOutage(e)) {
                        failed(e);
                    } else {
                        LOG.log(System.Logger.Level.WARNING, "the office refused to attach offers: " + e);
                        setAttach(AttachState.FAILED);
                    }
                });
                return;
            }
            dispatch.ui().execute(() -> {
                if (serial != cardSerial) {
                    return;
                }
                if (outcome.attached()) {
                    lastTicket = outcome.ticketNumber();
                    chosen.clear();
                    setAttach(AttachState.ATTACHED);
                } else {
                    setAttach(AttachState.NO_TICKET);
                }
            });
        });
    }

    private String lastTicket = "";

    private void setAttach(AttachState state) {
        attachState.set(state);
        attachNotice.set(attachText(state));
    }

    private String attachText(AttachState state) {
        return switch (state) {
            case NONE, SENDING -> "";
            case ATTACHED -> texts().get("attach.done", lastTicket);
            case NO_TICKET -> texts().get("attach.no.ticket");
            case FAILED -> texts().get("attach.failed");
        };
    }

    // ---------------------------------------------------------------- called by the screens' ViewModels

    void resultsShown(List<OfferHit> hits) {
        fitsFor(hits.stream().map(OfferHit::id).toList());
    }

    void offerShown(JobOffer offer) {
        show(Screen.OFFER);
        fitsFor(List.of(offer.id()));
    }

    /** A call that failed: an outage takes the terminal out of service; anything else is logged and shown calmly. */
    void failed(RuntimeException e) {
        if (OfficeLink.isOutage(e)) {
            goOutOfService(e);
        } else {
            LOG.log(System.Logger.Level.WARNING, "the office refused a terminal request: " + e);
        }
    }

    // ---------------------------------------------------------------- loading, outage and recovery

    private void load() {
        if (loading) {
            return;
        }
        loading = true;
        dispatch.background().execute(() -> {
            try {
                String name = officeName.get();
                OfferResults first = offers.search(OfferQuery.EVERYTHING);
                dispatch.ui().execute(() -> loaded(name, first));
            } catch (RuntimeException e) {
                dispatch.ui().execute(() -> {
                    loading = false;
                    goOutOfService(e);
                });
            }
        });
    }

    private void loaded(String name, OfferResults first) {
        loading = false;
        office.set(name == null ? "" : name);
        if (outageLogged) {
            LOG.log(System.Logger.Level.INFO, "office reachable again; terminal back in service");
            outageLogged = false;
        }
        show(Screen.SEARCH);
        search.searchNow();
    }

    private void goOutOfService(Throwable cause) {
        if (!outageLogged) {
            LOG.log(System.Logger.Level.WARNING, "office unreachable; terminal out of service until it is back", cause);
            outageLogged = true;
        }
        // Whoever was at the screen is not kept waiting with their card on it: start afresh on return.
        forgetCitizen();
        screen.set(Screen.OUT_OF_SERVICE);
        stopIdle();
        cancel(retryTimer);
        retryTimer = dispatch.timers().after(settings.retryInterval(), this::load);
    }

    // ---------------------------------------------------------------- idle reset

    private void show(Screen next) {
        screen.set(next);
        restartIdleTimer();
    }

    /** Clears everything personal and every choice, and shows the start again with fresh results. */
    private void resetAll() {
        forgetCitizen();
        if (screen.get() != Screen.OUT_OF_SERVICE && screen.get() != Screen.LOADING) {
            show(Screen.SEARCH);
            search.searchNow();
        }
        stopIdle();
    }

    private void forgetCitizen() {
        cardSerial++;
        card.set(null);
        cardNotice.set("");
        fits.clear();
        chosen.clear();
        lastTicket = "";
        setAttach(AttachState.NONE);
        search.reset();
        page.clear();
        courses.clear();
        language.set(KioskLanguage.first());
        // The next citizen finds the usual display, whatever this one needed.
        modes.reset();
        attachNotice.set("");
    }

    private void restartIdleTimer() {
        stopIdle();
        Screen now = screen.get();
        if (now == Screen.LOADING || now == Screen.OUT_OF_SERVICE) {
            return;
        }
        Duration wait = settings.idleTimeout();
        Duration warning = settings.idleWarning();
        if (somethingToForget() && warning.isPositive() && wait.compareTo(warning) > 0) {
            idleTimer = dispatch.timers().after(wait.minus(warning), this::startCountdown);
        } else {
            idleTimer = dispatch.timers().after(wait, this::resetAll);
        }
    }

    /** Whether the reset would take anything away; if not, it happens unannounced. */
    boolean somethingToForget() {
        return screen.get() != Screen.SEARCH || card.get() != null || !cardNotice.get().isEmpty()
                || !search.whatProperty().get().isEmpty() || !search.whereProperty().get().isEmpty()
                || search.anyChip() || language.get() != KioskLanguage.first() || modes.any();
    }

    private void startCountdown() {
        idleCountdown.set((int) Math.max(1, settings.idleWarning().toSeconds()));
        countdownTimer = dispatch.timers().every(Duration.ofSeconds(1), () -> {
            if (idleCountdown.get() <= 1) {
                resetAll();
            } else {
                idleCountdown.set(idleCountdown.get() - 1);
            }
        });
    }

    private void stopIdle() {
        cancel(idleTimer);
        idleTimer = null;
        cancel(countdownTimer);
        countdownTimer = null;
        idleCountdown.set(0);
    }

    private static void cancel(Timer timer) {
        if (timer != null) {
            timer.cancel();
        }
    }

    // ---------------------------------------------------------------- what the views and screens use

    Dispatch dispatch() {
        return dispatch;
    }

    OfferSearch offers() {
        return offers;
    }

    TicketPrinter printer() {
        return printer;
    }

    public TerminalSettings settings() {
        return settings;
    }

    public TerminalTexts texts() {
        return texts.get();
    }

    /** A text of the current language that follows the language switch. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> texts.get().get(key, args), texts);
    }

    public ObjectBinding<TerminalTexts> textsProperty() {
        return texts;
    }

    public SearchViewModel search() {
        return search;
    }

    public OfferPageViewModel page() {
        return page;
    }

    public CoursesViewModel courses() {
        return courses;
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<KioskLanguage> languageProperty() {
        return language;
    }

    public ReadOnlyStringProperty officeNameProperty() {
        return office.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Card> cardProperty() {
        return card.getReadOnlyProperty();
    }

    /** "Card not readable", "no file at this office": said calmly beside the card area. */
    public ReadOnlyStringProperty cardNoticeProperty() {
        return cardNotice.getReadOnlyProperty();
    }

    public ObservableMap<String, Fit> fits() {
        return fits;
    }

    public ObservableSet<String> chosen() {
        return chosen;
    }

    public ReadOnlyObjectProperty<AttachState> attachStateProperty() {
        return attachState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty attachNoticeProperty() {
        return attachNotice.getReadOnlyProperty();
    }

    /** High contrast and large text, as the citizen switched them (the switches bind to them). */
    public DisplayModes displayModes() {
        return modes;
    }

    public ReadOnlyIntegerProperty idleCountdownProperty() {
        return idleCountdown.getReadOnlyProperty();
    }

    /** The fit of one offer, or null without a known card. */
    public Fit fit(String offerId) {
        return fits.get(offerId);
    }

    Map<String, Fit> fitsView() {
        return Map.copyOf(fits);
    }
}
