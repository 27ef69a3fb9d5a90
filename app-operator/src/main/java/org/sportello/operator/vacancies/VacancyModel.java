package org.sportello.operator.vacancies;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.LanguageRequirement;
import org.sportello.model.offers.OfferHours;
import org.sportello.model.offers.Requirements;
import org.sportello.model.offers.Workplace;
import org.sportello.model.profile.CefrLevel;
import org.sportello.model.profile.DrivingLicence;
import org.sportello.model.profile.Occupation;
import org.sportello.model.profile.Occupations;
import org.sportello.model.vacancies.Vacancy;
import org.sportello.model.vacancies.VacancyField;
import org.sportello.operator.office.OfficeWork;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Notice;

/**
 * The vacancy list and form (service D): the office's open vacancies, one picked or a new one typed, checked
 * by the office (each missing field named), recorded (then in the catalogue) or closed with its outcome.
 * Lists are typed as the operator reads them: skills separated by commas, languages "en B2, de B1",
 * licences "B, C".
 */
public final class VacancyModel {
    private final OfficeWork office;
    private final Messages messages;
    private final OperatorSession operator;
    private final ZoneId zone;
    private final Clock clock;
    private final DateTimeFormatter dates;

    private final ObservableList<Vacancy> vacancies = FXCollections.observableArrayList();
    private final ObjectProperty<Vacancy> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty employerCode = new SimpleStringProperty(this, "employerCode", "");
    private final StringProperty employerName = new SimpleStringProperty(this, "employerName", "");
    private final StringProperty employerContact = new SimpleStringProperty(this, "employerContact", "");
    private final BooleanProperty publishEmployer = new SimpleBooleanProperty(this, "publishEmployer", false);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<Occupation> occupation = new SimpleObjectProperty<>(this, "occupation");
    private final StringProperty municipality = new SimpleStringProperty(this, "municipality", "");
    private final StringProperty province = new SimpleStringProperty(this, "province", "");
    private final ObjectProperty<ContractType> contract = new SimpleObjectProperty<>(this, "contract");
    private final ObjectProperty<OfferHours> hours = new SimpleObjectProperty<>(this, "hours", OfferHours.FULL);
    private final StringProperty positions = new SimpleStringProperty(this, "positions", "1");
    private final ObjectProperty<Integer> minIsced = new SimpleObjectProperty<>(this, "minIsced", -1);
    private final StringProperty years = new SimpleStringProperty(this, "years", "0");
    private final StringProperty skills = new SimpleStringProperty(this, "skills", "");
    private final StringProperty languages = new SimpleStringProperty(this, "languages", "");
    private final StringProperty licences = new SimpleStringProperty(this, "licences", "");
    private final StringProperty publishOn = new SimpleStringProperty(this, "publishOn", "");
    private final StringProperty expiresOn = new SimpleStringProperty(this, "expiresOn", "");
    private final ReadOnlyObjectWrapper<List<VacancyField>> missing = new ReadOnlyObjectWrapper<>(this, "missing",
            List.of());
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public VacancyModel(OfficeWork office, OperatorSession operator, ZoneId zone, Clock clock) {
        this.office = office;
        this.messages = office.messages();
        this.operator = operator;
        this.zone = zone;
        this.clock = clock;
        this.dates = DateTimeFormatter.ofPattern(messages.text("file.datePattern"), messages.locale());
    }

    /** The list afresh and a blank form. */
    public void open() {
        blank();
        refresh();
    }

    public void refresh() {
        office.submit(s -> s.vacancies().list(operator, false), list -> {
            vacancies.setAll(list);
            Vacancy was = selected.get();
            if (was != null) {
                list.stream().filter(v -> v.id().equals(was.id())).findFirst().ifPresentOrElse(this::show, this::blank);
            }
        }, this::failed);
    }

    /** A blank form for a new vacancy, shown from today for 30 days. */
    public void blank() {
        selected.set(null);
        for (StringProperty p : List.of(employerCode, employerName, employerContact, title, municipality, province,
                skills, languages, licences)) {
            p.set("");
        }
        publishEmployer.set(false);
        occupation.set(null);
        contract.set(null);
        hours.set(OfferHours.FULL);
        positions.set("1");
        minIsced.set(-1);
        years.set("0");
        LocalDate today = today();
        publishOn.set(dates.format(today));
        expiresOn.set(dates.format(today.plusDays(30)));
        missing.set(List.of());
        notice.set(null);
    }

    /** Fills the form with a recorded vacancy. */
    public void show(Vacancy v) {
        selected.set(v);
        employerCode.set(v.employerCode());
        employerName.set(v.employerName());
        employerContact.set(v.employerContact() == null ? "" : v.employerContact());
        publishEmployer.set(v.publishEmployer());
        title.set(v.title());
        occupation.set(Occupations.isco08().find(v.isco()).orElse(null));
        municipality.set(v.workplace().municipality());
        province.set(v.workplace().province() == null ? "" : v.workplace().province());
        contract.set(v.contract());
        hours.set(v.hours());
        positions.set(Integer.toString(v.positions()));
        Requirements r = v.requirements();
        minIsced.set(r.minIsced());
        years.set(Integer.toString(r.yearsExperience()));
        skills.set(String.join(", ", r.skills()));
        languages.set(r.languages().stream().map(l -> l.code() + " " + l.level()).collect(Collectors.joining(", ")));
        licences.set(r.licences().stream().sorted().map(Enum::name).collect(Collectors.joining(", ")));
        publishOn.set(dates.format(v.publishOn()));
        expiresOn.set(dates.format(v.expiresOn()));
        missing.set(List.of());
        notice.set(null);
    }

    /** The office's check: what is missing. Nothing is written. */
    public void check() {
        Vacancy v = formOrNotice();
        if (v == null) {
            return;
        }
        busy.set(true);
        office.submit(s -> s.vacancies().check(operator, v), found -> {
            busy.set(false);
            showMissing(found);
        }, this::failed);
    }

    /** Records the vacancy (new, or the picked one changed) after the same check; it goes into the catalogue. */
    public void save() {
        if (busy.get()) {
            return;
        }
        Vacancy v = formOrNotice();
        if (v == null) {
            return;
        }
        busy.set(true);
        office.submit(s -> {
            List<VacancyField> gaps = s.vacancies().check(operator, v);
            return gaps.isEmpty() ? new Saved(gaps, s.vacancies().save(operator, v)) : new Saved(gaps, null);
        }, saved -> {
            busy.set(false);
            showMissing(saved.missing());
            if (saved.vacancy() != null) {
                show(saved.vacancy());
                notice.set(Notice.success(messages.text("vac.saved", saved.vacancy().reference())));
                refresh();
            }
        }, this::failed);
    }

    private record Saved(List<VacancyField> missing, Vacancy vacancy) {
    }

    /** Closes the picked vacancy with its outcome; it leaves the catalogue. */
    public void close(Vacancy.Outcome outcome) {
        Vacancy v = selected.get();
        if (v == null || busy.get() || outcome == null) {
            return;
        }
        busy.set(true);
        office.submit(s -> s.vacancies().close(operator, v.id(), outcome), closed -> {
            busy.set(false);
            blank();
            notice.set(Notice.success(messages.text("vac.closed", closed.title(), outcomeName(outcome))));
            refresh();
        }, this::failed);
    }

    private void failed(OfficeWork.Failure f) {
        busy.set(false);
        notice.set(f.message() == null ? null : Notice.error(f.message()));
    }

    private void showMissing(List<VacancyField> found) {
        missing.set(found);
        notice.set(found.isEmpty() ? null : Notice.error(messages.text("vac.missing", found.stream()
                .map(f -> messages.text("vac.field." + f.name())).collect(Collectors.joining(", ")))));
    }

    private Vacancy formOrNotice() {
        try {
            return vacancy();
        } catch (IllegalArgumentException e) {
            notice.set(Notice.error(e.getMessage()));
            return null;
        }
    }

    /** The form as a vacancy; what does not read (a date, a number, a level) is refused by name. */
    Vacancy vacancy() {
        Vacancy was = selected.get();
        Requirements r = new Requirements(minIsced.get() == null ? -1 : minIsced.get(),
                number(years.get(), "vac.label.years", 0, 60), list(skills.get()), languages(languages.get()),
                licences(licences.get()));
        return new Vacancy(was == null ? null : was.id(), employerCode.get().strip().toUpperCase(Locale.ROOT),
                employerName.get(), employerContact.get(), publishEmployer.get(), title.get(),
                was == null ? null : was.description(), occupation.get() == null ? null : occupation.get().code(),
                new Workplace(municipality.get(), province.get().isBlank() ? null : province.get(), null, null),
                contract.get(), hours.get(), number(positions.get(), "vac.label.positions", 0, 999), r,
                date(publishOn.get(), "vac.label.publishOn"), date(expiresOn.get(), "vac.label.expiresOn"),
                Vacancy.Status.OPEN, null, was == null ? 0 : was.version());
    }

    private int number(String typed, String field, int min, int max) {
        try {
            int n = Integer.parseInt(typed.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(messages.text("vac.badNumber", messages.text(field), typed, min, max));
    }

    private LocalDate date(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip(), dates);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(messages.text("vac.badDate", messages.text(field), typed));
        }
    }

    private static List<String> list(String typed) {
        return Arrays.stream(typed.split("[,;\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private List<LanguageRequirement> languages(String typed) {
        List<LanguageRequirement> out = new ArrayList<>();
        for (String item : list(typed)) {
            String[] parts = item.split("\\s+");
            try {
                out.add(new LanguageRequirement(parts[0], CefrLevel.valueOf(parts[1].toUpperCase(Locale.ROOT))));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(messages.text("vac.badLanguage", item));
            }
        }
        return out;
    }

    private Set<DrivingLicence> licences(String typed) {
        Set<DrivingLicence> out = EnumSet.noneOf(DrivingLicence.class);
        for (String item : list(typed)) {
            try {
                out.add(DrivingLicence.valueOf(item.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(messages.text("vac.badLicence", item));
            }
        }
        return out;
    }

    public List<Occupation> occupations(String text) {
        return Occupations.isco08().search(text, 200);
    }

    public String occupationLabel(Occupation o) {
        return o.label(messages.locale());
    }

    public String contractName(ContractType c) {
        return messages.text("vac.contract." + c.name());
    }

    public String hoursName(OfferHours h) {
        return messages.text("vac.hours." + h.name());
    }

    public String iscedName(Integer level) {
        return level == null || level < 0 ? messages.text("vac.isced.none") : messages.text("vac.isced.level", level);
    }

    public String outcomeName(Vacancy.Outcome o) {
        return messages.text("vac.outcome." + o.name());
    }

    /** One line of the list: title, employer, where, until when. */
    public String line(Vacancy v) {
        return messages.text("vac.line", v.title(), v.employerName(), v.workplace().municipality(),
                dates.format(v.expiresOn()), v.positions());
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public Messages messages() {
        return messages;
    }

    public ObservableList<Vacancy> vacancies() {
        return vacancies;
    }

    public ObjectProperty<Vacancy> selectedProperty() {
        return selected;
    }

    public StringProperty employerCodeProperty() {
        return employerCode;
    }

    public StringProperty employerNameProperty() {
        return employerName;
    }

    public StringProperty employerContactProperty() {
        return employerContact;
    }

    public BooleanProperty publishEmployerProperty() {
        return publishEmployer;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<Occupation> occupationProperty() {
        return occupation;
    }

    public StringProperty municipalityProperty() {
        return municipality;
    }

    public StringProperty provinceProperty() {
        return province;
    }

    public ObjectProperty<ContractType> contractProperty() {
        return contract;
    }

    public ObjectProperty<OfferHours> hoursProperty() {
        return hours;
    }

    public StringProperty positionsProperty() {
        return positions;
    }

    public ObjectProperty<Integer> minIscedProperty() {
        return minIsced;
    }

    public StringProperty yearsProperty() {
        return years;
    }

    public StringProperty skillsProperty() {
        return skills;
    }

    public StringProperty languagesProperty() {
        return languages;
    }

    public StringProperty licencesProperty() {
        return licences;
    }

    public StringProperty publishOnProperty() {
        return publishOn;
    }

    public StringProperty expiresOnProperty() {
        return expiresOn;
    }

    public ReadOnlyObjectProperty<List<VacancyField>> missingProperty() {
        return missing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
