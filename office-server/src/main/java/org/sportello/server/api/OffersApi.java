package org.sportello.server.api;

import io.grpc.stub.StreamObserver;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.FitReason;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.LanguageRequirement;
import org.sportello.model.offers.OfferFitter;
import org.sportello.model.offers.OfferHours;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.v1.AttachRequest;
import org.sportello.protocol.v1.AttachResult;
import org.sportello.protocol.v1.AttachedQuery;
import org.sportello.protocol.v1.CardFitMsg;
import org.sportello.protocol.v1.CardFitRequest;
import org.sportello.protocol.v1.CourseList;
import org.sportello.protocol.v1.CourseMsg;
import org.sportello.protocol.v1.CourseQuery;
import org.sportello.protocol.v1.FacetCountMsg;
import org.sportello.protocol.v1.FitReasonMsg;
import org.sportello.protocol.v1.LanguageRequirementMsg;
import org.sportello.protocol.v1.OfferFitMsg;
import org.sportello.protocol.v1.OfferHitMsg;
import org.sportello.protocol.v1.OfferList;
import org.sportello.protocol.v1.OfferMsg;
import org.sportello.protocol.v1.OfferRef;
import org.sportello.protocol.v1.OfferSearchRequest;
import org.sportello.protocol.v1.OfferSearchResult;
import org.sportello.protocol.v1.OffersGrpc;
import org.sportello.protocol.v1.SessionRef;
import org.sportello.server.offers.CardFits;
import org.sportello.server.offers.OfficeOffers;
import org.sportello.server.offers.TicketOffers;
import org.sportello.server.session.OperatorSessions;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.model.offers.OfferHit;
import org.sportello.model.offers.FacetCount;
import org.sportello.model.offers.OfferResults;
import org.sportello.model.offers.CardFit;
import org.sportello.model.offers.Course;
import org.sportello.model.offers.OfferQuery;

/**
 * The Offers service (offers.proto, issue 12, ADR 32). Searching the catalogue, an offer's page and the
 * courses calendar: self-service terminals (no operator) and desks with an operator's session; kiosks
 * and hall displays never. The health card's fit and "take to the desk": self-service terminals only,
 * and what goes back is the first name and the fits, never more of the file. The offers a ticket
 * carries: desks with a session. Every field is bounded here before anything reads it.
 */
public final class OffersApi extends OffersGrpc.OffersImplBase {
    static final int MAX_ID = 64;
    static final int MAX_WHERE = 100;
    static final int MAX_FIT_IDS = CardFits.MAX_LIMIT;
    static final int MAX_CALENDAR_DAYS = 366;
    private static final StationRole[] BROWSERS = {StationRole.SELF_SERVICE, StationRole.DESK, StationRole.ADMIN};

    private final OfficeOffers offers;
    private final CardFits fits;
    private final TicketOffers tickets;
    private final OperatorSessions sessions;
    private final ZoneId zone;
    private final Clock clock;

    public OffersApi(OfficeOffers offers, CardFits fits, TicketOffers tickets, OperatorSessions sessions, ZoneId zone,
                     Clock clock) {
        this.offers = Objects.requireNonNull(offers, "offers");
        this.fits = Objects.requireNonNull(fits, "fits");
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The service on an office's catalogue; {@code fitter} is the office's fit engine (null while none is
     * installed: a card then gets its first name and no fits).
     */
    public static OffersApi of(OfficeConnection office, OperatorSessions sessions, OfferFitter fitter, Clock clock) {
        OfficeOffers offers = office.offers();
        offers.warmInBackground();
        return new OffersApi(offers, new CardFits(offers, office.profiles(), fitter),
                new TicketOffers(office.database().dataSource(), office.directory().office().id(), offers), sessions,
                office.directory().office().zone(), clock);
    }

    @Override
    public void search(OfferSearchRequest r, StreamObserver<OfferSearchResult> reply) {
        Calls.answer(reply, () -> {
            browser("search job offers", r.getSession());
            OfferResults found = offers.search(query(r));
            OfferSearchResult.Builder b = OfferSearchResult.newBuilder().setTotal(found.total());
            for (OfferHit h : found.hits()) {
                b.addHits(OfferHitMsg.newBuilder().setId(h.id()).setTitle(h.title())
                        .setEmployer(Objects.requireNonNullElse(h.employer(), ""))
                        .setMunicipality(h.municipality()).setProvince(Objects.requireNonNullElse(h.province(), ""))
                        .setKm(Double.isNaN(h.km()) ? -1 : Math.round(h.km() * 10) / 10.0).setScore(h.score())
                        .setContract(h.contract().wireName()).setHours(h.hours().wireName())
                        .setPublished(h.published().toString()).setExpires(h.expires().toString()));
            }
            for (FacetCount f : found.facets()) {
                b.addFacets(FacetCountMsg.newBuilder().setFacet(f.facet()).setValue(f.value()).setCount(f.count()));
            }
            if (found.whereUnknown() != null) {
                b.setWhereUnknown(found.whereUnknown());
            }
            return b.build();
        });
    }

    @Override
    public void get(OfferRef r, StreamObserver<OfferMsg> reply) {
        Calls.answer(reply, () -> {
            browser("read a job offer", r.getSession());
            String id = id(r.getId());
            JobOffer o = offers.openAmong(List.of(id)).stream().findFirst()
                    .orElseThrow(() -> new SportelloException(Problem.UNKNOWN_OFFER, id));
            return offer(o);
        });
    }

    @Override
    public void courses(CourseQuery r, StreamObserver<CourseList> reply) {
        Calls.answer(reply, () -> {
            browser("read the courses calendar", r.getSession());
            LocalDate from = r.getFrom().isEmpty() ? today() : date("from", r.getFrom());
            LocalDate to = r.getTo().isEmpty() ? from.plusDays(60) : date("to", r.getTo());
            if (to.isBefore(from) || to.isAfter(from.plusDays(MAX_CALENDAR_DAYS))) {
                throw RequestChecks.invalid("to must be from 0 to " + MAX_CALENDAR_DAYS + " days after from");
            }
            String what = RequestChecks.text(r.getWhat(), "what", 0, OfferQuery.MAX_WHAT);
            CourseList.Builder b = CourseList.newBuilder();
            for (Course k : offers.courses().between(from, to, what)) {
                b.addCourses(CourseMsg.newBuilder().setId(k.id()).setKind(k.kind().name()).setTitle(k.title())
                        .setProvider(k.provider()).setDescription(k.description()).setMunicipality(k.municipality())
                        .setProvince(Objects.requireNonNullElse(k.province(), "")).setPlace(k.place())
                        .setStarts(k.starts().toString()).setEnds(k.ends().toString()).setSeats(k.seats()));
            }
            return b.build();
        });
    }

    @Override
    public void cardFit(CardFitRequest r, StreamObserver<CardFitMsg> reply) {
        Calls.answer(reply, () -> {
            Caller.current().require("show the fit of offers to a card holder", StationRole.SELF_SERVICE);
            CodiceFiscale code = taxCode(r.getTaxCode());
            List<String> ids = ids(r.getOfferIdsList(), MAX_FIT_IDS);
            if (r.getLimit() < 0 || r.getLimit() > CardFits.MAX_LIMIT) {
                throw RequestChecks.invalid("limit must be 0 to " + CardFits.MAX_LIMIT);
            }
            CardFit fit = fits.fit(code, ids, r.getLimit());
            CardFitMsg.Builder b = CardFitMsg.newBuilder().setKnown(fit.known()).setFirstName(fit.firstName());
            for (CardFit.OfferFit f : fit.fits()) {
                OfferFitMsg.Builder m = OfferFitMsg.newBuilder().setOfferId(f.offerId()).setScore(f.fit().score());
                for (FitReason reason : f.fit().reasons()) {
                    m.addReasons(FitReasonMsg.newBuilder().setAspect(reason.aspect().name()).setMet(reason.met())
                            .addAllArgs(reason.args()));
                }
                b.addFits(m);
            }
            return b.build();
        });
    }

    @Override
    public void attachToTicket(AttachRequest r, StreamObserver<AttachResult> reply) {
        Calls.answer(reply, () -> {
            Caller.current().require("take offers to the desk", StationRole.SELF_SERVICE);
            CodiceFiscale code = taxCode(r.getTaxCode());
            List<String> ids = ids(r.getOfferIdsList(), TicketOffers.MAX_PER_TICKET);
            if (ids.isEmpty()) {
                throw RequestChecks.invalid("offer_ids is empty");
            }
            TicketOffers.Outcome o = tickets.attach(code.canonical(), ids);
            AttachResult.Builder b = AttachResult.newBuilder().setAttached(o.attached())
                    .setTicketNumber(o.ticketCode()).addAllOfferIds(o.offerIds());
            if (!o.attached()) {
                b.setReason(o.reason().name());
            }
            return b.build();
        });
    }

    @Override
    public void attached(AttachedQuery r, StreamObserver<OfferList> reply) {
        Calls.answer(reply, () -> {
            DeskOperator.require(sessions, "read the offers a ticket carries", r.getSession().getToken());
            UUID ticket;
            try {
                ticket = UUID.fromString(RequestChecks.text(r.getTicketId(), "ticket_id", 36, 36));
            } catch (IllegalArgumentException e) {
                throw RequestChecks.invalid("ticket_id is not an id");
            }
            OfferList.Builder b = OfferList.newBuilder();
            for (JobOffer o : tickets.attached(ticket)) {
                b.addOffers(offer(o));
            }
            return b.build();
        });
    }

    /** Self-service terminals as they are; desks (and the admin station) with an operator's session. */
    private void browser(String action, SessionRef session) {
        Caller caller = Caller.current().require(action, BROWSERS);
        if (caller.role() != StationRole.SELF_SERVICE) {
            sessions.require(caller, RequestChecks.token(session.getToken()));
        }
    }

    private static OfferQuery query(OfferSearchRequest r) {
        String what = RequestChecks.text(r.getWhat(), "what", 0, OfferQuery.MAX_WHAT);
        String where = RequestChecks.text(r.getWhere(), "where", 0, MAX_WHERE);
        if (r.getKm() < 0 || r.getKm() > OfferQuery.MAX_KM) {
            throw RequestChecks.invalid("km must be 0 to " + OfferQuery.MAX_KM);
        }
        if (r.getContractsCount() > ContractType.values().length) {
            throw RequestChecks.invalid("contracts has more entries than there are contract types");
        }
        Set<ContractType> contracts = EnumSet.noneOf(ContractType.class);
        for (String c : r.getContractsList()) {
            contracts.add(ContractType.parse(RequestChecks.text(c, "contract", 1, 20)).filter(t -> t.wireName().equals(c))
                    .orElseThrow(() -> RequestChecks.invalid("contract must be one of permanent, fixed-term,"
                            + " apprenticeship, internship, temporary")));
        }
        OfferHours hours = null;
        if (!r.getHours().isEmpty()) {
            hours = OfferHours.parse(RequestChecks.text(r.getHours(), "hours", 1, 10))
                    .filter(h -> h.wireName().equals(r.getHours()))
                    .orElseThrow(() -> RequestChecks.invalid("hours must be full or part"));
        }
        String province = RequestChecks.text(r.getProvince(), "province", 0, 2);
        if (!province.isEmpty() && !province.matches("[A-Za-z]{2}")) {
            throw RequestChecks.invalid("province must be two letters");
        }
        if (r.getPublishedWithinDays() < 0 || r.getPublishedWithinDays() > OfferQuery.MAX_WITHIN_DAYS) {
            throw RequestChecks.invalid("published_within_days must be 0 to " + OfferQuery.MAX_WITHIN_DAYS);
        }
        if (r.getLimit() < 0 || r.getLimit() > OfferQuery.MAX_LIMIT) {
            throw RequestChecks.invalid("limit must be 0 to " + OfferQuery.MAX_LIMIT);
        }
        return new OfferQuery(what, where, r.getKm(), contracts, hours, province, r.getPublishedWithinDays(),
                r.getLimit());
    }

    private static OfferMsg offer(JobOffer o) {
        OfferMsg.Builder b = OfferMsg.newBuilder().setId(o.id()).setSource(o.source().name()).setTitle(o.title())
                .setDescription(Objects.requireNonNullElse(o.description(), ""))
                .setEmployer(Objects.requireNonNullElse(o.employer(), ""))
                .setMunicipality(o.workplace().municipality())
                .setProvince(Objects.requireNonNullElse(o.workplace().province(), ""))
                .setLat(o.workplace().located() ? o.workplace().lat() : Double.NaN)
                .setLon(o.workplace().located() ? o.workplace().lon() : Double.NaN)
                .setIsco(Objects.requireNonNullElse(o.isco(), "")).setContract(o.contract().wireName())
                .setHours(o.hours().wireName()).setPositions(o.positions()).setPublished(o.published().toString())
                .setExpires(o.expires().toString()).setMinIsced(o.requirements().minIsced())
                .setYearsExperience(o.requirements().yearsExperience()).addAllSkills(o.requirements().skills())
                .setHowToApply(Objects.requireNonNullElse(o.howToApply(), ""));
        if (o.publisher() != null) {
            b.setPublisherName(o.publisher().officeName()).setPublisherRef(o.publisher().reference())
                    .setPublisherAddress(Objects.requireNonNullElse(o.publisher().address(), ""))
                    .setPublisherPhone(Objects.requireNonNullElse(o.publisher().phone(), ""));
        }
        for (LanguageRequirement l : o.requirements().languages()) {
            b.addLanguages(LanguageRequirementMsg.newBuilder().setCode(l.code()).setLevel(l.level().name()));
        }
        o.requirements().licences().stream().sorted().forEach(l -> b.addLicences(l.name()));
        return b.build();
    }

    private static String id(String value) {
        String id = RequestChecks.text(value, "id", 1, MAX_ID);
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._:/-]*")) {
            throw RequestChecks.invalid("id has characters an offer id never has");
        }
        return id;
    }

    private static List<String> ids(List<String> values, int max) {
        if (values.size() > max) {
            throw RequestChecks.invalid("at most " + max + " offer ids");
        }
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            String id = id(v);
            if (!out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    private CodiceFiscale taxCode(String value) {
        return RequestChecks.codiceFiscale(value, today());
    }

    private static LocalDate date(String field, String value) {
        String text = RequestChecks.text(value, field, 10, 10);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw RequestChecks.invalid(field + " is not a date yyyy-MM-dd");
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
