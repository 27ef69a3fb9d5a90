package org.sportello.selfservice;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.sportello.devices.DeviceStatus;
import org.sportello.devices.printer.OfferSlip;
import org.sportello.devices.printer.PrintResult;
import org.sportello.model.offers.JobOffer;

/**
 * An offer's page: the offer, fetched in the background, and "Stampa", which prints it on the
 * terminal's ticket printer (the printer's faults are answers, shown in words). UI thread only.
 */
public final class OfferPageViewModel {
    public enum PrintState { NONE, PRINTING, PRINTED, FAILED }

    private static final System.Logger LOG = System.getLogger(OfferPageViewModel.class.getName());

    private final TerminalViewModel terminal;
    private final ReadOnlyObjectWrapper<JobOffer> offer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PrintState> printState = new ReadOnlyObjectWrapper<>(PrintState.NONE);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private String asked;

    OfferPageViewModel(TerminalViewModel terminal) {
        this.terminal = terminal;
    }

    /** Opens an offer from the results: the page shows once the office has answered. */
    void open(String offerId) {
        asked = offerId;
        printState.set(PrintState.NONE);
        notice.set("");
        terminal.dispatch().background().execute(() -> {
            JobOffer answer;
            try {
                answer = terminal.offers().get(offerId);
            } catch (RuntimeException e) {
                terminal.dispatch().ui().execute(() -> {
                    if (offerId.equals(asked)) {
                        terminal.failed(e);
                    }
                });
                return;
            }
            terminal.dispatch().ui().execute(() -> {
                if (offerId.equals(asked)) {
                    offer.set(answer);
                    terminal.offerShown(answer);
                }
            });
        });
    }

    /** "Stampa": title, employer or reserved, where, contract, how to apply and a QR, on the ticket printer. */
    public void print() {
        JobOffer o = offer.get();
        if (o == null || printState.get() == PrintState.PRINTING) {
            return;
        }
        terminal.touched();
        printState.set(PrintState.PRINTING);
        OfferSlip slip = OfferSlips.compose(terminal.texts(), terminal.officeNameProperty().get(), o,
                terminal.settings().today());
        var locale = terminal.texts().locale();
        terminal.dispatch().background().execute(() -> {
            PrintResult result;
            try {
                result = terminal.printer().print(slip, locale);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "offer printer failed on " + o.id(), e);
                result = PrintResult.failed(DeviceStatus.UNKNOWN, String.valueOf(e.getMessage()));
            }
            PrintResult done = result;
            terminal.dispatch().ui().execute(() -> printed(o, done));
        });
    }

    private void printed(JobOffer o, PrintResult result) {
        if (offer.get() != o) {
            return;
        }
        printState.set(result.printed() ? PrintState.PRINTED : PrintState.FAILED);
        notice.set(terminal.texts().get(result.printed() ? "print.done" : "print.failed"));
    }

    void clear() {
        asked = null;
        offer.set(null);
        printState.set(PrintState.NONE);
        notice.set("");
    }

    public ReadOnlyObjectProperty<JobOffer> offerProperty() {
        return offer.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PrintState> printStateProperty() {
        return printState.getReadOnlyProperty();
    }

    /** "Printed: take it from below the screen", or what went wrong. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
