package org.sportello.operator.agenda;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sportello.model.agenda.BookingRule;
import org.sportello.model.agenda.SlotGenerator;
import org.sportello.operator.ui.Messages;

/**
 * The office's booking rule as the editor shows it (ADR 34): with the citizen's case manager or not, where the
 * morning ends, the least notice for a slot today, how many days ahead, and the first free slot as a last resort.
 */
public final class RuleForm {
    static final int MOST_NOTICE_MINUTES = 24 * 60;
    private final Messages messages;
    private final BooleanProperty withCaseManager = new SimpleBooleanProperty(this, "withCaseManager", true);
    private final BooleanProperty firstFreeOtherwise = new SimpleBooleanProperty(this, "firstFreeOtherwise", true);
    private final StringProperty afternoonFrom = new SimpleStringProperty(this, "afternoonFrom", "");
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final StringProperty horizon = new SimpleStringProperty(this, "horizon", "");
    private final ReadOnlyStringWrapper afternoonError = new ReadOnlyStringWrapper(this, "afternoonError", "");
    private final ReadOnlyStringWrapper noticeError = new ReadOnlyStringWrapper(this, "noticeError", "");
    private final ReadOnlyStringWrapper horizonError = new ReadOnlyStringWrapper(this, "horizonError", "");

    public RuleForm(Messages messages) {
        this.messages = messages;
        afternoonFrom.addListener((obs, was, now) -> check());
        notice.addListener((obs, was, now) -> check());
        horizon.addListener((obs, was, now) -> check());
    }

    public void load(BookingRule rule) {
        withCaseManager.set(rule.withCaseManager());
        firstFreeOtherwise.set(rule.firstFreeOtherwise());
        afternoonFrom.set(AgendaDates.time(rule.afternoonFrom()));
        notice.set(String.valueOf(rule.minimumNotice().toMinutes()));
        horizon.set(String.valueOf(rule.horizonDays()));
    }

    public boolean valid() {
        check();
        return afternoonError.get().isEmpty() && noticeError.get().isEmpty() && horizonError.get().isEmpty();
    }

    /** Only when {@link #valid()}. */
    public BookingRule value() {
        return new BookingRule(withCaseManager.get(), LocalTime.parse(HoursForm.pad(afternoonFrom.get())),
                Duration.ofMinutes(Integer.parseInt(notice.get().strip())), Integer.parseInt(horizon.get().strip()),
                firstFreeOtherwise.get());
    }

    private void check() {
        try {
            LocalTime.parse(HoursForm.pad(afternoonFrom.get()));
            afternoonError.set("");
        } catch (DateTimeParseException e) {
            afternoonError.set(messages.text("editor.rule.afternoon.bad", afternoonFrom.get().strip()));
        }
        noticeError.set(number(notice.get(), 0, MOST_NOTICE_MINUTES) ? "" : messages.text("editor.rule.notice.bad",
                MOST_NOTICE_MINUTES));
        horizonError.set(number(horizon.get(), 1, SlotGenerator.MAX_DAYS) ? "" : messages.text("editor.rule.horizon.bad",
                SlotGenerator.MAX_DAYS));
    }

    private static boolean number(String text, int least, int most) {
        try {
            int n = Integer.parseInt(text.strip());
            return n >= least && n <= most;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public BooleanProperty withCaseManagerProperty() {
        return withCaseManager;
    }

    public BooleanProperty firstFreeOtherwiseProperty() {
        return firstFreeOtherwise;
    }

    public StringProperty afternoonFromProperty() {
        return afternoonFrom;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty horizonProperty() {
        return horizon;
    }

    public ReadOnlyStringProperty afternoonErrorProperty() {
        return afternoonError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeErrorProperty() {
        return noticeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty horizonErrorProperty() {
        return horizonError.getReadOnlyProperty();
    }
}
