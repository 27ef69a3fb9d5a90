package org.sportello.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.Channel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.v1.AgendaCalendarMsg;
import org.sportello.protocol.v1.AgendaCalendarQuery;
import org.sportello.protocol.v1.AgendaGrpc;
import org.sportello.protocol.v1.AgendaRuleMsg;
import org.sportello.protocol.v1.AgendaSaveCalendarRequest;
import org.sportello.protocol.v1.AgendaSaveRuleRequest;
import org.sportello.protocol.v1.AppointmentBookRequest;
import org.sportello.protocol.v1.AppointmentChangeRequest;
import org.sportello.protocol.v1.AppointmentListRequest;
import org.sportello.protocol.v1.AppointmentQuery;
import org.sportello.protocol.v1.AssignRequest;
import org.sportello.protocol.v1.CaseQuery;
import org.sportello.protocol.v1.CaseloadRequest;
import org.sportello.protocol.v1.CasesGrpc;
import org.sportello.protocol.v1.CommunicationRequest;
import org.sportello.protocol.v1.CompanyCommunicationsGrpc;
import org.sportello.protocol.v1.CounterRequest;
import org.sportello.protocol.v1.DidRequest;
import org.sportello.protocol.v1.MarkMeasureRequest;
import org.sportello.protocol.v1.MeasureRequest;
import org.sportello.protocol.v1.ProfileMsg;
import org.sportello.protocol.v1.ProfileQuery;
import org.sportello.protocol.v1.ProfileSearch;
import org.sportello.protocol.v1.ProfilesGrpc;
import org.sportello.protocol.v1.SaveProfileRequest;
import org.sportello.protocol.v1.DeviceReportMsg;
import org.sportello.protocol.v1.DirectoryGrpc;
import org.sportello.protocol.v1.Empty;
import org.sportello.protocol.v1.EventsGrpc;
import org.sportello.protocol.v1.EventsRequest;
import org.sportello.protocol.v1.IssueTicketRequest;
import org.sportello.protocol.v1.OfficeEventMsg;
import org.sportello.protocol.v1.PrinterReportMsg;
import org.sportello.protocol.v1.QueueGrpc;
import org.sportello.protocol.v1.SessionRef;
import org.sportello.protocol.v1.TicketQuery;
import org.sportello.model.offers.CardFit;

/**
 * Every station role against every operation of the directory, the queue and the events, decided on
 * the server from the station's role and the server-held session. Desks and the administrator call
 * with their own operator's session; the other stations send a desk's stolen token, which must not
 * help them. "yes" means the station is let through (the queue may still refuse for its own reasons,
 * e.g. nobody is waiting); "no" means STATION_NOT_ALLOWED.
 */
class RoleMatrixTest {
    private static final String MATRIX = """
            operation                kiosk  display  desk  self-service  admin
            Directory.Get            yes    yes      yes   yes           yes
            Directory.WhoAmI         yes    yes      yes   yes           yes
            Queue.Issue              yes    no       yes   no            yes
            Queue.CheckIn            yes    no       no    no            yes
            Queue.Overview           yes    yes      yes   yes           yes
            Queue.Waiting            yes    yes      yes   yes           yes
            Queue.FindToday          yes    yes      yes   yes           yes
            Queue.Current            yes    yes      yes   yes           yes
            Queue.OpenCounter        no     no       yes   no            yes
            Queue.Pause              no     no       yes   no            yes
            Queue.Resume             no     no       yes   no            yes
            Queue.CallNext           no     no       yes   no            yes
            Queue.CallSpecific       no     no       yes   no            yes
            Queue.Recall             no     no       yes   no            yes
            Queue.NoShow             no     no       yes   no            yes
            Queue.Finish             no     no       yes   no            yes
            Queue.TransferToService  no     no       yes   no            yes
            Queue.TransferToCounter  no     no       yes   no            yes
            Queue.Cancel             no     no       yes   no            yes
            Queue.CloseCounter       no     no       yes   no            yes
            Events.Subscribe         yes    yes      yes   yes           yes
            Events.After             yes    yes      yes   yes           yes
            Events.LatestSeq         yes    yes      yes   yes           yes
            Events.ReportPrinter     yes    no       no    no            no
            Events.ReportDevice      no     yes      no    no            no
            Queue.CloseDay           no     no       yes   no            yes
            Cases.View               no     no       yes   no            yes
            Cases.DeclareDid         no     no       yes   no            yes
            Cases.WithdrawDid        no     no       yes   no            yes
            Cases.Assign             no     no       yes   no            yes
            Cases.AddMeasure         no     no       yes   no            yes
            Cases.MarkMeasure        no     no       yes   no            yes
            Cases.Caseload           no     no       yes   no            yes
            Profiles.Open            no     no       yes   no            yes
            Profiles.Search          no     no       yes   no            yes
            Profiles.Save            no     no       yes   no            yes
            CompanyCommunications.Check     no  no   yes   no            yes
            CompanyCommunications.Record    no  no   yes   no            yes
            CompanyCommunications.Deadlines no  no   yes   no            yes
            Offers.Search            no     no       yes   yes           yes
            Offers.Get               no     no       yes   yes           yes
            Offers.Courses           no     no       yes   yes           yes
            Offers.CardFit           no     no       no    yes           no
            Offers.AttachToTicket    no     no       no    yes           no
            Offers.Attached          no     no       yes   no            yes
            Agenda.Calendars         no     no       yes   no            yes
            Agenda.Calendar          no     no       yes   no            yes
            Agenda.SaveCalendar      no     no       yes   no            yes
            Agenda.CreateCalendar    no     no       yes   no            yes
            Agenda.Rule              no     no       yes   no            yes
            Agenda.SaveRule          no     no       yes   no            yes
            Agenda.Propose           no     no       yes   no            yes
            Agenda.Book              no     no       yes   no            yes
            Agenda.Rebook            no     no       yes   no            yes
            Agenda.Cancel            no     no       yes   no            yes
            Agenda.Find              no     no       yes   no            yes
            Agenda.List              no     no       yes   no            yes
            Agenda.OfCitizen         no     no       yes   no            yes
            Agenda.Letter            no     no       yes   no            yes
            Agenda.Stranded          no     no       yes   no            yes
            Agenda.ToRebook          no     no       yes   no            yes
            Agenda.RebookMoved       no     no       yes   no            yes
            Agenda.DismissMoved      no     no       yes   no            yes
            Vacancies.Check          no     no       yes   no            yes
            Vacancies.Save           no     no       yes   no            yes
            Vacancies.List           no     no       yes   no            yes
            Vacancies.Get            no     no       yes   no            yes
            Vacancies.Candidates     no     no       yes   no            yes
            Vacancies.LogContact     no     no       yes   no            yes
            Vacancies.Contacts       no     no       yes   no            yes
            Vacancies.Shortlist      no     no       yes   no            yes
            Vacancies.Close          no     no       yes   no            yes
            Stamps.Stamp             yes    no       no    no            yes
            Stamps.OfCitizen         no     no       yes   no            yes
            """;

    @TempDir
    static Path dir;
    private static OfficeApiFixture office;
    private static Map<StationRole, String> tokens;

    @FunctionalInterface
    interface Operation {
        void call(Channel station, SessionRef session);
    }

    /** A valid codice fiscale this office has no dossier for: the model refuses, never the station check. */
    private static final String CF = "RSSMRA85T10A944" + org.sportello.codicefiscale.CodiceFiscale.checkCharacter(
            "RSSMRA85T10A944");
    private static final Map<String, Operation> OPERATIONS = new LinkedHashMap<>();
    /** A valid codice fiscale for the citizen-file calls (RSSMRA85T10A944 and its check letter). */
    private static final String CITIZEN = "RSSMRA85T10A944"
            + org.sportello.codicefiscale.CodiceFiscale.checkCharacter("RSSMRA85T10A944");

    static {
        OPERATIONS.put("Directory.Get", (ch, s) -> DirectoryGrpc.newBlockingStub(ch).get(Empty.getDefaultInstance()));
        OPERATIONS.put("Directory.WhoAmI", (ch, s) -> DirectoryGrpc.newBlockingStub(ch).whoAmI(Empty.getDefaultInstance()));
        OPERATIONS.put("Queue.Issue", (ch, s) -> queue(ch).issue(IssueTicketRequest.newBuilder().setServicePrefix("A")
                .setPriority("STANDARD").setLanguage("it").setIdempotencyKey(java.util.UUID.randomUUID().toString()).build()));
        OPERATIONS.put("Queue.CheckIn", (ch, s) -> queue(ch).checkIn(org.sportello.protocol.v1.CheckInRequest.newBuilder()
                .setCode("not a letter").setLanguage("it").setIdempotencyKey("check-in").build()));
        OPERATIONS.put("Queue.Overview", (ch, s) -> queue(ch).overview(TicketQuery.newBuilder().setSession(s).build()));
        OPERATIONS.put("Queue.Waiting", (ch, s) -> queue(ch).waiting(TicketQuery.newBuilder().setSession(s).build()));
        OPERATIONS.put("Queue.FindToday", (ch, s) -> queue(ch).findToday(TicketQuery.newBuilder().setSession(s).setCode("A001").build()));
        OPERATIONS.put("Queue.Current", (ch, s) -> queue(ch).current(TicketQuery.newBuilder().setSession(s).setCounter(1).build()));
        OPERATIONS.put("Queue.OpenCounter", (ch, s) -> queue(ch).openCounter(counter(s).build()));
        OPERATIONS.put("Queue.Pause", (ch, s) -> queue(ch).pause(counter(s).setReason("pausa").build()));
        OPERATIONS.put("Queue.Resume", (ch, s) -> queue(ch).resume(counter(s).build()));
        OPERATIONS.put("Queue.CallNext", (ch, s) -> queue(ch).callNext(counter(s).build()));
        OPERATIONS.put("Queue.CallSpecific", (ch, s) -> queue(ch).callSpecific(counter(s).setCode("A002").setReason("urgente").build()));
        OPERATIONS.put("Queue.Recall", (ch, s) -> queue(ch).recall(counter(s).build()));
        OPERATIONS.put("Queue.NoShow", (ch, s) -> queue(ch).noShow(counter(s).build()));
        OPERATIONS.put("Queue.Finish", (ch, s) -> queue(ch).finish(counter(s).setOutcome("RESOLVED").build()));
        OPERATIONS.put("Queue.TransferToService", (ch, s) -> queue(ch).transferToService(counter(s).setServicePrefix("B").build()));
        OPERATIONS.put("Queue.TransferToCounter", (ch, s) -> queue(ch).transferToCounter(counter(s).setTargetCounter(2).build()));
        OPERATIONS.put("Queue.Cancel", (ch, s) -> queue(ch).cancel(counter(s).setCode("A003").setReason("errore").build()));
        OPERATIONS.put("Queue.CloseCounter", (ch, s) -> queue(ch).closeCounter(counter(s).build()));
        OPERATIONS.put("Queue.CloseDay", (ch, s) -> queue(ch).closeDay(s));
        OPERATIONS.put("Events.Subscribe", RoleMatrixTest::subscribeBriefly);
        OPERATIONS.put("Events.After", (ch, s) -> events(ch).after(EventsRequest.newBuilder().setLimit(10).build()));
        OPERATIONS.put("Events.LatestSeq", (ch, s) -> events(ch).latestSeq(Empty.getDefaultInstance()));
        OPERATIONS.put("Events.ReportPrinter", (ch, s) -> events(ch).reportPrinter(PrinterReportMsg.newBuilder().setState("OK").build()));
        OPERATIONS.put("Cases.View", (ch, s) -> cases(ch).view(CaseQuery.newBuilder().setSession(s).setTaxCode(CF).build()));
        OPERATIONS.put("Cases.DeclareDid", (ch, s) -> cases(ch).declareDid(DidRequest.newBuilder().setSession(s)
                .setTaxCode(CF).setChannel("DESK").build()));
        OPERATIONS.put("Cases.WithdrawDid", (ch, s) -> cases(ch).withdrawDid(DidRequest.newBuilder().setSession(s)
                .setTaxCode(CF).build()));
        OPERATIONS.put("Cases.Assign", (ch, s) -> cases(ch).assign(AssignRequest.newBuilder().setSession(s)
                .setTaxCode(CF).build()));
        OPERATIONS.put("Cases.AddMeasure", (ch, s) -> cases(ch).addMeasure(MeasureRequest.newBuilder().setSession(s)
                .setTaxCode(CF).setKind("JOB_TALK").setOn("2026-11-24").setWho("CASE_MANAGER").build()));
        OPERATIONS.put("Cases.MarkMeasure", (ch, s) -> cases(ch).markMeasure(MarkMeasureRequest.newBuilder()
                .setSession(s).setTaxCode(CF).setMeasureId(java.util.UUID.randomUUID().toString()).build()));
        OPERATIONS.put("Cases.Caseload", (ch, s) -> cases(ch).caseload(CaseloadRequest.newBuilder().setSession(s).build()));
        OPERATIONS.put("Profiles.Open", (ch, s) -> profiles(ch).open(ProfileQuery.newBuilder().setSession(s)
                .setCodiceFiscale(CITIZEN).build()));
        OPERATIONS.put("Profiles.Search", (ch, s) -> profiles(ch).search(ProfileSearch.newBuilder().setSession(s)
                .setText("rossi").setLimit(5).build()));
        OPERATIONS.put("Profiles.Save", (ch, s) -> profiles(ch).save(SaveProfileRequest.newBuilder().setSession(s)
                .setProfile(ProfileMsg.newBuilder().setCodiceFiscale(CITIZEN).setFamilyName("Rossi")
                        .setGivenNames("Mario")).build()));
        OPERATIONS.put("CompanyCommunications.Check", (ch, s) -> communications(ch).check(CommunicationRequest
                .newBuilder().setSession(s).setKind("HIRING").build()));
        OPERATIONS.put("CompanyCommunications.Record", (ch, s) -> communications(ch).record(CommunicationRequest
                .newBuilder().setSession(s).setKind("HIRING").build()));
        OPERATIONS.put("CompanyCommunications.Deadlines", (ch, s) -> communications(ch).deadlines(s));
        OPERATIONS.put("Offers.Search", (ch, s) -> offers(ch).search(org.sportello.protocol.v1.OfferSearchRequest
                .newBuilder().setSession(s).setWhat("magazziniere").build()));
        OPERATIONS.put("Offers.Get", (ch, s) -> offers(ch).get(org.sportello.protocol.v1.OfferRef.newBuilder()
                .setSession(s).setId("no-such-offer").build()));
        OPERATIONS.put("Offers.Courses", (ch, s) -> offers(ch).courses(org.sportello.protocol.v1.CourseQuery
                .newBuilder().setSession(s).build()));
        OPERATIONS.put("Offers.CardFit", (ch, s) -> offers(ch).cardFit(org.sportello.protocol.v1.CardFitRequest
                .newBuilder().setTaxCode(CITIZEN).build()));
        OPERATIONS.put("Offers.AttachToTicket", (ch, s) -> offers(ch).attachToTicket(org.sportello.protocol.v1
                .AttachRequest.newBuilder().setTaxCode(CITIZEN).addOfferIds("no-such-offer").build()));
        OPERATIONS.put("Offers.Attached", (ch, s) -> offers(ch).attached(org.sportello.protocol.v1.AttachedQuery
                .newBuilder().setSession(s).setTicketId(java.util.UUID.randomUUID().toString()).build()));
        OPERATIONS.put("Agenda.Calendars", (ch, s) -> agenda(ch).calendars(s));
        OPERATIONS.put("Agenda.Calendar", (ch, s) -> agenda(ch).calendar(AgendaCalendarQuery.newBuilder()
                .setSession(s).build()));
        OPERATIONS.put("Agenda.SaveCalendar", (ch, s) -> agenda(ch).saveCalendar(AgendaSaveCalendarRequest.newBuilder()
                .setSession(s).setCalendar(AgendaCalendarMsg.newBuilder().setId(java.util.UUID.randomUUID().toString())
                        .setOwner("LAB-" + java.util.UUID.randomUUID().toString().substring(0, 8)).setName("Laboratorio")
                        .setHours("MON 09:00-11:00").setWorkshopRoom("Aula 1").setWorkshopSeats(10)).build()));
        OPERATIONS.put("Agenda.CreateCalendar", (ch, s) -> agenda(ch).createCalendar(
                org.sportello.protocol.v1.AgendaCreateCalendarRequest.newBuilder().setSession(s).setWorkshop(true)
                        .setOwner("lab-" + java.util.UUID.randomUUID().toString().substring(0, 8)).setName("Laboratorio "
                                + java.util.UUID.randomUUID()).setRoom("Aula 1").setSeats(10).build()));
        OPERATIONS.put("Agenda.Rule", (ch, s) -> agenda(ch).rule(s));
        OPERATIONS.put("Agenda.SaveRule", (ch, s) -> agenda(ch).saveRule(AgendaSaveRuleRequest.newBuilder()
                .setSession(s).setRule(AgendaRuleMsg.newBuilder().setWithCaseManager(true).setAfternoonFrom("13:00")
                        .setNoticeMinutes(10).setHorizonDays(30).setFirstFreeOtherwise(true)).build()));
        OPERATIONS.put("Agenda.Propose", (ch, s) -> agenda(ch).propose(AppointmentBookRequest.newBuilder().setSession(s)
                .setTaxCode(CF).setWith("mrossi").setKind("CASE_MANAGER_TALK").build()));
        OPERATIONS.put("Agenda.Book", (ch, s) -> agenda(ch).book(AppointmentBookRequest.newBuilder().setSession(s)
                .setTaxCode(CF).setWith("mrossi").setKind("CASE_MANAGER_TALK").build()));
        OPERATIONS.put("Agenda.Rebook", (ch, s) -> agenda(ch).rebook(AppointmentChangeRequest.newBuilder().setSession(s)
                .setId(java.util.UUID.randomUUID().toString()).setAt("2026-11-26T09:00").build()));
        OPERATIONS.put("Agenda.Cancel", (ch, s) -> agenda(ch).cancel(AppointmentChangeRequest.newBuilder().setSession(s)
                .setId(java.util.UUID.randomUUID().toString()).build()));
        OPERATIONS.put("Agenda.Find", (ch, s) -> agenda(ch).find(AppointmentQuery.newBuilder().setSession(s)
                .setId(java.util.UUID.randomUUID().toString()).build()));
        OPERATIONS.put("Agenda.List", (ch, s) -> agenda(ch).list(AppointmentListRequest.newBuilder().setSession(s)
                .setFirst("2026-11-24").setLast("2026-11-30").build()));
        OPERATIONS.put("Agenda.OfCitizen", (ch, s) -> agenda(ch).ofCitizen(AppointmentQuery.newBuilder().setSession(s)
                .setTaxCode(CF).build()));
        OPERATIONS.put("Agenda.Letter", (ch, s) -> agenda(ch).letter(AppointmentQuery.newBuilder().setSession(s)
                .setId(java.util.UUID.randomUUID().toString()).build()));
        OPERATIONS.put("Agenda.Stranded", (ch, s) -> agenda(ch).stranded(AgendaSaveCalendarRequest.newBuilder()
                .setSession(s).setCalendar(AgendaCalendarMsg.newBuilder().setId(java.util.UUID.randomUUID().toString())
                        .setOwner("mrossi").setName("Mario Rossi").setHours("MON 09:00-11:00")).build()));
        OPERATIONS.put("Agenda.ToRebook", (ch, s) -> agenda(ch).toRebook(s));
        OPERATIONS.put("Agenda.DismissMoved", (ch, s) -> agenda(ch).dismissMoved(AppointmentChangeRequest.newBuilder()
                .setSession(s).setId(java.util.UUID.randomUUID().toString()).setReason("non serve più").build()));
        OPERATIONS.put("Agenda.RebookMoved", (ch, s) -> agenda(ch).rebookMoved(
                org.sportello.protocol.v1.MovedRebookRequest.newBuilder().setSession(s)
                        .setId(java.util.UUID.randomUUID().toString()).build()));
        String vacancy = java.util.UUID.randomUUID().toString();
        OPERATIONS.put("Vacancies.Check", (ch, s) -> vacancies(ch).check(org.sportello.protocol.v1.VacancyRequest
                .newBuilder().setSession(s).setVacancy(org.sportello.protocol.v1.VacancyMsg.newBuilder()
                        .setTitle("Magazziniere")).build()));
        OPERATIONS.put("Vacancies.Save", (ch, s) -> vacancies(ch).save(org.sportello.protocol.v1.VacancyRequest
                .newBuilder().setSession(s).setVacancy(org.sportello.protocol.v1.VacancyMsg.newBuilder()
                        .setTitle("Magazziniere")).build()));
        OPERATIONS.put("Vacancies.List", (ch, s) -> vacancies(ch).list(org.sportello.protocol.v1.VacancyListRequest
                .newBuilder().setSession(s).build()));
        OPERATIONS.put("Vacancies.Get", (ch, s) -> vacancies(ch).get(org.sportello.protocol.v1.VacancyRef.newBuilder()
                .setSession(s).setId(vacancy).build()));
        OPERATIONS.put("Vacancies.Candidates", (ch, s) -> vacancies(ch).candidates(
                org.sportello.protocol.v1.VacancyCandidatesRequest.newBuilder().setSession(s).setId(vacancy).build()));
        OPERATIONS.put("Vacancies.LogContact", (ch, s) -> vacancies(ch).logContact(
                org.sportello.protocol.v1.VacancyContactRequest.newBuilder().setSession(s).setId(vacancy)
                        .setTaxCode(CF).setOutcome("INTERESTED").build()));
        OPERATIONS.put("Vacancies.Contacts", (ch, s) -> vacancies(ch).contacts(org.sportello.protocol.v1.VacancyRef
                .newBuilder().setSession(s).setId(vacancy).build()));
        OPERATIONS.put("Vacancies.Shortlist", (ch, s) -> vacancies(ch).shortlist(
                org.sportello.protocol.v1.VacancyShortlistRequest.newBuilder().setSession(s).setId(vacancy)
                        .addTaxCodes(CF).build()));
        OPERATIONS.put("Stamps.Stamp", (ch, s) -> org.sportello.protocol.v1.StampsGrpc.newBlockingStub(ch).stamp(
                org.sportello.protocol.v1.StampRequestMsg.newBuilder().setCitizenTaxCode(CITIZEN).build()));
        OPERATIONS.put("Stamps.OfCitizen", (ch, s) -> org.sportello.protocol.v1.StampsGrpc.newBlockingStub(ch)
                .ofCitizen(org.sportello.protocol.v1.StampQuery.newBuilder().setSession(s).setTaxCode(CITIZEN).build()));
        OPERATIONS.put("Vacancies.Close", (ch, s) -> vacancies(ch).close(org.sportello.protocol.v1.VacancyCloseRequest
                .newBuilder().setSession(s).setId(vacancy).setOutcome("WITHDRAWN").build()));
        OPERATIONS.put("Events.ReportDevice", (ch, s) -> events(ch).reportDevice(DeviceReportMsg.newBuilder()
                .setDevice("BOARD").setName("main").setState("OK").build()));
    }

    @BeforeAll
    static void office() {
        office = OfficeApiFixture.start(dir);
        tokens = Map.of(StationRole.DESK, office.login(StationRole.DESK, "gverdi"),
                StationRole.ADMIN, office.login(StationRole.ADMIN, "admin"));
        // Something to read, call and serve.
        for (int i = 0; i < 6; i++) {
            OPERATIONS.get("Queue.Issue").call(office.as(StationRole.KIOSK), SessionRef.getDefaultInstance());
        }
    }

    @AfterAll
    static void close() {
        office.close();
    }

    static Stream<Arguments> matrix() {
        List<String> lines = MATRIX.lines().filter(l -> !l.isBlank()).toList();
        List<StationRole> roles = Arrays.stream(lines.getFirst().trim().split("\\s+")).skip(1)
                .map(r -> StationRole.parse(r).orElseThrow()).toList();
        List<Arguments> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.trim().split("\\s+");
            for (int i = 0; i < roles.size(); i++) {
                rows.add(Arguments.of(cells[0], roles.get(i), cells[i + 1].equals("yes")));
            }
        }
        return rows.stream();
    }

    @Test
    void theTableNamesEveryOperationOfTheServices() {
        List<String> inTable = matrix().map(a -> (String) a.get()[0]).distinct().toList();
        List<String> rpcs = new ArrayList<>();
        for (var service : List.of(DirectoryGrpc.getServiceDescriptor(), QueueGrpc.getServiceDescriptor(),
                EventsGrpc.getServiceDescriptor(), CasesGrpc.getServiceDescriptor(),
                ProfilesGrpc.getServiceDescriptor(), CompanyCommunicationsGrpc.getServiceDescriptor(),
                org.sportello.protocol.v1.OffersGrpc.getServiceDescriptor(),
                AgendaGrpc.getServiceDescriptor(),
                org.sportello.protocol.v1.VacanciesGrpc.getServiceDescriptor(),
                org.sportello.protocol.v1.StampsGrpc.getServiceDescriptor())) {
            service.getMethods().forEach(m -> rpcs.add(m.getFullMethodName()
                    .replace("sportello.office.v1.", "")
                    .replace('/', '.')));
        }
        assertThat(inTable).containsExactlyInAnyOrderElementsOf(rpcs);
        assertThat(OPERATIONS.keySet()).containsExactlyInAnyOrderElementsOf(rpcs);
    }

    @ParameterizedTest(name = "{1} {0}: {2}")
    @MethodSource("matrix")
    void eachRoleMayDoWhatTheTableSays(String operation, StationRole role, boolean allowed) {
        SessionRef session = SessionRef.newBuilder().setToken(tokens.getOrDefault(role, tokens.get(StationRole.DESK))).build();
        Operation op = OPERATIONS.get(operation);
        Channel station = office.as(role);
        if (allowed) {
            StatusRuntimeException refusal = catchThrowableOfType(StatusRuntimeException.class,
                    () -> op.call(station, session));
            if (refusal != null) {
                // Let through: the queue may still say no for its own reasons, never for the station's.
                assertThat(refusal.getStatus().getCode()).as(operation + " " + refusal.getStatus())
                        .isNotIn(Status.Code.INTERNAL, Status.Code.UNKNOWN, Status.Code.INVALID_ARGUMENT,
                                Status.Code.UNAUTHENTICATED);
                assertThat(OfficeApiFixture.problem(refusal)).as(operation)
                        .isNotIn("STATION_NOT_ALLOWED", "NOT_LOGGED_IN", "ACCESS_DENIED");
            }
        } else {
            assertThatThrownBy(() -> op.call(station, session))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
                        assertThat(OfficeApiFixture.problem(e)).isEqualTo("STATION_NOT_ALLOWED");
                    });
        }
    }

    @Test
    void aDeskWithoutASessionOrWithAnotherStationsTokenActsForNobody() {
        Channel desk2 = office.as(StationRole.DESK, "desk-2");
        for (String token : List.of("", tokens.get(StationRole.DESK), "made-up")) {
            SessionRef ref = SessionRef.newBuilder().setToken(token).build();
            assertThatThrownBy(() -> queue(desk2).callNext(counter(ref).build()))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
                        assertThat(OfficeApiFixture.problem(e)).isEqualTo("NOT_LOGGED_IN");
                    });
        }
    }

    @Test
    void anOperatorWhoIsNoSupervisorCannotCloseTheDay() {
        String token = office.login(StationRole.DESK, "desk-3", "mrossi");
        Channel desk3 = office.as(StationRole.DESK, "desk-3");
        assertThatThrownBy(() -> queue(desk3).closeDay(SessionRef.newBuilder().setToken(token).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(OfficeApiFixture.problem(e)).isEqualTo("ACCESS_DENIED"));
    }

    @Test
    void aDeskWithASessionServesACitizen() {
        String token = office.login(StationRole.DESK, "desk-4", "lbianchi");
        Channel desk4 = office.as(StationRole.DESK, "desk-4");
        SessionRef ref = SessionRef.newBuilder().setToken(token).build();
        OPERATIONS.get("Queue.Issue").call(office.as(StationRole.KIOSK), SessionRef.getDefaultInstance());
        queue(desk4).openCounter(CounterRequest.newBuilder().setSession(ref).setCounter(3).build());
        // Counter 3 serves C and D; a kiosk issues for C.
        queue(office.as(StationRole.KIOSK)).issue(IssueTicketRequest.newBuilder().setServicePrefix("C")
                .setPriority("STANDARD").setIdempotencyKey("serve-c").build());
        var called = queue(desk4).callNext(CounterRequest.newBuilder().setSession(ref).setCounter(3).build());
        assertThat(called.hasTicket()).isTrue();
        var done = queue(desk4).finish(CounterRequest.newBuilder().setSession(ref).setCounter(3).setOutcome("RESOLVED").build());
        assertThat(done.getStatus()).isEqualTo("DONE");
    }

    @Test
    void aPrinterReportNamesTheStationOfTheCertificateNotOfTheMessage() {
        events(office.as(StationRole.KIOSK, "Chiosco 7")).reportPrinter(
                PrinterReportMsg.newBuilder().setState("PAPER_OUT").build());
        var events = office.connection().events().after(0, 10_000);
        assertThat(events.getLast().detail()).isEqualTo("PAPER_OUT Chiosco 7");
    }

    private static void subscribeBriefly(Channel station, SessionRef session) {
        Iterator<OfficeEventMsg> stream = EventsGrpc.newBlockingStub(station)
                .withDeadlineAfter(500, TimeUnit.MILLISECONDS)
                .subscribe(EventsRequest.newBuilder().setAfterSeq(0).build());
        try {
            assertThat(stream.hasNext()).isTrue();
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() != Status.Code.DEADLINE_EXCEEDED) {
                throw e;
            }
        }
    }

    private static QueueGrpc.QueueBlockingStub queue(Channel ch) {
        return QueueGrpc.newBlockingStub(ch).withDeadlineAfter(5, TimeUnit.SECONDS);
    }

    private static AgendaGrpc.AgendaBlockingStub agenda(Channel ch) {
        return AgendaGrpc.newBlockingStub(ch).withDeadlineAfter(5, TimeUnit.SECONDS);
    }

    private static CasesGrpc.CasesBlockingStub cases(Channel ch) {
        return CasesGrpc.newBlockingStub(ch).withDeadlineAfter(5, TimeUnit.SECONDS);
    }

    @Test
    void aCaseRequestWithABadFieldIsRefusedAsInvalid() {
        SessionRef ref = SessionRef.newBuilder().setToken(tokens.get(StationRole.DESK)).build();
        Channel desk = office.as(StationRole.DESK);
        for (Runnable bad : List.<Runnable>of(
                () -> cases(desk).view(CaseQuery.newBuilder().setSession(ref).setTaxCode("RSSMRA85T10A944X").build()),
                () -> cases(desk).declareDid(DidRequest.newBuilder().setSession(ref).setTaxCode(CF).setChannel("FAX").build()),
                () -> cases(desk).withdrawDid(DidRequest.newBuilder().setSession(ref).setTaxCode(CF).setOn("24/11/2026").build()),
                () -> cases(desk).addMeasure(MeasureRequest.newBuilder().setSession(ref).setTaxCode(CF).setKind("JOB_TALK")
                        .setOn("2026-11-24").setWho("CASE_MANAGER").setWhat("x".repeat(301)).build()),
                () -> cases(desk).markMeasure(MarkMeasureRequest.newBuilder().setSession(ref).setTaxCode(CF)
                        .setMeasureId("not-an-id").build()))) {
            assertThatThrownBy(bad::run).isInstanceOfSatisfying(StatusRuntimeException.class,
                    e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
        }
    }

    private static ProfilesGrpc.ProfilesBlockingStub profiles(Channel ch) {
        return ProfilesGrpc.newBlockingStub(ch).withDeadlineAfter(5, TimeUnit.SECONDS);
    }

    private static CompanyCommunicationsGrpc.CompanyCommunicationsBlockingStub communications(Channel ch) {
        return CompanyCommunicationsGrpc.newBlockingStub(ch).withDeadlineAfter(5, TimeUnit.SECONDS);
    }

    private static org.sportello.protocol.v1.OffersGrpc.OffersBlockingStub offers(Channel ch) {
        return org.sportello.protocol.v1.OffersGrpc.newBlockingStub(ch).withDeadlineAfter(5, TimeUnit.SECONDS);
    }

    private static org.sportello.protocol.v1.VacanciesGrpc.VacanciesBlockingStub vacancies(Channel ch) {
        return org.sportello.protocol.v1.VacanciesGrpc.newBlockingStub(ch).withDeadlineAfter(5, TimeUnit.SECONDS);
    }

    private static EventsGrpc.EventsBlockingStub events(Channel ch) {
        return EventsGrpc.newBlockingStub(ch).withDeadlineAfter(5, TimeUnit.SECONDS);
    }

    private static CounterRequest.Builder counter(SessionRef s) {
        return CounterRequest.newBuilder().setSession(s).setCounter(1);
    }
}
