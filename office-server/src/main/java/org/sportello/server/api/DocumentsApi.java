package org.sportello.server.api;

import io.grpc.stub.StreamObserver;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.documents.DocumentDetails;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.documents.DocumentService;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.person.PersonRecords;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.model.protocol.ProtocolNumber;
import org.sportello.model.protocol.Subject;
import org.sportello.model.protocol.SubjectKind;
import org.sportello.model.seal.ScanCheck;
import org.sportello.model.sync.SyncHealthService;
import org.sportello.protocol.v1.CompanyNameReply;
import org.sportello.protocol.v1.DocumentDetailsMsg;
import org.sportello.protocol.v1.DocumentsGrpc;
import org.sportello.protocol.v1.IssueDocumentRequest;
import org.sportello.protocol.v1.IssuedDocumentMsg;
import org.sportello.protocol.v1.PersonFileReply;
import org.sportello.protocol.v1.PersonQuery;
import org.sportello.protocol.v1.ReprintRequest;
import org.sportello.protocol.v1.ScanRequest;
import org.sportello.protocol.v1.SessionRef;
import org.sportello.protocol.v1.SyncHealthMsg;
import org.sportello.protocol.v1.VerdictMsg;
import org.sportello.protocol.wire.DocumentWire;
import org.sportello.server.session.OperatorSessions;

/**
 * The Documents service (ADR 23): desks ask the server to issue, reprint and check papers and to read
 * the person files they are made from; the signing key stays here. Only desk (and the server's own
 * admin) stations, and only with an operator's session on that station; what the operator may do is
 * then the model's to say (the sync's health is for supervisors). Every request is checked before it
 * touches anything, and a bad one is answered INVALID_ARGUMENT to its sender alone.
 */
public final class DocumentsApi extends DocumentsGrpc.DocumentsImplBase {
    static final int MAX_CODE = 16;
    static final int MAX_COMMUNICATION = 500;
    static final int MAX_ITEMS = 50;
    static final int MAX_ITEM = 200;
    static final int MAX_PAGES = 10_000;
    static final int MAX_TEXT = 200;
    static final int MAX_SCAN = 512;
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,2}");

    private final DocumentService documents;
    private final PersonRecords people;
    private final ScanCheck scans;
    private final SyncHealthService syncHealth;
    private final OperatorSessions sessions;
    private final ZoneId zone;
    private final Clock clock;

    public DocumentsApi(DocumentService documents, PersonRecords people, ScanCheck scans,
                        SyncHealthService syncHealth, OperatorSessions sessions, ZoneId zone, Clock clock) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.people = Objects.requireNonNull(people, "people");
        this.scans = Objects.requireNonNull(scans, "scans");
        this.syncHealth = Objects.requireNonNull(syncHealth, "syncHealth");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The service over the office database the server holds, with the server's clock. */
    public static DocumentsApi of(OfficeConnection office, OperatorSessions sessions, Clock clock) {
        return new DocumentsApi(office.documentService(), office.people(), office.scans(), office.syncHealth(),
                sessions, office.directory().office().zone(), clock);
    }

    @Override
    public void issue(IssueDocumentRequest request, StreamObserver<IssuedDocumentMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("issue documents", request.getSession());
            DocumentKind kind = known(DocumentKind.class, "kind", request.getKind());
            SubjectKind subjectKind = known(SubjectKind.class, "subject_kind", request.getSubjectKind());
            Subject subject = Subject.parse(subjectKind, code("subject_code", request.getSubjectCode()), today());
            Locale locale = language(request.getLanguage());
            DocumentDetails details = details(request.getDetails());
            return DocumentWire.toMsg(documents.issue(operator, kind, subject, details, locale));
        });
    }

    @Override
    public void reprint(ReprintRequest request, StreamObserver<IssuedDocumentMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("reprint documents", request.getSession());
            String text = bounded("number", request.getNumber(), 32);
            ProtocolNumber number = ProtocolNumber.parse(text)
                    .orElseThrow(() -> invalid("number is not a protocol number: " + text));
            return DocumentWire.toMsg(documents.reprint(operator, number));
        });
    }

    @Override
    public void checkScan(ScanRequest request, StreamObserver<VerdictMsg> reply) {
        Calls.answer(reply, () -> {
            operator("check documents", request.getSession());
            return DocumentWire.toMsg(scans.check(bounded("text", request.getText(), MAX_SCAN)));
        });
    }

    @Override
    public void findPerson(PersonQuery request, StreamObserver<PersonFileReply> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("read person files", request.getSession());
            CodiceFiscale code = CodiceFiscale.of(code("code", request.getCode()), today());
            return DocumentWire.toMsg(people.find(operator, code));
        });
    }

    @Override
    public void companyName(PersonQuery request, StreamObserver<CompanyNameReply> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("read company names", request.getSession());
            return people.companyName(operator, code("code", request.getCode()))
                    .map(name -> CompanyNameReply.newBuilder().setFound(true).setName(name).build())
                    .orElseGet(() -> CompanyNameReply.newBuilder().setFound(false).build());
        });
    }

    @Override
    public void syncHealth(SessionRef request, StreamObserver<SyncHealthMsg> reply) {
        Calls.answer(reply, () -> DocumentWire.toMsg(syncHealth.read(operator("view the central sync", request))));
    }

    /** The station first (its certificate), then the operator's session on that station. */
    private OperatorSession operator(String action, SessionRef session) {
        return DeskOperator.require(sessions, action, session.getToken());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private static DocumentDetails details(DocumentDetailsMsg m) {
        bounded("company_name", m.getCompanyName(), MAX_TEXT);
        bounded("communication", m.getCommunication(), MAX_COMMUNICATION);
        bounded("place", m.getPlace(), MAX_TEXT);
        bounded("case_manager", m.getCaseManager(), MAX_TEXT);
        bounded("purpose", m.getPurpose(), MAX_TEXT);
        bounded("appointment_at", m.getAppointmentAt(), 32);
        if (m.getPages() < 0 || m.getPages() > MAX_PAGES) {
            throw invalid("pages must be between 0 and " + MAX_PAGES + ", not " + m.getPages());
        }
        List<String> items = m.getItemsList();
        if (items.size() > MAX_ITEMS) {
            throw invalid("at most " + MAX_ITEMS + " items, not " + items.size());
        }
        items.forEach(item -> bounded("an item", item, MAX_ITEM));
        return DocumentWire.detailsFromMsg(m);
    }

    private static Locale language(String tag) {
        if (tag.isEmpty()) {
            return Locale.ITALIAN;
        }
        if (tag.length() > 16 || !LANGUAGE.matcher(tag).matches()) {
            throw invalid("language is not a language tag: " + shortened(tag));
        }
        return Locale.forLanguageTag(tag);
    }

    private static String code(String field, String value) {
        String text = bounded(field, value, MAX_CODE);
        if (text.isBlank()) {
            throw invalid(field + " is empty");
        }
        return text;
    }

    private static String bounded(String field, String value, int max) {
        if (value.length() > max) {
            throw invalid(field + " is longer than " + max + " characters (" + value.length() + ")");
        }
        return value;
    }

    private static <E extends Enum<E>> E known(Class<E> type, String field, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw invalid(field + " is not one of " + java.util.Arrays.toString(type.getEnumConstants()) + ": "
                    + shortened(name));
        }
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static SportelloException invalid(String why) {
        return new SportelloException(Problem.INVALID_REQUEST, why);
    }
}
