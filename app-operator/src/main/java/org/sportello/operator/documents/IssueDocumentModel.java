package org.sportello.operator.documents;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sportello.devices.printer.DocumentReceipt;
import org.sportello.devices.printer.PrintResult;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.company.PartitaIva;
import org.sportello.model.documents.CertificateFacts;
import org.sportello.model.documents.DocumentDetails;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.documents.DuplicatePaper;
import org.sportello.model.documents.IssuedPaper;
import org.sportello.model.documents.ShortReceipt;
import org.sportello.model.office.OfficeInfo;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.codicefiscale.CodiceFiscaleCheck;
import org.sportello.model.person.PersonFile;
import org.sportello.model.protocol.ProtocolEntry;
import org.sportello.model.protocol.ProtocolNumber;
import org.sportello.model.protocol.Subject;
import org.sportello.model.protocol.SubjectKind;
import org.sportello.model.seal.SealPayload;
import org.sportello.link.OfficeServices;
import org.sportello.operator.office.OfficeWork;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Notice;

/**
 * The desk's document sheet: pick a kind and a subject, add what the kind needs, issue through the
 * office's {@code DocumentService} (register + archive, ADR 15), look at the pages, print them on
 * the A4 printer, print the short receipt on the counter's printer, or reprint a duplicate. Plain
 * Java with JavaFX properties; the office's work runs on the office thread, the printers' on their own.
 *
 * <p>A document that was issued stays issued whatever a printer does: every failure says so and
 * leaves the document on the sheet to print again.
 */
public final class IssueDocumentModel {
    /** How the subject line reads: found with what the kind needs, found but lacking it, not usable, nothing yet. */
    public enum Tone {
        GOOD,
        WARN,
        BAD,
        NEUTRAL
    }

    /**
     * The document on the sheet: the entry, its seal, the PDF to print (the original, or a marked
     * duplicate), its pages drawn for the preview, and whether this copy has been printed on A4.
     */
    public record Shown(ProtocolEntry entry, SealPayload seal, byte[] pdf, List<BufferedImage> pages, Locale language,
                        boolean duplicate, boolean printed) {
        public Shown {
            pages = List.copyOf(pages);
        }

        Shown asPrinted() {
            return new Shown(entry, seal, pdf, pages, language, duplicate, true);
        }

        String jobName() {
            return entry.number().format() + (duplicate ? " DUPLICATO" : "");
        }
    }

    private final OfficeWork office;
    private final Messages messages;
    private final OperatorSession operator;
    private final OfficeInfo officeInfo;
    private final Clock clock;
    private final DeskPrinters printers;
    private final Supplier<Optional<String>> citizen;

    private final ObjectProperty<DocumentKind> kind =
            new SimpleObjectProperty<>(this, "kind", DocumentKind.EMPLOYMENT_STATUS_CERTIFICATE);
    private final StringProperty subjectCode = new SimpleStringProperty(this, "subjectCode", "");
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(this, "language", Locale.ITALIAN);
    private final StringProperty companyName = new SimpleStringProperty(this, "companyName", "");
    /** Where a company's stamped copy goes instead: the communication intake, with the company's code. */
    private Consumer<String> stampedCopyIntake = code -> { };
    private final StringProperty items = new SimpleStringProperty(this, "items", "");
    private final StringProperty appointmentDate = new SimpleStringProperty(this, "appointmentDate", "");
    private final StringProperty appointmentTime = new SimpleStringProperty(this, "appointmentTime", "");
    private final StringProperty place = new SimpleStringProperty(this, "place", "");
    private final StringProperty caseManager = new SimpleStringProperty(this, "caseManager", "");
    private final StringProperty purpose = new SimpleStringProperty(this, "purpose", "");
    private final ReadOnlyStringWrapper subjectLine = new ReadOnlyStringWrapper(this, "subjectLine", "");
    private final ReadOnlyObjectWrapper<Tone> subjectTone = new ReadOnlyObjectWrapper<>(this, "subjectTone", Tone.NEUTRAL);
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final IntegerProperty page = new SimpleIntegerProperty(this, "page", 0);
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    /** The subject the last look-up was for, so typing the same code again asks nothing. */
    private String lookedUp = "";

    public IssueDocumentModel(OfficeWork office, OperatorSession operator, OfficeInfo officeInfo, Clock clock,
                              DeskPrinters printers, Supplier<Optional<String>> citizen) {
        this.office = office;
        this.messages = office.messages();
        this.operator = operator;
        this.officeInfo = officeInfo;
        this.clock = clock;
        this.printers = printers;
        this.citizen = citizen;
        // Whether the subject's file has what the kind needs depends on the kind: look again.
        kind.addListener((obs, old, now) -> {
            lookedUp = "";
            lookUpSubject();
        });
    }

    // ------------------------------------------------------------------ opening

    /**
     * A fresh sheet: the citizen at the counter (their ticket's codice fiscale, or the health card
     * shown at the desk) is the subject until the operator types another.
     */
    public void open() {
        shown.set(null);
        page.set(0);
        notice.set(null);
        lookedUp = "";
        subjectLine.set("");
        subjectTone.set(Tone.NEUTRAL);
        subjectCode.set(citizen.get().orElse(""));
        if (!subjectCode.get().isEmpty()) {
            lookUpSubject();
        }
    }

    public List<DocumentKind> kinds() {
        // The shortlist is printed from a vacancy's candidates (who agreed is in its contacts), not from here.
        return Arrays.stream(DocumentKind.values()).filter(k -> k != DocumentKind.VACANCY_SHORTLIST).toList();
    }

    public String kindName(DocumentKind k) {
        return messages.text("issue.kind." + k.name());
    }

    public boolean forCompanies() {
        return CertificateFacts.subjects(kind.get()).contains(SubjectKind.COMPANY);
    }

    public boolean forPeople() {
        return CertificateFacts.subjects(kind.get()).contains(SubjectKind.PERSON);
    }

    // ------------------------------------------------------------------ the subject

    /** Checks the typed code and reads what the office knows of its owner; called as the operator leaves the field. */
    public void lookUpSubject() {
        String typed = subjectCode.get() == null ? "" : subjectCode.get().strip().toUpperCase(Locale.ROOT);
        if (typed.isEmpty()) {
            subjectLine.set("");
            subjectTone.set(Tone.NEUTRAL);
            lookedUp = "";
            return;
        }
        if (typed.equals(lookedUp)) {
            return;
        }
        if (ProtocolNumber.parse(typed).isPresent()) {
            subjectLine.set(messages.text("issue.subject.protocolNumber", typed));
            subjectTone.set(Tone.NEUTRAL);
            lookedUp = typed;
            return;
        }
        Subject subject;
        try {
            subject = subject(typed);
        } catch (IllegalArgumentException e) {
            subjectLine.set(e.getMessage());
            subjectTone.set(Tone.BAD);
            lookedUp = "";
            return;
        }
        lookedUp = typed;
        subjectLine.set(messages.text("issue.subject.looking"));
        subjectTone.set(Tone.NEUTRAL);
        DocumentKind forKind = kind.get();
        office.submit(s -> describe(s, subject, forKind), line -> {
            if (typed.equals(lookedUp)) {
                subjectLine.set(line.text());
                subjectTone.set(line.tone());
                if (line.companyName() != null && companyName.get().isBlank()) {
                    companyName.set(line.companyName());
                }
            }
        }, failure -> {
            lookedUp = "";
            subjectLine.set(failure.message() != null ? failure.message() : messages.text("issue.officeDown"));
            subjectTone.set(Tone.BAD);
        });
    }

    private record SubjectLine(String text, Tone tone, String companyName) {
    }

    private SubjectLine describe(OfficeServices s, Subject subject, DocumentKind forKind) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(messages.text("issue.datePattern"), messages.locale());
        if (subject instanceof Subject.Person p) {
            Optional<PersonFile> found = s.people().find(operator, p.codiceFiscale());
            if (found.isEmpty()) {
                return new SubjectLine(messages.text("issue.subject.unknown", p.codiceFiscale().canonical()), Tone.BAD,
                        null);
            }
            PersonFile f = found.get();
            LocalDate today = today();
            String born = messages.text("issue.subject.born." + f.person().sex().name(),
                    dates.format(f.person().birthDate()), f.person().birthPlaceName() == null
                            ? f.codiceFiscale().birthPlace() : f.person().birthPlaceName());
            String registered = f.registration().map(d -> messages.text("issue.subject.registered", dates.format(d)))
                    .orElse(messages.text("issue.subject.notRegistered"));
            String did = f.availabilityOn(today).map(d -> messages.text("issue.subject.did", dates.format(d.declaredOn())))
                    .orElse(messages.text("issue.subject.noDid"));
            String moves = messages.text("issue.subject.movements", f.movementsUntil(today).size());
            // The same rule issuing applies (a status certificate needs a DID too, ADR 29).
            boolean lacking = new org.sportello.model.documents.CertificateFacts(today, java.time.Instant.now())
                    .lacking(forKind, f).isPresent();
            return new SubjectLine(String.join(" · ", f.person().fullName(), born, registered, did, moves),
                    lacking ? Tone.WARN : Tone.GOOD, null);
        }
        Subject.Company c = (Subject.Company) subject;
        return s.people().companyName(operator, c.code())
                .map(name -> new SubjectLine(messages.text("issue.subject.company", name), Tone.GOOD, name))
                .orElseGet(() -> new SubjectLine(messages.text("issue.subject.companyUnknown", c.code()), Tone.NEUTRAL,
                        null));
    }

    /**
     * The typed code as the kind's subject: a person's codice fiscale (fully checked), or for company
     * kinds a partita IVA or a sole trader's codice fiscale.
     */
    private Subject subject(String typed) {
        boolean person = forPeople();
        boolean company = forCompanies();
        if (company && typed.matches("(IT)?\\d{11}")) {
            String why = PartitaIva.check(typed);
            if (why != null) {
                throw new IllegalArgumentException(messages.text("issue.subject.badVat", typed));
            }
            return new Subject.Company(PartitaIva.parse(typed).orElseThrow());
        }
        CodiceFiscaleCheck check = CodiceFiscale.check(typed, today());
        if (check instanceof CodiceFiscaleCheck.Invalid invalid) {
            throw new IllegalArgumentException(messages.text("issue.subject.badCode", typed,
                    messages.text("cf.error." + invalid.error().name())));
        }
        CodiceFiscale cf = check.value().orElseThrow();
        // A company kind for a code that is a person's: the sole trader, unless the kind also takes people.
        return person ? new Subject.Person(cf) : new Subject.Company(cf);
    }

    // ------------------------------------------------------------------ issuing

    /** Issues the document described on the sheet; the preview shows it when the office has filed it. */
    public void issue() {
        if (busy.get()) {
            return;
        }
        DocumentKind k = kind.get();
        if (k == DocumentKind.STAMPED_RECEIPT) {
            notice.set(Notice.info(messages.text("issue.stampedViaIntake")));
            stampedCopyIntake.accept(subjectCode.get() == null ? "" : subjectCode.get().strip().toUpperCase(Locale.ROOT));
            return;
        }
        Subject subject;
        DocumentDetails details;
        try {
            String typed = subjectCode.get() == null ? "" : subjectCode.get().strip().toUpperCase(Locale.ROOT);
            if (typed.isEmpty()) {
                throw new IllegalArgumentException(messages.text(forCompanies() && !forPeople()
                        ? "issue.missing.companyCode" : "issue.missing.code"));
            }
            subject = subject(typed);
            details = details(k, subject);
        } catch (IllegalArgumentException e) {
            notice.set(Notice.error(e.getMessage()));
            return;
        }
        Locale documentLanguage = language.get();
        busy.set(true);
        notice.set(Notice.info(messages.text("issue.issuing")));
        // The office composes the facts from its own records and clock, and seals with its own key.
        office.submit(s -> {
            IssuedPaper issued = s.documents().issue(operator, k, subject, details, documentLanguage);
            return new Shown(issued.entry(), issued.seal(), issued.pdf(),
                    PdfPages.render(issued.pdf(), PdfPages.PREVIEW_DPI), documentLanguage, false, false);
        }, doc -> {
            busy.set(false);
            show(doc);
            notice.set(Notice.success(messages.text("issue.issued", doc.entry().number().format())));
        }, this::refused);
    }

    private DocumentDetails details(DocumentKind k, Subject subject) {
        String company = subject instanceof Subject.Company ? required(companyName, "issue.missing.companyName") : null;
        return switch (k) {
            case DOCUMENTS_RECEIPT -> {
                List<String> lines = items.get() == null ? List.of() : items.get().lines().map(String::strip)
                        .filter(l -> !l.isEmpty()).toList();
                if (lines.isEmpty()) {
                    throw new IllegalArgumentException(messages.text("issue.missing.items"));
                }
                yield new DocumentDetails(company, null, 0, lines, null, null, null, null);
            }
            case APPOINTMENT_LETTER -> new DocumentDetails(null, null, 0, List.of(), appointment(),
                    required(place, "issue.missing.place"), blankToNull(caseManager.get()),
                    required(purpose, "issue.missing.purpose"));
            default -> DocumentDetails.NONE;
        };
    }

    private LocalDateTime appointment() {
        String d = appointmentDate.get() == null ? "" : appointmentDate.get().strip();
        String t = appointmentTime.get() == null ? "" : appointmentTime.get().strip();
        if (d.isEmpty() || t.isEmpty()) {
            throw new IllegalArgumentException(messages.text("issue.missing.appointmentEmpty"));
        }
        try {
            LocalDate day = LocalDate.parse(d, DateTimeFormatter.ofPattern(messages.text("issue.datePattern")));
            LocalTime time = LocalTime.parse(t, DateTimeFormatter.ofPattern("H:mm"));
            return day.atTime(time);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(messages.text("issue.missing.appointment", d, t));
        }
    }

    private String required(StringProperty field, String missingKey) {
        String value = blankToNull(field.get());
        if (value == null) {
            throw new IllegalArgumentException(messages.text(missingKey));
        }
        return value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void show(Shown doc) {
        page.set(0);
        shown.set(doc);
    }

    // ------------------------------------------------------------------ printing

    /** Prints the copy in the preview on the A4 printer; an original prints once, then only as a duplicate. */
    public void printA4() {
        Shown doc = actionable();
        if (doc == null) {
            return;
        }
        if (doc.printed() && !doc.duplicate()) {
            notice.set(Notice.info(messages.text("issue.alreadyPrinted", doc.entry().number().format())));
            return;
        }
        busy.set(true);
        notice.set(Notice.info(messages.text("issue.printing", doc.entry().number().format())));
        office.submitTo(printers.printing(), () -> printers.a4().print(doc.pdf(), doc.jobName()), outcome -> {
            busy.set(false);
            String number = doc.entry().number().format();
            if (outcome.printed()) {
                if (shown.get() == doc) {
                    shown.set(doc.asPrinted());
                }
                notice.set(Notice.success(messages.text(doc.duplicate() ? "issue.printed.duplicate" : "issue.printed",
                        number, outcome.printer())));
                return;
            }
            notice.set(Notice.error(switch (outcome.result()) {
                case NO_PRINTER -> messages.text("issue.print.noPrinter", number);
                case PRINTER_NOT_FOUND -> messages.text("issue.print.notFound", outcome.printer(),
                        outcome.detail().isBlank() ? messages.text("issue.print.none") : outcome.detail(), number);
                default -> messages.text("issue.print.refused", outcome.printer(), outcome.detail(), number);
            }));
        });
    }

    /** The short receipt of the document on the sheet, on the counter's ticket printer, in the document's language. */
    public void printReceipt() {
        Shown doc = actionable();
        if (doc == null) {
            return;
        }
        ShortReceipt words = ShortReceipt.of(doc.entry(), doc.seal(), officeInfo.name(), doc.language(),
                officeInfo.zone());
        DocumentReceipt receipt = new DocumentReceipt(words.officeName(), words.heading(), words.kindTitle(),
                words.protocolLine(), words.protocolNumber(), words.dateLine(), words.subjectLine(),
                words.sealPayload(), words.footerLine());
        Locale operatorLanguage = messages.locale();
        busy.set(true);
        office.submitTo(printers.printing(), () -> printers.counter().print(receipt, operatorLanguage), result -> {
            busy.set(false);
            notice.set(receiptNotice(result, doc.entry().number().format()));
        });
    }

    private Notice receiptNotice(PrintResult result, String number) {
        if (result.printed()) {
            return Notice.success(messages.text("issue.receipt.printed", number));
        }
        String why = result.detail() == null || result.detail().isBlank()
                ? messages.name(result.status()) : result.detail();
        return Notice.error(messages.text("issue.receipt.failed", why, number));
    }

    /**
     * A duplicate (recorded by the office) of the document on the sheet, or of the one whose protocol
     * number is typed in the code field (a paper issued days ago), shown in the preview to print with F5.
     */
    public void reprint() {
        Shown doc = shown.get();
        Optional<ProtocolNumber> typed = ProtocolNumber.parse(subjectCode.get() == null ? "" : subjectCode.get().strip());
        if (doc == null && typed.isEmpty()) {
            notice.set(Notice.info(messages.text("issue.nothingYet")));
            return;
        }
        if (busy.get()) {
            return;
        }
        // A typed number wins: the operator asked for that paper.
        ProtocolNumber number = typed.orElseGet(() -> doc.entry().number());
        Locale copyLanguage = doc != null && doc.entry().number().equals(number) ? doc.language() : language.get();
        busy.set(true);
        office.submit(s -> {
            // The office sends the very seal printed on the original, for the short receipt.
            DuplicatePaper dup = s.documents().reprint(operator, number);
            return new Shown(dup.entry(), dup.seal(), dup.pdf(), PdfPages.render(dup.pdf(), PdfPages.PREVIEW_DPI), copyLanguage,
                    true, false);
        }, dup -> {
            busy.set(false);
            show(dup);
            notice.set(Notice.success(messages.text("issue.duplicateReady", dup.entry().number().format())));
        }, this::refused);
    }

    /** The document on the sheet when an action on it can start now; null otherwise (saying why when it is missing). */
    private Shown actionable() {
        Shown doc = shown.get();
        if (doc == null) {
            notice.set(Notice.info(messages.text("issue.nothingYet")));
            return null;
        }
        return busy.get() ? null : doc;
    }

    private void refused(OfficeWork.Failure failure) {
        busy.set(false);
        notice.set(Notice.error(failure.message() != null ? failure.message() : messages.text("issue.officeDown")));
    }

    public void nextPage() {
        Shown doc = shown.get();
        if (doc != null && page.get() < doc.pages().size() - 1) {
            page.set(page.get() + 1);
        }
    }

    public void previousPage() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), officeInfo.zone());
    }

    // ------------------------------------------------------------------ for the view

    public Messages messages() {
        return messages;
    }

    public ObjectProperty<DocumentKind> kindProperty() {
        return kind;
    }

    public StringProperty subjectCodeProperty() {
        return subjectCode;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public StringProperty companyNameProperty() {
        return companyName;
    }

    /**
     * A company's stamped copy is not issued from this sheet: it is the last step of recording the company's
     * communication, which checks it is complete and on time first (the same check as the counter's intake,
     * {@code CommunicationRules}). {@code intake} receives the company's code typed here.
     */
    public void onStampedCopy(Consumer<String> intake) {
        this.stampedCopyIntake = intake;
    }

    public StringProperty itemsProperty() {
        return items;
    }

    public StringProperty appointmentDateProperty() {
        return appointmentDate;
    }

    public StringProperty appointmentTimeProperty() {
        return appointmentTime;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty caseManagerProperty() {
        return caseManager;
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    public ReadOnlyStringProperty subjectLineProperty() {
        return subjectLine.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> subjectToneProperty() {
        return subjectTone.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
