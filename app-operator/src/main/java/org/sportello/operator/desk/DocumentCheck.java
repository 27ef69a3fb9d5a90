package org.sportello.operator.desk;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.sportello.model.protocol.ProtocolEntry;
import org.sportello.model.seal.Outcome;
import org.sportello.model.seal.Verdict;
import org.sportello.operator.office.OfficeWork;
import org.sportello.operator.ui.Messages;

/**
 * The desk's document check (F8): a scanned code goes to the office's {@code ScanCheck} off the UI
 * thread, and the verdict comes back as texts for the sheet. Plain Java with JavaFX properties.
 */
public final class DocumentCheck {
    /** How the verdict looks: trustworthy, void or suspect, or only partly known. */
    public enum Tone {
        GOOD,
        BAD,
        WARN
    }

    /** One label/value line of the entry found. */
    public record Detail(String label, String value) {
    }

    private final OfficeWork office;
    private final Messages messages;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation", "");
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(this, "tone");
    private final ReadOnlyObjectWrapper<List<Detail>> details = new ReadOnlyObjectWrapper<>(this, "details", List.of());
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking", false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public DocumentCheck(OfficeWork office, ZoneId zone) {
        this.office = office;
        this.messages = office.messages();
        this.zone = zone;
    }

    /** Checks what the scanner (or the operator) typed; blank input is ignored. */
    public void check(String scanned) {
        String text = scanned == null ? "" : scanned.strip();
        if (text.isEmpty() || checking.get()) {
            return;
        }
        checking.set(true);
        error.set("");
        office.submit(s -> s.scans().check(text), v -> {
            checking.set(false);
            show(v);
        }, failure -> {
            checking.set(false);
            clearVerdict();
            error.set(failure.message() != null ? failure.message() : messages.text("check.officeDown"));
        });
    }

    public void clear() {
        clearVerdict();
        error.set("");
    }

    private void clearVerdict() {
        verdict.set(null);
        headline.set("");
        explanation.set("");
        tone.set(null);
        details.set(List.of());
    }

    private void show(Verdict v) {
        Locale locale = messages.locale();
        headline.set(messages.text("check.outcome." + v.outcome().name()));
        explanation.set(v.explain(locale, zone));
        tone.set(toneOf(v.outcome()));
        details.set(v.entry().map(e -> details(e, locale)).orElse(List.of()));
        // Last: the sheet redraws on this one, and everything it reads is in place by now.
        verdict.set(v);
    }

    static Tone toneOf(Outcome outcome) {
        return switch (outcome) {
            case GENUINE, OTHER_OFFICE -> Tone.GOOD;
            case ANNULLED, ALTERED, UNKNOWN -> Tone.BAD;
            case REGISTERED_NUMBER, OTHER_OFFICE_UNVERIFIABLE, NOT_A_SEAL -> Tone.WARN;
        };
    }

    private List<Detail> details(ProtocolEntry e, Locale locale) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern(messages.text("check.dateTimePattern"), locale);
        String status = messages.text("check.status." + e.status().name());
        if (e.isAnnulled()) {
            status += " · " + when.format(e.annulledAt().atZone(zone)) + " · " + e.annulmentReason();
        }
        return List.of(
                new Detail(messages.text("check.number"), e.number().format()),
                new Detail(messages.text("check.kind"), messages.text("check.kind." + e.kind().name())),
                new Detail(messages.text("check.title"), e.title()),
                new Detail(messages.text("check.subject"), e.subjectName() == null ? e.subjectCode()
                        : e.subjectName() + " · " + e.subjectCode()),
                new Detail(messages.text("check.registered"), when.format(e.registeredAt().atZone(zone))),
                new Detail(messages.text("check.status"), status));
    }

    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Detail>> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
