package org.sportello.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Channel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.documents.DocumentDetails;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.documents.DuplicatePaper;
import org.sportello.model.documents.IssuedPaper;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.person.PersonFile;
import org.sportello.server.storage.JooqPersonSeed;
import org.sportello.model.protocol.Subject;
import org.sportello.model.seal.OfficeKey;
import org.sportello.model.seal.OfficeSigner;
import org.sportello.model.seal.Outcome;
import org.sportello.model.setup.DemoPeople;
import org.sportello.model.sync.SyncHealth;
import org.sportello.server.testing.TestOffice;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.client.RemoteDocuments;
import org.sportello.protocol.client.RemotePeople;
import org.sportello.protocol.client.RemoteScans;
import org.sportello.protocol.client.RemoteSyncHealth;
import org.sportello.protocol.v1.DocumentDetailsMsg;
import org.sportello.protocol.v1.DocumentsGrpc;
import org.sportello.protocol.v1.IssueDocumentRequest;
import org.sportello.protocol.v1.PersonQuery;
import org.sportello.protocol.v1.ReprintRequest;
import org.sportello.protocol.v1.ScanRequest;
import org.sportello.protocol.v1.SessionRef;
import org.sportello.protocol.wire.Problems;

/**
 * The Documents service over gRPC (in-process), against a real office database: papers are composed,
 * sealed and archived on the server, desks get PDF and seal, and no reply carries the private key.
 */
class DocumentsApiTest {
    static final LocalDate TODAY = TestOffice.TUESDAY_MORNING.toLocalDate();
    static final Subject MARIO = new Subject.Person(CodiceFiscale.of(DemoPeople.MARIO_ROSSI, TODAY));

    @TempDir
    Path dir;
    TestOffice office;
    TestSessions sessions;
    TestStations stations;

    @BeforeEach
    void start() {
        office = TestOffice.embedded(dir);
        var c = office.connection();
        new JooqPersonSeed(c.database(), c.directory().office().id(), office.clock()).add(DemoPeople.files(TODAY));
        sessions = new TestSessions();
        stations = new TestStations(DocumentsApi.of(c, sessions, office.clock()));
    }

    @AfterEach
    void stop() throws InterruptedException {
        stations.close();
        office.close();
    }

    /** An operator logged in on {@code station}, as the desk holds them: with the server session's token. */
    private OperatorSession loggedIn(String station, String login) {
        OperatorSession op = office.login(login);
        return new OperatorSession(op.operatorId(), op.login(), op.displayName(), op.role(),
                sessions.open(station, op));
    }

    private Channel desk() {
        return stations.station("desk-1", StationRole.DESK);
    }

    private IssuedPaper issueForMario(OperatorSession who) {
        return new RemoteDocuments(desk()).issue(who, DocumentKind.EMPLOYMENT_STATUS_CERTIFICATE, MARIO,
                DocumentDetails.NONE, Locale.ITALIAN);
    }

    @Test
    void aDeskWithAnOperatorIssuesACertificateSealedOnTheServer() throws IOException {
        OperatorSession maria = loggedIn("desk-1", "mrossi");

        IssuedPaper paper = issueForMario(maria);

        String number = paper.entry().number().format();
        assertThat(number).startsWith("BO01-2026-");
        assertThat(paper.entry().subjectCode()).isEqualTo(CodiceFiscale.of(DemoPeople.MARIO_ROSSI, TODAY).canonical());
        assertThat(paper.entry().registeredAt()).as("the server's clock").isEqualTo(office.clock().instant());
        assertThat(text(paper.pdf())).contains(number, "ROSSI Mario");
        // Verification needs the public key only: the one the office publishes.
        OfficeKey published = office.connection().keys().own().getLast().key();
        assertThat(paper.seal().keyId()).isEqualTo(published.keyId());
        assertThat(paper.seal().hash()).isEqualTo(paper.entry().documentHash());
        assertThat(OfficeSigner.isSignedBy(paper.seal(), published)).isTrue();
        assertThat(new RemoteScans(desk(), () -> maria).check(paper.seal().encode()).outcome())
                .isEqualTo(Outcome.GENUINE);
        assertThat(office.connection().archive().find(paper.entry().number())).as("archived on the server")
                .hasValueSatisfying(a -> assertThat(a.seal()).contains(paper.seal()));
    }

    @Test
    void theOfficeRefusesAPersonItHasNoFileFor() {
        OperatorSession maria = loggedIn("desk-1", "mrossi");
        String unknown = "RSSMRA85T10A945" + CodiceFiscale.checkCharacter("RSSMRA85T10A945");
        assertThatThrownBy(() -> new RemoteDocuments(desk()).issue(maria, DocumentKind.STATUS_HISTORY,
                new Subject.Person(CodiceFiscale.of(unknown, TODAY)), DocumentDetails.NONE, Locale.ITALIAN))
                .isInstanceOfSatisfying(SportelloException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.PERSON_UNKNOWN));
    }

    @Test
    void aReprintCarriesTheSealOfTheOriginalEvenAfterTheKeyRotated() throws IOException {
        OperatorSession maria = loggedIn("desk-1", "mrossi");
        IssuedPaper original = issueForMario(maria);

        DuplicatePaper dup = new RemoteDocuments(desk()).reprint(maria, original.entry().number());

        assertThat(dup.seal()).isEqualTo(original.seal());
        assertThat(dup.entry()).isEqualTo(original.entry());
        assertThat(dup.reprint().number()).isEqualTo(original.entry().number());
        assertThat(dup.reprint().operatorId()).isEqualTo(maria.operatorId());
        assertThat(text(dup.pdf())).contains("DUPLICATO", original.entry().number().format());
        assertThat(office.connection().archive().reprints(original.entry().number())).hasSize(1);

        office.connection().keys().rotate();
        DuplicatePaper later = new RemoteDocuments(desk()).reprint(maria, original.entry().number());
        assertThat(later.seal()).as("the archived seal, not a new signature").isEqualTo(original.seal());
    }

    @Test
    void peopleCompaniesScansAndSyncHealthTravelForOperators() {
        OperatorSession maria = loggedIn("desk-1", "mrossi");
        RemotePeople people = new RemotePeople(desk(), TestOffice.ROME, office.clock());

        PersonFile mario = people.find(maria, CodiceFiscale.of(DemoPeople.MARIO_ROSSI, TODAY)).orElseThrow();
        PersonFile onTheServer = office.connection().people().find(office.login("mrossi"),
                CodiceFiscale.of(DemoPeople.MARIO_ROSSI, TODAY)).orElseThrow();
        assertThat(mario).isEqualTo(onTheServer);
        assertThat(people.companyName(maria, DemoPeople.FELSINEE_VAT)).contains(DemoPeople.FELSINEE);
        assertThat(people.companyName(maria, "12345678903")).isEmpty();
        assertThat(new RemoteScans(desk(), () -> maria).check("hello").outcome()).isEqualTo(Outcome.NOT_A_SEAL);

        OperatorSession giulia = loggedIn("desk-1", "gverdi");
        OperatorSession onServer = office.login("gverdi");
        SyncHealth health = new RemoteSyncHealth(desk()).read(giulia);
        assertThat(health).isEqualTo(office.connection().syncHealth().read(onServer));
    }

    // ------------------------------------------------------------------ who may call

    /** Every call of the service, made with {@code token} from {@code channel}. */
    private List<Runnable> everyCall(Channel channel, String token, String number) {
        var stub = DocumentsGrpc.newBlockingStub(channel);
        SessionRef session = SessionRef.newBuilder().setToken(token).build();
        return List.of(
                () -> stub.issue(issueRequest(session).build()),
                () -> stub.reprint(ReprintRequest.newBuilder().setSession(session).setNumber(number).build()),
                () -> stub.checkScan(ScanRequest.newBuilder().setSession(session).setText(number).build()),
                () -> stub.findPerson(PersonQuery.newBuilder().setSession(session).setCode(DemoPeople.MARIO_ROSSI)
                        .build()),
                () -> stub.companyName(PersonQuery.newBuilder().setSession(session).setCode(DemoPeople.FELSINEE_VAT)
                        .build()),
                () -> stub.syncHealth(session));
    }

    private static IssueDocumentRequest.Builder issueRequest(SessionRef session) {
        return IssueDocumentRequest.newBuilder().setSession(session).setKind("EMPLOYMENT_STATUS_CERTIFICATE")
                .setSubjectKind("PERSON").setSubjectCode(DemoPeople.MARIO_ROSSI).setLanguage("it")
                .setDetails(DocumentDetailsMsg.getDefaultInstance());
    }

    private static Problem refusal(Runnable call) {
        try {
            call.run();
        } catch (StatusRuntimeException e) {
            RuntimeException back = Problems.fromStatus(e, "test");
            assertThat(back).isInstanceOf(SportelloException.class);
            return ((SportelloException) back).problem();
        }
        return null;
    }

    @Test
    void kioskDisplayAndSelfServiceStationsAreRefusedEvenWithASession() {
        String number = issueForMario(loggedIn("desk-1", "mrossi")).entry().number().format();
        for (StationRole role : List.of(StationRole.KIOSK, StationRole.DISPLAY, StationRole.SELF_SERVICE)) {
            String name = role.wireName() + "-1";
            // A supervisor's session bound to that station: the station's role alone refuses.
            String token = loggedIn(name, "gverdi").token();
            for (Runnable call : everyCall(stations.station(name, role), token, number)) {
                assertThat(refusal(call)).as(role.name()).isEqualTo(Problem.STATION_NOT_ALLOWED);
            }
        }
        assertThat(office.connection().protocol().year(2026)).as("nothing issued by them").hasSize(1);
    }

    @Test
    void aDeskWithoutASessionOrWithAnotherStationsSessionIsRefused() {
        String number = issueForMario(loggedIn("desk-1", "mrossi")).entry().number().format();
        for (Runnable call : everyCall(desk(), "", number)) {
            assertThat(refusal(call)).isEqualTo(Problem.NOT_LOGGED_IN);
        }
        String elsewhere = loggedIn("desk-2", "gverdi").token();
        for (Runnable call : everyCall(desk(), elsewhere, number)) {
            assertThat(refusal(call)).as("a token of another station").isEqualTo(Problem.NOT_LOGGED_IN);
        }
        for (Runnable call : everyCall(stations.anonymous(), loggedIn("desk-1", "mrossi").token(), number)) {
            assertThat(refusal(call)).as("no station certificate").isEqualTo(Problem.STATION_UNKNOWN);
        }
    }

    @Test
    void aDeskOrTheAdminStationWithASessionMayCallAndSyncHealthIsForSupervisors() {
        String number = issueForMario(loggedIn("desk-1", "mrossi")).entry().number().format();
        List<Runnable> asOperator = everyCall(desk(), loggedIn("desk-1", "mrossi").token(), number);
        for (Runnable call : asOperator.subList(0, 5)) {
            assertThat(refusal(call)).isNull();
        }
        assertThat(refusal(asOperator.get(5))).as("sync health for an operator").isEqualTo(Problem.ACCESS_DENIED);
        for (Runnable call : everyCall(desk(), loggedIn("desk-1", "gverdi").token(), number)) {
            assertThat(refusal(call)).as("a supervisor at a desk").isNull();
        }
        Channel admin = stations.station("office-server", StationRole.ADMIN);
        for (Runnable call : everyCall(admin, loggedIn("office-server", "gverdi").token(), number)) {
            assertThat(refusal(call)).as("the server's own admin credential").isNull();
        }
    }

    // ------------------------------------------------------------------ the key stays here

    @Test
    void noReplyCarriesThePrivateKey() throws SQLException {
        OperatorSession giulia = loggedIn("desk-1", "gverdi");
        IssuedPaper paper = issueForMario(giulia);
        String encodedPrivate = storedPrivateKey();
        byte[] pkcs8 = Base64.getDecoder().decode(encodedPrivate);
        byte[] seed = java.util.Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length);

        var stub = DocumentsGrpc.newBlockingStub(desk());
        SessionRef session = SessionRef.newBuilder().setToken(giulia.token()).build();
        String number = paper.entry().number().format();
        List<byte[]> replies = new ArrayList<>();
        replies.add(stub.issue(issueRequest(session).build()).toByteArray());
        replies.add(stub.reprint(ReprintRequest.newBuilder().setSession(session).setNumber(number).build())
                .toByteArray());
        replies.add(stub.checkScan(ScanRequest.newBuilder().setSession(session).setText(paper.seal().encode())
                .build()).toByteArray());
        replies.add(stub.findPerson(PersonQuery.newBuilder().setSession(session).setCode(DemoPeople.MARIO_ROSSI)
                .build()).toByteArray());
        replies.add(stub.companyName(PersonQuery.newBuilder().setSession(session).setCode(DemoPeople.FELSINEE_VAT)
                .build()).toByteArray());
        replies.add(stub.syncHealth(session).toByteArray());

        for (byte[] reply : replies) {
            assertThat(indexOf(reply, seed)).as("the raw private key").isNegative();
            assertThat(indexOf(reply, pkcs8)).as("the PKCS#8 private key").isNegative();
            assertThat(indexOf(reply, encodedPrivate.getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                    .as("the stored private key's text").isNegative();
        }
        assertThat(indexOf(replies.get(1), paper.seal().encode().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .as("the check itself finds what a reply does carry").isNotNegative();
    }

    @Test
    void noMessageOfTheServiceHasAFieldForKeyMaterial() {
        List<String> fields = new ArrayList<>();
        for (var method : DocumentsGrpc.getServiceDescriptor().getMethods()) {
            var descriptor = org.sportello.protocol.v1.DocumentsOuterClass.getDescriptor()
                    .findServiceByName("Documents").findMethodByName(method.getBareMethodName());
            collect(descriptor.getOutputType(), fields);
            collect(descriptor.getInputType(), fields);
        }
        assertThat(fields).isNotEmpty().noneMatch(f -> f.contains("private") || f.contains("secret")
                || f.contains("signing_key") || f.equals("key"));
    }

    private static void collect(com.google.protobuf.Descriptors.Descriptor type, List<String> into) {
        for (var field : type.getFields()) {
            if (into.contains(type.getName() + "." + field.getName())) {
                continue;
            }
            into.add(field.getName());
            if (field.getJavaType() == com.google.protobuf.Descriptors.FieldDescriptor.JavaType.MESSAGE) {
                collect(field.getMessageType(), into);
            }
        }
    }

    private String storedPrivateKey() throws SQLException {
        try (Connection c = office.connection().database().dataSource().getConnection();
             ResultSet r = c.createStatement().executeQuery(
                     "SELECT private_key FROM office_signing_key WHERE active")) {
            assertThat(r.next()).isTrue();
            return r.getString(1);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    // ------------------------------------------------------------------ bad requests

    @Test
    void badRequestsAreAnsweredInvalidArgumentAndChangeNothing() {
        SessionRef session = SessionRef.newBuilder().setToken(loggedIn("desk-1", "mrossi").token()).build();
        var stub = DocumentsGrpc.newBlockingStub(desk());
        DocumentDetailsMsg none = DocumentDetailsMsg.getDefaultInstance();
        List<IssueDocumentRequest> bad = List.of(
                issueRequest(session).setKind("MAGIC_CERTIFICATE").build(),
                issueRequest(session).setSubjectKind("ROBOT").build(),
                issueRequest(session).setSubjectCode(DemoPeople.MARIO_ROSSI + "X").build(),
                issueRequest(session).setSubjectCode("RSSMRA85T10A944Q").build(),
                issueRequest(session).setLanguage("italiano, per favore").build(),
                issueRequest(session).setDetails(none.toBuilder().setCommunication("x".repeat(501))).build(),
                issueRequest(session).setDetails(none.toBuilder().setPages(-1)).build(),
                issueRequest(session).setDetails(none.toBuilder().setPages(10_001)).build(),
                issueRequest(session).setDetails(none.toBuilder().addAllItems(java.util.Collections.nCopies(51, "x")))
                        .build(),
                issueRequest(session).setDetails(none.toBuilder().addItems("x".repeat(201))).build(),
                issueRequest(session).setDetails(none.toBuilder().setAppointmentAt("tomorrow")).build(),
                // A kind issued to people only, asked for a company.
                issueRequest(session).setKind("STATUS_HISTORY").setSubjectKind("COMPANY")
                        .setSubjectCode(DemoPeople.FELSINEE_VAT)
                        .setDetails(none.toBuilder().setCompanyName(DemoPeople.FELSINEE)).build(),
                // A stamped receipt without its communication.
                issueRequest(session).setKind("STAMPED_RECEIPT").setSubjectKind("COMPANY")
                        .setSubjectCode(DemoPeople.FELSINEE_VAT)
                        .setDetails(none.toBuilder().setCompanyName(DemoPeople.FELSINEE).setPages(2)).build(),
                // Nor with a made-up one: a stamped copy exists only for a communication recorded complete
                // through the Communications service.
                issueRequest(session).setKind("STAMPED_RECEIPT").setSubjectKind("COMPANY")
                        .setSubjectCode(DemoPeople.FELSINEE_VAT)
                        .setDetails(none.toBuilder().setCompanyName(DemoPeople.FELSINEE)
                                .setCommunication("UniLav assunzione, nessun lavoratore").setPages(2)).build());
        for (IssueDocumentRequest request : bad) {
            assertThatThrownBy(() -> stub.issue(request)).as(request.toString())
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                        assertThat(((SportelloException) Problems.fromStatus(e, "test")).problem())
                                .isEqualTo(Problem.INVALID_REQUEST);
                    });
        }
        assertThatThrownBy(() -> stub.reprint(ReprintRequest.newBuilder().setSession(session)
                .setNumber("BO01-2026-00000X").build()))
                .satisfies(e -> assertThat(Status.fromThrowable(e).getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
        assertThatThrownBy(() -> stub.findPerson(PersonQuery.newBuilder().setSession(session).setCode("NOTACODE")
                .build()))
                .satisfies(e -> assertThat(Status.fromThrowable(e).getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
        assertThatThrownBy(() -> stub.checkScan(ScanRequest.newBuilder().setSession(session).setText("x".repeat(513))
                .build()))
                .satisfies(e -> assertThat(Status.fromThrowable(e).getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
        assertThat(office.connection().protocol().year(2026)).as("nothing registered").isEmpty();

        // The same desk's next good call is served as usual.
        assertThat(stub.issue(issueRequest(session).build()).getEntry().getNumber()).isEqualTo("BO01-2026-000001");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
