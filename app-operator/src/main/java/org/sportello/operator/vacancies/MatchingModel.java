package org.sportello.operator.vacancies;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.documents.IssuedPaper;
import org.sportello.model.offers.FitReason;
import org.sportello.model.vacancies.Candidate;
import org.sportello.model.vacancies.Contact;
import org.sportello.model.vacancies.ContactOutcome;
import org.sportello.model.vacancies.Vacancy;
import org.sportello.operator.documents.DeskPrinters;
import org.sportello.operator.office.OfficeWork;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Notice;

/**
 * Matching a vacancy: the office's candidates ranked by the fit engine, the picked one's explanation (what
 * matches, what is missing), the contact log and a new contact's outcome, the shortlist of those ticked (who
 * must have agreed) issued sealed by the office and printed on A4.
 */
public final class MatchingModel {
    public static final int CANDIDATES = 50;

    private final OfficeWork office;
    private final Messages messages;
    private final OperatorSession operator;
    private final DeskPrinters printers;
    private final DateTimeFormatter times;
    private final ZoneId zone;

    private final ObjectProperty<Vacancy> vacancy = new SimpleObjectProperty<>(this, "vacancy");
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<Candidate> picked = new SimpleObjectProperty<>(this, "picked");
    private final ObservableList<String> explanation = FXCollections.observableArrayList();
    private final ObservableList<Contact> contacts = FXCollections.observableArrayList();
    private final ObservableSet<String> chosen = FXCollections.observableSet(new TreeSet<>());
    private final ObjectProperty<ContactOutcome> outcome = new SimpleObjectProperty<>(this, "outcome",
            ContactOutcome.INTERESTED);
    private final BooleanProperty shareContact = new SimpleBooleanProperty(this, "shareContact", false);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyObjectWrapper<IssuedPaper> shortlist = new ReadOnlyObjectWrapper<>(this, "shortlist");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public MatchingModel(OfficeWork office, OperatorSession operator, ZoneId zone, DeskPrinters printers) {
        this.office = office;
        this.messages = office.messages();
        this.operator = operator;
        this.zone = zone;
        this.printers = printers;
        this.times = DateTimeFormatter.ofPattern(messages.text("vac.timePattern"), messages.locale());
        picked.addListener((obs, was, now) -> explain(now));
    }

    /** The candidates and contacts of {@code v}, afresh. */
    public void open(Vacancy v) {
        vacancy.set(v);
        candidates.clear();
        contacts.clear();
        chosen.clear();
        picked.set(null);
        shortlist.set(null);
        notice.set(null);
        note.set("");
        shareContact.set(false);
        outcome.set(ContactOutcome.INTERESTED);
        reload();
    }

    private void reload() {
        Vacancy v = vacancy.get();
        if (v == null) {
            return;
        }
        busy.set(true);
        office.submit(s -> new Loaded(s.vacancies().candidates(operator, v.id(), CANDIDATES),
                s.vacancies().contacts(operator, v.id())), loaded -> {
            busy.set(false);
            String keep = picked.get() == null ? null : picked.get().codiceFiscale();
            candidates.setAll(loaded.candidates());
            contacts.setAll(loaded.contacts().reversed());
            picked.set(loaded.candidates().stream().filter(c -> c.codiceFiscale().equals(keep)).findFirst()
                    .orElse(loaded.candidates().isEmpty() ? null : loaded.candidates().getFirst()));
            if (loaded.candidates().isEmpty()) {
                notice.set(Notice.info(messages.text("match.none")));
            }
        }, this::failed);
    }

    private record Loaded(List<Candidate> candidates, List<Contact> contacts) {
    }

    /** Logs a contact with the picked candidate (outcome, consent to share contacts, note). */
    public void logContact() {
        Vacancy v = vacancy.get();
        Candidate c = picked.get();
        if (v == null || c == null || busy.get()) {
            return;
        }
        ContactOutcome o = outcome.get();
        boolean share = shareContact.get();
        String n = note.get();
        busy.set(true);
        office.submit(s -> s.vacancies().logContact(operator, v.id(), c.codiceFiscale(), o, share, n), logged -> {
            busy.set(false);
            note.set("");
            notice.set(Notice.success(messages.text("match.logged", c.name(), outcomeName(o))));
            reload();
        }, this::failed);
    }

    /** Ticks or unticks a candidate for the shortlist. */
    public void toggle(Candidate c) {
        if (!chosen.remove(c.codiceFiscale())) {
            chosen.add(c.codiceFiscale());
        }
    }

    /** Issues the sealed shortlist of the ticked candidates and prints it on the desk's A4 printer. */
    public void printShortlist() {
        Vacancy v = vacancy.get();
        if (v == null || busy.get()) {
            return;
        }
        if (chosen.isEmpty()) {
            notice.set(Notice.error(messages.text("match.noneChosen")));
            return;
        }
        List<String> codes = List.copyOf(chosen);
        busy.set(true);
        office.submit(s -> s.vacancies().shortlist(operator, v.id(), codes, messages.locale()), paper -> {
            shortlist.set(paper);
            String number = paper.entry().number().format();
            office.submitTo(printers.printing(), () -> printers.a4().print(paper.pdf(), number), printed -> {
                busy.set(false);
                notice.set(printed.printed()
                        ? Notice.success(messages.text("match.printed", number, printed.printer()))
                        : Notice.error(messages.text("match.notPrinted", number)));
                reload();
            });
        }, this::failed);
    }

    private void failed(OfficeWork.Failure f) {
        busy.set(false);
        notice.set(f.message() == null ? null : Notice.error(f.message()));
    }

    private void explain(Candidate c) {
        if (c == null) {
            explanation.clear();
            return;
        }
        explanation.setAll(c.fit().reasons().stream().map(this::reason).toList());
    }

    /** One reason in words: "✓ Occupation: 432 (same group)" or "✗ English B2 asked, known B1". */
    public String reason(FitReason r) {
        List<String> a = r.args();
        String key = "match.reason." + r.aspect().name() + (r.met() ? ".met" : ".missing");
        String text = switch (r.aspect()) {
            case OCCUPATION -> messages.text(key, a.get(0), a.get(1).isEmpty() ? "-" : a.get(1),
                    messages.text("match.level." + a.get(2)));
            case EXPERIENCE, EDUCATION -> messages.text(key, a.get(0), a.get(1).isEmpty() ? "-" : a.get(1));
            case SKILL, LICENCE -> messages.text(key, a.get(0));
            case LANGUAGE -> messages.text(key, language(a.get(0)), a.get(1), a.get(2).isEmpty() ? "-" : a.get(2));
            case HOURS -> messages.text(key, messages.text("vac.hours." + a.get(0).toUpperCase(Locale.ROOT)),
                    messages.text("match.hours." + a.get(1)));
            case DISTANCE -> messages.text(key, a.get(0), a.get(1));
        };
        return messages.text(r.met() ? "match.mark.met" : "match.mark.missing", text);
    }

    private String language(String code) {
        String name = Locale.of(code).getDisplayLanguage(messages.locale());
        return name.isEmpty() ? code : name;
    }

    public String outcomeName(ContactOutcome o) {
        return messages.text("match.outcome." + o.name());
    }

    public String closeName(Vacancy.Outcome o) {
        return messages.text("vac.outcome." + o.name());
    }

    /** One line of the candidate list: score, name, latest outcome. */
    public String line(Candidate c) {
        return messages.text("match.candidate", c.fit().score(), c.name(),
                c.lastOutcome() == null ? "" : outcomeName(c.lastOutcome()));
    }

    /** One line of the contact log. */
    public String line(Contact k) {
        return messages.text("match.contact", times.format(k.at().atZone(zone)), k.name(), outcomeName(k.outcome()),
                k.shareContact() ? messages.text("match.shares") : "", k.note() == null ? "" : k.note(), k.operator());
    }

    public Messages messages() {
        return messages;
    }

    public ObjectProperty<Vacancy> vacancyProperty() {
        return vacancy;
    }

    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    public ObjectProperty<Candidate> pickedProperty() {
        return picked;
    }

    public ObservableList<String> explanation() {
        return explanation;
    }

    public ObservableList<Contact> contacts() {
        return contacts;
    }

    public ObservableSet<String> chosen() {
        return chosen;
    }

    public Set<String> chosenCodes() {
        return Set.copyOf(chosen);
    }

    public ObjectProperty<ContactOutcome> outcomeProperty() {
        return outcome;
    }

    public BooleanProperty shareContactProperty() {
        return shareContact;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyObjectProperty<IssuedPaper> shortlistProperty() {
        return shortlist.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
