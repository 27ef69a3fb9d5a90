package org.sportello.operator.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.codicefiscale.CodiceFiscaleCheck;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.profile.Address;
import org.sportello.model.profile.Availability;
import org.sportello.model.profile.CitizenProfile;
import org.sportello.model.profile.Competence;
import org.sportello.model.profile.DrivingLicence;
import org.sportello.model.profile.Education;
import org.sportello.model.profile.EducationTitle;
import org.sportello.model.profile.Experience;
import org.sportello.model.profile.LanguageSkill;
import org.sportello.model.profile.Occupation;
import org.sportello.model.profile.Occupations;
import org.sportello.model.profile.PersonMatch;
import org.sportello.model.profile.Personal;
import org.sportello.model.profile.Professional;
import org.sportello.model.profile.ProfileFile;
import org.sportello.model.profile.ProfilePart;
import org.sportello.model.profile.SaveOutcome;
import org.sportello.model.profile.Shift;
import org.sportello.model.profile.WorkingHours;
import org.sportello.operator.office.OfficeWork;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Notice;

/**
 * The citizen's file at the desk (F12): find the person (the citizen at the counter, a codice fiscale
 * or a name), read and edit both parts, save. Saving sends the version the file was read at; when
 * another desk saved in between, the office answers both versions and this model holds them as a
 * {@link Conflict} until the operator chooses: keep the stored one, or save theirs over it knowingly.
 * Plain Java with JavaFX properties; office work runs through {@link OfficeWork}.
 */
public final class CitizenFileModel {
    public static final int SEARCH_LIMIT = 20;

    /** How the area line reads. */
    public enum Tone {
        GOOD, WARN, NEUTRAL
    }

    /** One part that differs between the operator's edit and the stored file, as the conflict shows it. */
    public record ConflictRow(ProfilePart part, String label, String yours, String stored) {
    }

    /** Both versions, until the operator decides. */
    public record Conflict(CitizenProfile yours, CitizenProfile stored, List<ConflictRow> rows) {
    }

    private final OfficeWork office;
    private final Messages messages;
    private final OperatorSession operator;
    private final Clock clock;
    private final java.time.ZoneId zone;
    private final Supplier<Optional<String>> citizen;
    private final DateTimeFormatter dates;

    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<PersonMatch> matches = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ProfileFile> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper(this, "header", "");
    private final ReadOnlyStringWrapper area = new ReadOnlyStringWrapper(this, "area", "");
    private final ReadOnlyObjectWrapper<Tone> areaTone = new ReadOnlyObjectWrapper<>(this, "areaTone", Tone.NEUTRAL);
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable", false);
    private final ReadOnlyObjectWrapper<Conflict> conflict = new ReadOnlyObjectWrapper<>(this, "conflict");

    // The personal part as typed.
    private final StringProperty familyName = new SimpleStringProperty(this, "familyName", "");
    private final StringProperty givenNames = new SimpleStringProperty(this, "givenNames", "");
    private final StringProperty birthPlace = new SimpleStringProperty(this, "birthPlace", "");
    private final StringProperty citizenship = new SimpleStringProperty(this, "citizenship", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final AddressFields residence = new AddressFields();
    private final AddressFields domicile = new AddressFields();
    // The professional part.
    private final ObservableList<Education> education = FXCollections.observableArrayList();
    private final ObservableList<Experience> experience = FXCollections.observableArrayList();
    private final StringProperty skills = new SimpleStringProperty(this, "skills", "");
    private final ObservableList<LanguageSkill> languages = FXCollections.observableArrayList();
    private final ObservableSet<DrivingLicence> licences = FXCollections.observableSet(EnumSet.noneOf(DrivingLicence.class));
    private final ObjectProperty<WorkingHours> hours = new SimpleObjectProperty<>(this, "hours", WorkingHours.EITHER);
    private final ObservableSet<Shift> shifts = FXCollections.observableSet(EnumSet.noneOf(Shift.class));
    private final StringProperty travelKm = new SimpleStringProperty(this, "travelKm", "0");

    /** The file the form was filled from: its code and version are what a save sends. */
    private CitizenProfile base;

    /** The four fields of an address, as typed. */
    public static final class AddressFields {
        public final StringProperty street = new SimpleStringProperty("");
        public final StringProperty postcode = new SimpleStringProperty("");
        public final StringProperty municipality = new SimpleStringProperty("");
        public final StringProperty province = new SimpleStringProperty("");

        Address value() {
            return new Address(street.get(), postcode.get(), municipality.get(), province.get());
        }

        void show(Address a) {
            street.set(text(a.street()));
            postcode.set(text(a.postcode()));
            municipality.set(text(a.municipality()));
            province.set(text(a.province()));
        }
    }

    public CitizenFileModel(OfficeWork office, OperatorSession operator, java.time.ZoneId zone, Clock clock,
                            Supplier<Optional<String>> citizen) {
        this.office = office;
        this.messages = office.messages();
        this.operator = operator;
        this.zone = zone;
        this.clock = clock;
        this.citizen = citizen;
        this.dates = DateTimeFormatter.ofPattern(messages.text("file.datePattern"), messages.locale());
    }

    // ------------------------------------------------------------------ opening and finding

    /** A fresh sheet: the citizen at the counter, when there is one, is opened at once. */
    public void open() {
        clear();
        search.set(citizen.get().orElse(""));
        if (!search.get().isEmpty()) {
            find();
        }
    }

    /** A codice fiscale opens that file (or offers a new one); other text searches names. */
    public void find() {
        String typed = search.get() == null ? "" : search.get().strip();
        if (typed.isEmpty()) {
            notice.set(Notice.error(messages.text("file.search.empty")));
            return;
        }
        String upper = typed.toUpperCase(Locale.ROOT).replace(" ", "");
        if (upper.length() == 16 && upper.matches("[A-Z0-9]{16}")) {
            CodiceFiscaleCheck check = CodiceFiscale.check(upper, today());
            if (check instanceof CodiceFiscaleCheck.Invalid invalid) {
                notice.set(Notice.error(messages.text("file.search.badCode", upper,
                        messages.text("cf.error." + invalid.error().name()))));
                return;
            }
            load(check.value().orElseThrow());
            return;
        }
        if (typed.length() < 2) {
            notice.set(Notice.error(messages.text("file.search.short")));
            return;
        }
        busy.set(true);
        office.submit(s -> s.profiles().search(operator, typed, SEARCH_LIMIT), found -> {
            busy.set(false);
            matches.setAll(found);
            notice.set(found.isEmpty() ? Notice.info(messages.text("file.search.none", typed))
                    : Notice.info(messages.text("file.search.found", found.size())));
        }, failure -> {
            busy.set(false);
            notice.set(failure.message() == null ? null : Notice.error(failure.message()));
        });
    }

    /** Opens the file of a search result. */
    public void pick(PersonMatch match) {
        matches.clear();
        search.set(match.codiceFiscale());
        load(CodiceFiscale.of(match.codiceFiscale(), today()));
    }

    private void load(CodiceFiscale code) {
        busy.set(true);
        matches.clear();
        office.submit(s -> s.profiles().open(operator, code), found -> {
            busy.set(false);
            conflict.set(null);
            if (found.isPresent()) {
                show(found.get());
                notice.set(found.get().editable() ? null
                        : Notice.info(messages.text("file.readOnly", found.get().ownerCode())));
            } else {
                // No file yet: an empty one for this code, saved as new (version 0).
                showProfile(new CitizenProfile(code.canonical(), code.birthDate(), 0,
                        new Personal(null, null, null, null, null, null, null, null), Professional.EMPTY));
                file.set(null);
                editable.set(true);
                area.set("");
                areaTone.set(Tone.NEUTRAL);
                notice.set(Notice.info(messages.text("file.new", code.canonical())));
            }
        }, failure -> {
            busy.set(false);
            notice.set(failure.message() == null ? null : Notice.error(failure.message()));
        });
    }

    // ------------------------------------------------------------------ saving

    /** Saves the form as an edit of the version it was read at. */
    public void save() {
        if (base == null || busy.get() || !editable.get()) {
            return;
        }
        CitizenProfile edited;
        try {
            edited = edited(base.version());
        } catch (IllegalArgumentException e) {
            notice.set(Notice.error(e.getMessage()));
            return;
        }
        send(edited);
    }

    private void send(CitizenProfile edited) {
        busy.set(true);
        office.submit(s -> s.profiles().save(operator, edited), outcome -> {
            busy.set(false);
            switch (outcome) {
                case SaveOutcome.Saved saved -> {
                    conflict.set(null);
                    show(saved.file());
                    notice.set(Notice.success(messages.text("file.saved", saved.file().profile().version())));
                }
                case SaveOutcome.Conflict c -> {
                    conflict.set(new Conflict(c.yours(), c.stored(), rows(c.yours(), c.stored())));
                    notice.set(Notice.error(messages.text("file.conflict", c.yours().version(), c.stored().version())));
                }
            }
        }, failure -> {
            busy.set(false);
            notice.set(failure.message() == null ? null : Notice.error(failure.message()));
        });
    }

    /** The conflict's choice: drop this desk's edit and show the stored file. */
    public void keepStored() {
        Conflict c = conflict.get();
        if (c == null) {
            return;
        }
        conflict.set(null);
        showProfile(c.stored());
        notice.set(Notice.info(messages.text("file.conflict.keptStored", c.stored().version())));
    }

    /** The conflict's other choice: this desk's edit, saved over the stored version the operator has now seen. */
    public void saveMineOverStored() {
        Conflict c = conflict.get();
        if (c == null) {
            return;
        }
        send(new CitizenProfile(c.yours().codiceFiscale(), c.yours().birthDate(), c.stored().version(),
                c.yours().personal(), c.yours().professional()));
    }

    private List<ConflictRow> rows(CitizenProfile yours, CitizenProfile stored) {
        List<ConflictRow> out = new ArrayList<>();
        for (ProfilePart part : stored.partsChangedIn(yours)) {
            out.add(new ConflictRow(part, messages.text("file.part." + part.name()), describe(part, yours),
                    describe(part, stored)));
        }
        return out;
    }

    /** One part of a file in words, for the conflict's two columns. */
    String describe(ProfilePart part, CitizenProfile p) {
        Professional w = p.professional();
        String none = messages.text("file.none");
        String text = switch (part) {
            case PERSONAL -> personalText(p.personal());
            case EDUCATION -> w.education().stream().map(this::educationText).collect(Collectors.joining("\n"));
            case EXPERIENCE -> w.experience().stream().map(this::experienceText).collect(Collectors.joining("\n"));
            case SKILLS -> String.join(", ", w.skills());
            case LANGUAGES -> w.languages().stream().map(l -> l.language() + " " + l.level())
                    .collect(Collectors.joining(", "));
            case LICENCES -> w.licences().stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
            case AVAILABILITY -> availabilityText(w.availability());
            case ALL -> "";
        };
        return text.isBlank() ? none : text;
    }

    private String personalText(Personal s) {
        List<String> lines = new ArrayList<>();
        lines.add(text(s.familyName()) + " " + text(s.givenNames()));
        add(lines, "file.field.birthPlace", s.birthPlace());
        add(lines, "file.field.citizenship", s.citizenship());
        add(lines, "file.residence", addressText(s.residence()));
        add(lines, "file.domicile", addressText(s.domicile()));
        add(lines, "file.field.phone", s.phone());
        add(lines, "file.field.email", s.email());
        return String.join("\n", lines);
    }

    private void add(List<String> lines, String key, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(messages.text(key) + ": " + value);
        }
    }

    private static String addressText(Address a) {
        if (a.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (a.street() != null) {
            parts.add(a.street());
        }
        String town = (text(a.postcode()) + " " + text(a.municipality())).strip()
                + (a.province() == null ? "" : " (" + a.province() + ")");
        if (!town.isBlank()) {
            parts.add(town);
        }
        return String.join(", ", parts);
    }

    public String educationText(Education e) {
        String title = messages.text("file.title." + e.title().name()) + " (ISCED " + e.title().isced() + ")";
        List<String> parts = new ArrayList<>(List.of(title));
        if (e.field() != null) {
            parts.add(e.field());
        }
        if (e.institution() != null) {
            parts.add(e.institution());
        }
        if (e.year() != null) {
            parts.add(e.year().toString());
        }
        return String.join(" · ", parts);
    }

    public String experienceText(Experience e) {
        List<String> parts = new ArrayList<>(List.of(e.employer()));
        Occupations.isco08().find(e.occupationCode()).ifPresent(o -> parts.add(o.label(messages.locale())));
        if (e.role() != null) {
            parts.add(e.role());
        }
        parts.add(new WorkSpan(e.from(), e.to()).text(messages, dates));
        return String.join(" · ", parts);
    }

    public String languageText(LanguageSkill l) {
        return l.language() + " · " + l.level().name();
    }

    private String availabilityText(Availability a) {
        String shiftText = a.shifts().stream().sorted().map(x -> messages.text("file.shift." + x.name()))
                .collect(Collectors.joining(", "));
        return messages.text("file.hours." + a.hours().name()) + (shiftText.isEmpty() ? "" : " · " + shiftText)
                + " · " + messages.text("file.travel", a.travelKm());
    }

    // ------------------------------------------------------------------ editing the lists

    /** Adds a title; {@code year} may be blank. */
    public void addEducation(EducationTitle title, String field, String institution, String year) {
        try {
            Integer y = year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
            if (y != null && (y < 1900 || y > today().getYear())) {
                throw new NumberFormatException();
            }
            if (title == null) {
                throw new IllegalArgumentException(messages.text("file.missing.title"));
            }
            education.add(new Education(title, field, institution, y));
            notice.set(null);
        } catch (NumberFormatException e) {
            notice.set(Notice.error(messages.text("file.bad.year", year)));
        } catch (IllegalArgumentException e) {
            notice.set(Notice.error(e.getMessage()));
        }
    }

    /** Adds a job; the role's code must be one of the ISCO-08 list. Dates as the desk writes them, "to" may be blank. */
    public void addExperience(String employer, Occupation role, String roleText, String from, String to) {
        try {
            if (employer == null || employer.isBlank()) {
                throw new IllegalArgumentException(messages.text("file.missing.employer"));
            }
            if (role == null) {
                throw new IllegalArgumentException(messages.text("file.missing.occupation"));
            }
            LocalDate f = date(from, false);
            LocalDate t = date(to, false);
            if (f != null && t != null && t.isBefore(f)) {
                throw new IllegalArgumentException(messages.text("file.bad.span"));
            }
            experience.add(new Experience(employer, role.code(), roleText, f, t));
            notice.set(null);
        } catch (IllegalArgumentException e) {
            notice.set(Notice.error(e.getMessage()));
        }
    }

    public void addLanguage(String language, org.sportello.model.profile.CefrLevel level) {
        if (language == null || language.isBlank() || level == null) {
            notice.set(Notice.error(messages.text("file.missing.language")));
            return;
        }
        languages.add(new LanguageSkill(language, level));
        notice.set(null);
    }

    /** The searchable ISCO-08 list: by code or words of either title. */
    public List<Occupation> occupations(String text) {
        return Occupations.isco08().search(text, 200);
    }

    public String occupationLabel(Occupation o) {
        return o.label(messages.locale());
    }

    // ------------------------------------------------------------------ the form

    private void clear() {
        base = null;
        file.set(null);
        conflict.set(null);
        matches.clear();
        header.set("");
        area.set("");
        areaTone.set(Tone.NEUTRAL);
        notice.set(null);
        editable.set(false);
        showProfile(null);
    }

    private void show(ProfileFile f) {
        file.set(f);
        editable.set(f.editable());
        showProfile(f.profile());
        showCompetence(f.competence());
    }

    private void showProfile(CitizenProfile p) {
        base = p;
        Personal s = p == null ? new Personal(null, null, null, null, null, null, null, null) : p.personal();
        Professional w = p == null ? Professional.EMPTY : p.professional();
        familyName.set(text(s.familyName()));
        givenNames.set(text(s.givenNames()));
        birthPlace.set(text(s.birthPlace()));
        citizenship.set(text(s.citizenship()));
        phone.set(text(s.phone()));
        email.set(text(s.email()));
        residence.show(s.residence());
        domicile.show(s.domicile());
        education.setAll(w.education());
        experience.setAll(w.experience());
        skills.set(String.join("\n", w.skills()));
        languages.setAll(w.languages());
        licences.clear();
        licences.addAll(w.licences());
        hours.set(w.availability().hours());
        shifts.clear();
        shifts.addAll(w.availability().shifts());
        travelKm.set(Integer.toString(w.availability().travelKm()));
        if (p == null) {
            header.set("");
        } else {
            CodiceFiscale cf = CodiceFiscale.of(p.codiceFiscale(), today());
            String name = p.fullName().isBlank() ? messages.text("file.noName") : p.fullName();
            header.set(messages.text("file.header", name, p.codiceFiscale(),
                    messages.text("file.born." + cf.sex().name(), dates.format(cf.birthDate())),
                    p.version() == 0 ? messages.text("file.version.new") : messages.text("file.version", p.version())));
        }
    }

    private void showCompetence(Competence c) {
        switch (c.standing()) {
            case THIS_OFFICE -> {
                area.set(messages.text("file.area.here", c.municipality()));
                areaTone.set(Tone.GOOD);
            }
            case OTHER_OFFICE -> {
                String office = c.office().name() + " (" + c.office().code() + ")"
                        + (c.office().address() == null ? "" : ", " + c.office().address());
                area.set(messages.text("file.area.other", c.municipality(), office));
                areaTone.set(Tone.WARN);
            }
            case UNKNOWN_AREA -> {
                area.set(messages.text("file.area.unknown", c.municipality()));
                areaTone.set(Tone.WARN);
            }
            case NO_ADDRESS -> {
                area.set(messages.text("file.area.noAddress"));
                areaTone.set(Tone.NEUTRAL);
            }
        }
    }

    /** The form as a profile of {@code version}; a field that does not read is refused by name. */
    CitizenProfile edited(long version) {
        int km;
        try {
            km = Integer.parseInt(travelKm.get() == null || travelKm.get().isBlank() ? "0" : travelKm.get().strip());
            if (km < 0 || km > Availability.MAX_TRAVEL_KM) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(messages.text("file.bad.travel", travelKm.get()));
        }
        if (familyName.get().isBlank() || givenNames.get().isBlank()) {
            throw new IllegalArgumentException(messages.text("file.missing.names"));
        }
        String mail = email.get() == null ? "" : email.get().strip();
        if (!mail.isEmpty() && !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException(messages.text("file.bad.email", mail));
        }
        String province = domicile.province.get().strip() + residence.province.get().strip();
        if (!province.isEmpty() && !province.matches("([A-Za-z]{2}){1,2}")) {
            throw new IllegalArgumentException(messages.text("file.bad.province"));
        }
        Personal personal = new Personal(familyName.get(), givenNames.get(), birthPlace.get(), citizenship.get(),
                residence.value(), domicile.value(), phone.get(), email.get());
        List<String> skillList = skills.get() == null ? List.of() : skills.get().lines().toList();
        Set<DrivingLicence> lic = licences.isEmpty() ? Set.of() : EnumSet.copyOf(licences);
        Set<Shift> sh = shifts.isEmpty() ? Set.of() : EnumSet.copyOf(shifts);
        Professional professional = new Professional(List.copyOf(education), List.copyOf(experience), skillList,
                List.copyOf(languages), lic, new Availability(hours.get(), sh, km));
        return new CitizenProfile(base.codiceFiscale(), base.birthDate(), version, personal, professional);
    }

    private LocalDate date(String typed, boolean required) {
        if (typed == null || typed.isBlank()) {
            if (required) {
                throw new IllegalArgumentException(messages.text("file.bad.date", ""));
            }
            return null;
        }
        try {
            return LocalDate.parse(typed.strip(), dates);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(messages.text("file.bad.date", typed));
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    // ------------------------------------------------------------------ properties

    public Messages messages() {
        return messages;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<PersonMatch> matches() {
        return matches;
    }

    public String matchText(PersonMatch m) {
        return m.familyName().toUpperCase(Locale.ITALIAN) + " " + m.givenNames() + " · " + m.codiceFiscale()
                + (m.birthDate() == null ? "" : " · " + dates.format(m.birthDate()));
    }

    public ReadOnlyObjectProperty<ProfileFile> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Whether a file (saved or new) is on the form. */
    public boolean loaded() {
        return base != null;
    }

    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty areaProperty() {
        return area.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> areaToneProperty() {
        return areaTone.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Conflict> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    public StringProperty familyNameProperty() {
        return familyName;
    }

    public StringProperty givenNamesProperty() {
        return givenNames;
    }

    public StringProperty birthPlaceProperty() {
        return birthPlace;
    }

    public StringProperty citizenshipProperty() {
        return citizenship;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public AddressFields residence() {
        return residence;
    }

    public AddressFields domicile() {
        return domicile;
    }

    public ObservableList<Education> education() {
        return education;
    }

    public ObservableList<Experience> experience() {
        return experience;
    }

    public StringProperty skillsProperty() {
        return skills;
    }

    public ObservableList<LanguageSkill> languages() {
        return languages;
    }

    public ObservableSet<DrivingLicence> licences() {
        return licences;
    }

    public ObjectProperty<WorkingHours> hoursProperty() {
        return hours;
    }

    public ObservableSet<Shift> shifts() {
        return shifts;
    }

    public StringProperty travelKmProperty() {
        return travelKm;
    }
}
