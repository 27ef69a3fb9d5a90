package org.sportello.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Channel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.OfferHours;
import org.sportello.model.offers.OfferPublisher;
import org.sportello.model.offers.OfferSource;
import org.sportello.model.offers.Requirements;
import org.sportello.model.offers.Workplace;
import org.sportello.model.profile.Address;
import org.sportello.model.profile.Availability;
import org.sportello.model.profile.CitizenProfile;
import org.sportello.model.profile.Personal;
import org.sportello.model.profile.Professional;
import org.sportello.model.profile.SaveOutcome;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.v1.AttachRequest;
import org.sportello.protocol.v1.AttachResult;
import org.sportello.protocol.v1.AttachedQuery;
import org.sportello.protocol.v1.CardFitMsg;
import org.sportello.protocol.v1.CardFitRequest;
import org.sportello.protocol.v1.CourseQuery;
import org.sportello.protocol.v1.IssueTicketRequest;
import org.sportello.protocol.v1.OfferRef;
import org.sportello.protocol.v1.OfferSearchRequest;
import org.sportello.protocol.v1.OfferSearchResult;
import org.sportello.protocol.v1.OffersGrpc;
import org.sportello.protocol.v1.QueueGrpc;
import org.sportello.protocol.v1.SessionRef;
import org.sportello.server.offers.Place;
import org.sportello.model.offers.Course;

/** The Offers service over gRPC as a terminal and a desk call it: what each may learn, and the bounds. */
class OffersApiTest {
    private static final String CF_BASE = "VRDMGR80A41A944";
    private static final String CF = CF_BASE + CodiceFiscale.checkCharacter(CF_BASE);
    private static final String STRANGER_BASE = "BNCLCU75C12A944";
    private static final String STRANGER = STRANGER_BASE + CodiceFiscale.checkCharacter(STRANGER_BASE);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;
    private OfficeApiFixture office;
    private Channel terminal;

    @BeforeEach
    void office() {
        office = OfficeApiFixture.start(dir);
        terminal = office.as(StationRole.SELF_SERVICE);
        var offers = office.connection().offers();
        offers.places().putAll(List.of(new Place("Bologna", "BO", 44.4949, 11.3426),
                new Place("Casalecchio di Reno", "BO", 44.4757, 11.2749), new Place("Imola", "BO", 44.3533, 11.7141)));
        offers.putAll(List.of(offer("mag-1", "Magazziniere", "Bologna", "BO", "Muletto", "Inventario"),
                offer("mag-2", "Magazziniera", "Imola", "BO", "Muletto", "Patente C"),
                offer("cuo-1", "Cuoco", "Bologna", "BO", "Cucina emiliana")));
        offers.courses().putAll(List.of(new Course("c-1", Course.Kind.WORKSHOP, "Scrivere il curriculum", "CPI Bologna",
                "Laboratorio pratico", "Bologna", "BO", "Via Finelli 9/A, aula 2", TODAY.plusDays(3), TODAY.plusDays(3),
                12)));
        Personal p = new Personal("Verdi", "Maria Grazia", "Bologna", "Italiana",
                new Address("Via Irnerio 1", "40126", "Casalecchio di Reno", "BO"), null, "+39 051 123456",
                "maria@example.org");
        Professional w = new Professional(List.of(), List.of(), List.of("Muletto", "Inventario"), List.of(), Set.of(),
                Availability.UNSAID);
        SaveOutcome saved = office.connection().profiles().save(office.office().login("mrossi"),
                new CitizenProfile(CF, null, 0, p, w));
        assertThat(saved).isInstanceOf(SaveOutcome.Saved.class);
    }

    @AfterEach
    void close() {
        office.close();
    }

    private static JobOffer offer(String id, String title, String town, String province, String... skills) {
        return new JobOffer(id, OfferSource.IMPORTED, title, "", "Logistica Emiliana srl",
                new Workplace(town, province, null, null), "9333", ContractType.PERMANENT, OfferHours.FULL, 1,
                TODAY.minusDays(3), TODAY.plusDays(20), new Requirements(-1, 0, List.of(skills), List.of(), null),
                "Inviare il CV a lavoro@example.org");
    }

    private static OffersGrpc.OffersBlockingStub offers(Channel ch) {
        return OffersGrpc.newBlockingStub(ch).withDeadlineAfter(5, TimeUnit.SECONDS);
    }

    @Test
    void aTerminalSearchesWithoutAnOperatorAndGetsChipsAndDistances() {
        OfferSearchResult r = offers(terminal).search(OfferSearchRequest.newBuilder().setWhat("magazzinieri")
                .setWhere("Bologna").setKm(40).build());
        assertThat(r.getHitsList()).extracting(h -> h.getId()).containsExactly("mag-1", "mag-2");
        assertThat(r.getHits(1).getKm()).isBetween(32.0, 35.0);
        assertThat(r.getHits(0).getEmployer()).isEqualTo("Logistica Emiliana srl");
        assertThat(r.getFacetsList()).anySatisfy(f -> {
            assertThat(f.getFacet()).isEqualTo("contract");
            assertThat(f.getValue()).isEqualTo("permanent");
            assertThat(f.getCount()).isEqualTo(2);
        });
        var page = offers(terminal).get(OfferRef.newBuilder().setId("mag-1").build());
        assertThat(page.getHowToApply()).contains("lavoro@example.org");
        assertThat(page.getLat()).isBetween(44.0, 45.0);
        assertThat(offers(terminal).courses(CourseQuery.getDefaultInstance()).getCoursesList())
                .extracting(c -> c.getTitle()).containsExactly("Scrivere il curriculum");
    }

    @Test
    void anotherOfficesReservedOfferReachesTheTerminalWithItsPublishingOfficeAndNoCompany() {
        JobOffer base = offer("vacancy-x", "Magazziniera", "Imola", "BO", "Muletto");
        office.connection().offers().putAll(List.of(new JobOffer("vacancy-x", OfferSource.OTHER_OFFICE, base.title(),
                "", null, base.workplace(), base.isco(), base.contract(), base.hours(), 1, base.published(),
                base.expires(), base.requirements(), null,
                new OfferPublisher("Centro per l'Impiego di Imola", null, "V-1A2B3C4D"))));
        var page = offers(terminal).get(OfferRef.newBuilder().setId("vacancy-x").build());
        assertThat(page.getSource()).isEqualTo("OTHER_OFFICE");
        assertThat(page.getEmployer()).as("riservato").isEmpty();
        assertThat(page.getHowToApply()).isEmpty();
        assertThat(page.getPublisherName()).isEqualTo("Centro per l'Impiego di Imola");
        assertThat(page.getPublisherAddress()).isEmpty();
        assertThat(page.getPublisherRef()).isEqualTo("V-1A2B3C4D");
        assertThat(offers(terminal).get(OfferRef.newBuilder().setId("mag-1").build()).getPublisherName())
                .as("an imported offer names no office").isEmpty();
    }

    @Test
    void aDeskNeedsAnOperatorsSessionToSearch() {
        Channel desk = office.as(StationRole.DESK);
        assertThatThrownBy(() -> offers(desk).search(OfferSearchRequest.newBuilder().setWhat("cuoco").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(OfficeApiFixture.problem(e)).isEqualTo("NOT_LOGGED_IN"));
        String token = office.login(StationRole.DESK, "mrossi");
        assertThat(offers(desk).search(OfferSearchRequest.newBuilder().setWhat("cuoco")
                .setSession(SessionRef.newBuilder().setToken(token)).build()).getTotal()).isEqualTo(1);
    }

    @Test
    void theCardGivesTheTerminalTheFirstNameAndTheFitsOnly() {
        CardFitMsg fit = offers(terminal).cardFit(CardFitRequest.newBuilder().setTaxCode(CF).build());
        assertThat(fit.getKnown()).isTrue();
        assertThat(fit.getFirstName()).isEqualTo("Maria");
        assertThat(fit.getFitsList()).extracting(f -> f.getOfferId()).containsExactly("mag-1", "mag-2", "cuo-1");
        assertThat(fit.getFits(0).getScore()).isEqualTo(100);
        assertThat(fit.getFits(0).getReasonsList()).anySatisfy(r -> {
            assertThat(r.getAspect()).isEqualTo("SKILL");
            assertThat(r.getArgsList()).containsExactly("Muletto");
        });
        // The distance in km passes; the home municipality the engine put beside it does not.
        assertThat(fit.getFits(0).getReasonsList()).anySatisfy(r -> {
            assertThat(r.getAspect()).isEqualTo("DISTANCE");
            assertThat(r.getArgsList()).containsExactly("6");
        });
        String wire = new String(fit.toByteArray(), StandardCharsets.UTF_8);
        for (String personal : List.of("Verdi", "VERDI", "Grazia", "Casalecchio", "Irnerio", "40126", "123456",
                "maria@example.org", CF, "Italiana")) {
            assertThat(wire).as(personal).doesNotContain(personal);
        }
        CardFitMsg named = offers(terminal).cardFit(CardFitRequest.newBuilder().setTaxCode(CF).addOfferIds("cuo-1")
                .addOfferIds("expired-or-unknown").build());
        assertThat(named.getFitsList()).extracting(f -> f.getOfferId()).containsExactly("cuo-1");
    }

    @Test
    void aCardTheOfficeDoesNotKnowGetsNoNameAndNoFits() {
        CardFitMsg fit = offers(terminal).cardFit(CardFitRequest.newBuilder().setTaxCode(STRANGER).build());
        assertThat(fit.getKnown()).isFalse();
        assertThat(fit.getFirstName()).isEmpty();
        assertThat(fit.getFitsCount()).isZero();
    }

    @Test
    void offersTakenToTheDeskGoWithTheTicketOfTodayAndTheDeskSeesThem() {
        AttachRequest take = AttachRequest.newBuilder().setTaxCode(CF).addOfferIds("mag-1").addOfferIds("cuo-1")
                .addOfferIds("nope").build();
        AttachResult none = offers(terminal).attachToTicket(take);
        assertThat(none.getAttached()).isFalse();
        assertThat(none.getReason()).isEqualTo("NO_TICKET_TODAY");
        assertThat(none.getTicketNumber()).isEmpty();

        var issued = QueueGrpc.newBlockingStub(office.as(StationRole.KIOSK)).issue(IssueTicketRequest.newBuilder()
                .setServicePrefix("D").setPriority("STANDARD").setIdempotencyKey("card-1").setCitizenTaxCode(CF).build());
        AttachResult done = offers(terminal).attachToTicket(take);
        assertThat(done.getAttached()).isTrue();
        assertThat(done.getTicketNumber()).isEqualTo(issued.getTicket().getCode());
        assertThat(done.getOfferIdsList()).containsExactly("mag-1", "cuo-1");
        // Again, with one more: nothing twice.
        AttachResult again = offers(terminal).attachToTicket(AttachRequest.newBuilder().setTaxCode(CF)
                .addOfferIds("cuo-1").addOfferIds("mag-2").build());
        assertThat(again.getOfferIdsList()).containsExactly("mag-1", "cuo-1", "mag-2");

        Channel desk = office.as(StationRole.DESK);
        SessionRef session = SessionRef.newBuilder().setToken(office.login(StationRole.DESK, "mrossi")).build();
        var attached = offers(desk).attached(AttachedQuery.newBuilder().setSession(session)
                .setTicketId(issued.getTicket().getId()).build());
        assertThat(attached.getOffersList()).extracting(o -> o.getId()).containsExactly("mag-1", "cuo-1", "mag-2");
        assertThatThrownBy(() -> offers(desk).attached(AttachedQuery.newBuilder().setSession(session)
                .setTicketId(UUID.randomUUID().toString()).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(OfficeApiFixture.problem(e)).isEqualTo("UNKNOWN_TICKET"));
        // Only the card's own ticket: another code finds none.
        assertThat(offers(terminal).attachToTicket(AttachRequest.newBuilder().setTaxCode(STRANGER)
                .addOfferIds("mag-1").build()).getReason()).isEqualTo("NO_TICKET_TODAY");
    }

    @Test
    void oversizedOrMalformedRequestsAreRefusedAsInvalid() {
        OfferSearchRequest.Builder ok = OfferSearchRequest.newBuilder();
        CardFitRequest.Builder manyIds = CardFitRequest.newBuilder().setTaxCode(CF);
        for (int i = 0; i < 51; i++) {
            manyIds.addOfferIds("o-" + i);
        }
        for (Runnable bad : List.<Runnable>of(
                () -> offers(terminal).search(ok.clone().setWhat("x".repeat(201)).build()),
                () -> offers(terminal).search(ok.clone().setWhat("magazz\u0000iniere").build()),
                () -> offers(terminal).search(ok.clone().setWhere("y".repeat(101)).build()),
                () -> offers(terminal).search(ok.clone().setKm(501).build()),
                () -> offers(terminal).search(ok.clone().setKm(-1).build()),
                () -> offers(terminal).search(ok.clone().addContracts("PERMANENT").build()),
                () -> offers(terminal).search(ok.clone().setHours("mezza").build()),
                () -> offers(terminal).search(ok.clone().setProvince("BOL").build()),
                () -> offers(terminal).search(ok.clone().setLimit(201).build()),
                () -> offers(terminal).search(ok.clone().setPublishedWithinDays(-3).build()),
                () -> offers(terminal).get(OfferRef.newBuilder().setId("../../etc/passwd").build()),
                () -> offers(terminal).get(OfferRef.newBuilder().setId("a".repeat(65)).build()),
                () -> offers(terminal).courses(CourseQuery.newBuilder().setFrom("2026-01-01").setTo("2028-01-01").build()),
                () -> offers(terminal).courses(CourseQuery.newBuilder().setFrom("24/11/2026").build()),
                () -> offers(terminal).cardFit(manyIds.build()),
                () -> offers(terminal).cardFit(CardFitRequest.newBuilder().setTaxCode("RSSMRA85T10A944X").build()),
                () -> offers(terminal).cardFit(CardFitRequest.newBuilder().setTaxCode(CF).setLimit(51).build()),
                () -> offers(terminal).attachToTicket(AttachRequest.newBuilder().setTaxCode(CF).build()))) {
            assertThatThrownBy(bad::run).isInstanceOfSatisfying(StatusRuntimeException.class,
                    e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
        }
    }

    @Test
    void anExpiredOrUnknownOfferHasNoPage() {
        assertThatThrownBy(() -> offers(terminal).get(OfferRef.newBuilder().setId("gone").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(OfficeApiFixture.problem(e)).isEqualTo("UNKNOWN_OFFER"));
    }
}
