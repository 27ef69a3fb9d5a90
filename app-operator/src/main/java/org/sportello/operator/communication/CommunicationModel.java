package org.sportello.operator.communication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.company.CommunicationCheck;
import org.sportello.model.company.CommunicationField;
import org.sportello.model.company.CompanyCommunication;
import org.sportello.model.company.ContractType;
import org.sportello.model.company.Lateness;
import org.sportello.model.company.RecordedCommunication;
import org.sportello.model.person.JobMovement;
import org.sportello.model.profile.Occupation;
import org.sportello.model.profile.Occupations;
import org.sportello.operator.documents.DeskPrinters;
import org.sportello.operator.office.OfficeWork;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Notice;

/**
 * A company communication handed in at the counter (the company communication sheet): the operator
 * types it, the office checks it is complete and whether it is late by its rules, records it (the
 * worker's job movements follow) and issues the stamped copy, which the desk prints on A4. Nothing is
 * stamped while a field is missing: the sheet names each one.
 */
public final class CommunicationModel {
    private final OfficeWork office;
    private final Messages messages;
    private final OperatorSession operator;
    private final ZoneId zone;
    private final Clock clock;
    private final DeskPrinters printers;
    private final DateTimeFormatter dates;

    private final ObjectProperty<JobMovement.Kind> kind = new SimpleObjectProperty<>(this, "kind", JobMovement.Kind.HIRING);
    private final StringProperty employerCode = new SimpleStringProperty(this, "employerCode", "");
    private final StringProperty employerName = new SimpleStringProperty(this, "employerName", "");
    private final StringProperty workerCode = new SimpleStringProperty(this, "workerCode", "");
    private final StringProperty workerFamilyName = new SimpleStringProperty(this, "workerFamilyName", "");
    private final StringProperty workerGivenNames = new SimpleStringProperty(this, "workerGivenNames", "");
    private final StringProperty eventOn = new SimpleStringProperty(this, "eventOn", "");
    private final StringProperty endOn = new SimpleStringProperty(this, "endOn", "");
    private final ObjectProperty<ContractType> contract = new SimpleObjectProperty<>(this, "contract");
    private final ObjectProperty<Occupation> occupation = new SimpleObjectProperty<>(this, "occupation");
    private final StringProperty pages = new SimpleStringProperty(this, "pages", "1");
    private final ReadOnlyStringWrapper checkLine = new ReadOnlyStringWrapper(this, "checkLine", "");
    private final ReadOnlyBooleanWrapper late = new ReadOnlyBooleanWrapper(this, "late", false);
    private final ReadOnlyObjectWrapper<List<CommunicationField>> missing =
            new ReadOnlyObjectWrapper<>(this, "missing", List.of());
    private final ReadOnlyObjectWrapper<RecordedCommunication> recorded = new ReadOnlyObjectWrapper<>(this, "recorded");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public CommunicationModel(OfficeWork office, OperatorSession operator, ZoneId zone, Clock clock,
                              DeskPrinters printers) {
        this.office = office;
        this.messages = office.messages();
        this.operator = operator;
        this.zone = zone;
        this.clock = clock;
        this.printers = printers;
        this.dates = DateTimeFormatter.ofPattern(messages.text("file.datePattern"), messages.locale());
    }

    /** A blank form. */
    public void open() {
        kind.set(JobMovement.Kind.HIRING);
        for (StringProperty p : List.of(employerCode, employerName, workerCode, workerFamilyName, workerGivenNames,
                eventOn, endOn)) {
            p.set("");
        }
        pages.set("1");
        contract.set(null);
        occupation.set(null);
        checkLine.set("");
        late.set(false);
        missing.set(List.of());
        recorded.set(null);
        notice.set(null);
    }

    /** The office's check: what is missing, and whether it is late. Nothing is written. */
    public void check() {
        CompanyCommunication c;
        try {
            c = communication();
        } catch (IllegalArgumentException e) {
            notice.set(Notice.error(e.getMessage()));
            return;
        }
        busy.set(true);
        office.submit(s -> s.communications().check(operator, c), result -> {
            busy.set(false);
            show(result);
        }, failure -> {
            busy.set(false);
            notice.set(failure.message() == null ? null : Notice.error(failure.message()));
        });
    }

    /** Records the communication and issues its stamped copy, after the same check. */
    public void record() {
        if (busy.get() || recorded.get() != null) {
            return;
        }
        CompanyCommunication c;
        try {
            c = communication();
        } catch (IllegalArgumentException e) {
            notice.set(Notice.error(e.getMessage()));
            return;
        }
        busy.set(true);
        office.submit(s -> {
            CommunicationCheck result = s.communications().check(operator, c);
            return result.complete() ? new Outcome(result, s.communications().record(operator, c))
                    : new Outcome(result, null);
        }, outcome -> {
            busy.set(false);
            show(outcome.check());
            if (outcome.recorded() != null) {
                recorded.set(outcome.recorded());
                notice.set(Notice.success(messages.text("comm.recorded",
                        outcome.recorded().stampedCopy().entry().number().format())));
            }
        }, failure -> {
            busy.set(false);
            notice.set(failure.message() == null ? null : Notice.error(failure.message()));
        });
    }

    private record Outcome(CommunicationCheck check, RecordedCommunication recorded) {
    }

    /** Prints the stamped copy on the desk's A4 printer; the copy stays archived whatever the printer does. */
    public void printStamp() {
        RecordedCommunication r = recorded.get();
        if (r == null || busy.get()) {
            return;
        }
        busy.set(true);
        String number = r.stampedCopy().entry().number().format();
        office.submitTo(printers.printing(), () -> printers.a4().print(r.stampedCopy().pdf(), number), outcome -> {
            busy.set(false);
            notice.set(outcome.printed() ? Notice.success(messages.text("comm.printed", number, outcome.printer()))
                    : Notice.error(messages.text("comm.notPrinted", number)));
        });
    }

    private void show(CommunicationCheck result) {
        missing.set(result.missing());
        late.set(result.lateness().map(Lateness::late).orElse(false));
        String lateness = result.lateness().map(l -> l.late()
                ? messages.text("comm.late", dates.format(l.deadline()), l.daysLate())
                : messages.text("comm.onTime", dates.format(l.deadline()))).orElse("");
        String gaps = result.missing().isEmpty() ? messages.text("comm.complete")
                : messages.text("comm.missing", result.missing().stream()
                .map(f -> messages.text("comm.field." + f.name())).collect(Collectors.joining(", ")));
        checkLine.set(lateness.isEmpty() ? gaps : gaps + " · " + lateness);
        // The check line already names what is missing; an older notice would contradict it.
        notice.set(null);
    }

    /** The form as a communication; a date that does not read is refused by name. */
    CompanyCommunication communication() {
        int n;
        try {
            n = Integer.parseInt(pages.get().strip());
        } catch (NumberFormatException e) {
            n = 0;
        }
        return new CompanyCommunication(kind.get(), employerCode.get().strip().toUpperCase(Locale.ROOT),
                employerName.get(), workerCode.get(), workerFamilyName.get(), workerGivenNames.get(),
                date(eventOn.get(), "comm.field.EVENT_DATE"), date(endOn.get(), "comm.field.END_DATE"), contract.get(),
                occupation.get() == null ? null : occupation.get().code(), n);
    }

    private LocalDate date(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip(), dates);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(messages.text("comm.badDate", messages.text(field), typed));
        }
    }

    public List<Occupation> occupations(String text) {
        return Occupations.isco08().search(text, 200);
    }

    public String occupationLabel(Occupation o) {
        return o.label(messages.locale());
    }

    public String kindName(JobMovement.Kind k) {
        return messages.text("comm.kind." + k.name());
    }

    public String contractName(ContractType c) {
        return messages.text("comm.contract." + c.name());
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public Messages messages() {
        return messages;
    }

    public ObjectProperty<JobMovement.Kind> kindProperty() {
        return kind;
    }

    public StringProperty employerCodeProperty() {
        return employerCode;
    }

    public StringProperty employerNameProperty() {
        return employerName;
    }

    public StringProperty workerCodeProperty() {
        return workerCode;
    }

    public StringProperty workerFamilyNameProperty() {
        return workerFamilyName;
    }

    public StringProperty workerGivenNamesProperty() {
        return workerGivenNames;
    }

    public StringProperty eventOnProperty() {
        return eventOn;
    }

    public StringProperty endOnProperty() {
        return endOn;
    }

    public ObjectProperty<ContractType> contractProperty() {
        return contract;
    }

    public ObjectProperty<Occupation> occupationProperty() {
        return occupation;
    }

    public StringProperty pagesProperty() {
        return pages;
    }

    public ReadOnlyStringProperty checkLineProperty() {
        return checkLine.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lateProperty() {
        return late.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<CommunicationField>> missingProperty() {
        return missing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RecordedCommunication> recordedProperty() {
        return recorded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
