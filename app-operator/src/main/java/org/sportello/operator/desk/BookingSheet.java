package org.sportello.operator.desk;

import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sportello.devices.card.CardRead;
import org.sportello.devices.card.TesseraText;
import org.sportello.operator.agenda.BookingModel;
import org.sportello.operator.agenda.BookingPane;

/**
 * Shift+F11: book, rebook or cancel an appointment and print its letter. The sheet is the frame; the work is
 * {@link BookingPane} and its {@link BookingModel}. A health card swiped while it is open books for that person.
 */
final class BookingSheet extends SheetCard {
    private final BookingPane pane;
    private final BookingModel booking;

    BookingSheet(DeskViewModel model, BookingModel booking) {
        super(model, "bookingSheet");
        this.booking = booking;
        getStyleClass().add("agenda-sheet");
        pane = new BookingPane(booking);
        VBox.setVgrow(pane, Priority.ALWAYS);
        layOut(messages.text("booking.title"), messages.text("booking.keys"), pane);
        setMaxHeight(Double.MAX_VALUE);
    }

    @Override
    boolean onKey(KeyEvent event) {
        return pane.onKey(event);
    }

    @Override
    boolean onScan(String burst) {
        CardRead read = TesseraText.decode(burst == null ? "" : burst.strip(), java.time.Clock.systemDefaultZone());
        if (!read.isIdentified()) {
            return false;
        }
        booking.codeProperty().set(read.codiceFiscale().code());
        booking.find();
        return true;
    }

    @Override
    void focus() {
        pane.focus();
    }
}
