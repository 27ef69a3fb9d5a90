package org.sportello.kiosk.stamp;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sportello.devices.DeviceStatus;
import org.sportello.devices.card.CardRead;
import org.sportello.devices.printer.DocumentReceipt;
import org.sportello.devices.printer.PrintResult;
import org.sportello.devices.printer.TicketPrinter;
import org.sportello.kiosk.KioskSettings;
import org.sportello.kiosk.TicketOffice;
import org.sportello.kiosk.language.KioskTexts;
import org.sportello.link.OfficeLink;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.stamps.StampReceipt;
import org.sportello.model.stamps.StampRequest;
import org.sportello.ui.Dispatch;

/**
 * The attendance stamping screen (issue 13, ADR 35): "show your health card", the office's stamp, the short receipt
 * on the ticket printer and what it says on screen. No ticket, no service, no priority. Called on the UI thread;
 * the office and the printer are reached through {@link Dispatch#background()}. A printer fault leaves the number
 * on screen, as for a ticket; an office that does not answer takes the kiosk out of service, as a ticket's tap does
 * (a tap again after it comes back answers the same stamp: one a day).
 */
public final class StampingViewModel {
    public enum State { ASK_CARD, WORKING, DONE, REFUSED }

    public enum PrintState { NONE, PRINTING, PRINTED, FAILED }

    private static final System.Logger LOG = System.getLogger(StampingViewModel.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final TicketOffice office;
    private final TicketPrinter printer;
    private final Dispatch dispatch;
    private final Supplier<KioskTexts> texts;
    private final Consumer<DeviceStatus> printerIs;
    private final Consumer<RuntimeException> outage;
    private final Runnable changed;

    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.ASK_CARD);
    private final ObjectProperty<PrintState> printState = new SimpleObjectProperty<>(PrintState.NONE);
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty when = new SimpleStringProperty("");
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty instruction = new SimpleStringProperty("");
    /** Which stamp is on screen: a late printer answer for an earlier citizen must not change it. */
    private long shown;

    /**
     * @param printerIs told every printer state a print ends with (the kiosk reports it to the office)
     * @param outage    told when the office does not answer (the kiosk goes out of service)
     * @param changed   told when the screen should restart its reset timer (a new state)
     */
    public StampingViewModel(TicketOffice office, TicketPrinter printer, Dispatch dispatch, Supplier<KioskTexts> texts,
                             Consumer<DeviceStatus> printerIs, Consumer<RuntimeException> outage, Runnable changed) {
        this.office = Objects.requireNonNull(office, "office");
        this.printer = Objects.requireNonNull(printer, "printer");
        this.dispatch = Objects.requireNonNull(dispatch, "dispatch");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.printerIs = Objects.requireNonNull(printerIs, "printerIs");
        this.outage = Objects.requireNonNull(outage, "outage");
        this.changed = Objects.requireNonNull(changed, "changed");
    }

    /** The tile was tapped: asks for the card, or stamps at once with the code of a card shown just before. */
    public void start(CardRead alreadyShown) {
        reset();
        heading.set(texts.get().get("stamp.title"));
        if (alreadyShown != null && alreadyShown.isIdentified()) {
            stamp(alreadyShown);
        }
    }

    /** A card from the reader while the screen asks for one (or shows a refusal: the citizen tries again). */
    public void cardRead(CardRead read) {
        if (state.get() == State.WORKING || state.get() == State.DONE) {
            return;
        }
        if (!read.isIdentified()) {
            refuse("stamp.refused.card");
            return;
        }
        stamp(read);
    }

    /** Back to asking, for the next citizen. */
    public void reset() {
        shown++;
        state.set(State.ASK_CARD);
        printState.set(PrintState.NONE);
        heading.set(texts.get().get("stamp.title"));
        message.set(texts.get().get("stamp.ask"));
        when.set("");
        number.set("");
        instruction.set("");
    }

    /** How long the screen stays before the kiosk goes back home: as a ticket's confirmation, or the idle time. */
    public Duration stayFor(KioskSettings settings) {
        return switch (state.get()) {
            case ASK_CARD, WORKING -> settings.idleTimeout();
            case DONE -> printState.get() == PrintState.PRINTED ? settings.confirmationTime() : settings.unprintedTime();
            case REFUSED -> settings.unprintedTime();
        };
    }

    /** Whether a tap may leave the screen now: not while the office or the printer is at work. */
    public boolean mayLeave() {
        return state.get() != State.WORKING && printState.get() != PrintState.PRINTING;
    }

    /** The chip's expiry date goes with the code: the office refuses an expired card and says so. */
    private void stamp(CardRead card) {
        StampRequest request = new StampRequest(card.codiceFiscale().code(), card.expiresOn());
        long tap = ++shown;
        state.set(State.WORKING);
        message.set(texts.get().get("stamp.working"));
        changed.run();
        dispatch.background().execute(() -> {
            try {
                StampReceipt receipt = office.stamp(request);
                dispatch.ui().execute(() -> stamped(tap, receipt));
            } catch (RuntimeException e) {
                dispatch.ui().execute(() -> failed(tap, e));
            }
        });
    }

    private void stamped(long tap, StampReceipt receipt) {
        if (tap != shown) {
            return;
        }
        KioskTexts t = texts.get();
        ZonedDateTime at = receipt.stamp().at().atZone(receipt.zone());
        state.set(State.DONE);
        heading.set(t.get("stamp.done"));
        message.set(receipt.repeated() ? t.get("stamp.repeated") : "");
        when.set(t.get("stamp.when", DAY.format(at), TIME.format(at)));
        number.set(t.get("stamp.protocol", receipt.stamp().number().format()));
        printState.set(PrintState.PRINTING);
        instruction.set(t.get("stamp.printing"));
        changed.run();
        DocumentReceipt paper = StampReceipts.compose(receipt, t);
        dispatch.background().execute(() -> {
            PrintResult result;
            try {
                result = printer.print(paper, t.locale());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "ticket printer failed on stamp " + paper.protocolNumber(), e);
                result = PrintResult.failed(DeviceStatus.UNKNOWN, String.valueOf(e.getMessage()));
            }
            PrintResult done = result;
            dispatch.ui().execute(() -> printed(tap, paper, done));
        });
    }

    private void printed(long tap, DocumentReceipt paper, PrintResult result) {
        printerIs.accept(result.status());
        if (!result.printed()) {
            LOG.log(System.Logger.Level.WARNING, "stamp {0} registered but not printed: {1} {2}",
                    paper.protocolNumber(), result.status(), result.detail());
        }
        if (tap != shown) {
            return;
        }
        printState.set(result.printed() ? PrintState.PRINTED : PrintState.FAILED);
        instruction.set(result.printed() ? texts.get().get("stamp.take")
                : texts.get().get("stamp.printer.fault", paper.protocolNumber()));
        changed.run();
    }

    private void failed(long tap, RuntimeException failure) {
        if (tap != shown) {
            return;
        }
        if (OfficeLink.isOutage(failure)) {
            reset();
            outage.accept(failure);
            return;
        }
        Problem problem = failure instanceof SportelloException e ? e.problem() : null;
        if (problem == null) {
            LOG.log(System.Logger.Level.WARNING, "stamping failed", failure);
        }
        refuse(switch (problem == null ? Problem.OFFICE_UNAVAILABLE : problem) {
            case STAMP_CITIZEN_UNKNOWN, PERSON_UNKNOWN -> "stamp.refused.unknown";
            case STAMP_CARD_EXPIRED -> "stamp.refused.expired";
            case INVALID_TAX_CODE -> "stamp.refused.card";
            default -> "stamp.refused.closed";
        });
    }

    private void refuse(String key) {
        state.set(State.REFUSED);
        message.set(texts.get().get(key));
        changed.run();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    public ReadOnlyObjectProperty<PrintState> printStateProperty() {
        return printState;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    /** "Show your health card", "one moment", a refusal, or "you already stamped today". */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyStringProperty whenProperty() {
        return when;
    }

    public ReadOnlyStringProperty numberProperty() {
        return number;
    }

    /** "Take your receipt below", or, when the printer failed, to write the number down. */
    public ReadOnlyStringProperty instructionProperty() {
        return instruction;
    }
}
