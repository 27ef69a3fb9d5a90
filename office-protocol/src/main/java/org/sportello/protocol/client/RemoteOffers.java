package org.sportello.protocol.client;

import io.grpc.Channel;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.offers.AttachOutcome;
import org.sportello.model.offers.CardFit;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.Course;
import org.sportello.model.offers.FacetCount;
import org.sportello.model.offers.Fit;
import org.sportello.model.offers.FitReason;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.LanguageRequirement;
import org.sportello.model.offers.OfferHit;
import org.sportello.model.offers.OfferHours;
import org.sportello.model.offers.OfferPublisher;
import org.sportello.model.offers.OfferQuery;
import org.sportello.model.offers.OfferResults;
import org.sportello.model.offers.OfferSearch;
import org.sportello.model.offers.OfferSource;
import org.sportello.model.offers.Requirements;
import org.sportello.model.offers.Workplace;
import org.sportello.model.profile.CefrLevel;
import org.sportello.model.profile.DrivingLicence;
import org.sportello.protocol.v1.AttachRequest;
import org.sportello.protocol.v1.AttachResult;
import org.sportello.protocol.v1.CardFitMsg;
import org.sportello.protocol.v1.CardFitRequest;
import org.sportello.protocol.v1.CourseMsg;
import org.sportello.protocol.v1.CourseQuery;
import org.sportello.protocol.v1.FitReasonMsg;
import org.sportello.protocol.v1.OfferFitMsg;
import org.sportello.protocol.v1.OfferHitMsg;
import org.sportello.protocol.v1.OfferMsg;
import org.sportello.protocol.v1.OfferRef;
import org.sportello.protocol.v1.OfferSearchRequest;
import org.sportello.protocol.v1.OffersGrpc;
import org.sportello.protocol.wire.Problems;

/**
 * The self-consultation terminal's {@link OfferSearch} over the office protocol's {@code Offers} service. A terminal sends
 * no operator session: the station's certificate (role {@code self-service}) is what the server checks.
 * Unreachable servers and deadlines become {@code OFFICE_UNAVAILABLE}, which the terminal shows as out
 * of service and retries; a value this terminal cannot read (a newer server's contract) is dropped from
 * lists rather than failing the whole answer.
 */
public final class RemoteOffers implements OfferSearch {
    /** A search must feel instant; one that takes longer than this is as good as an outage. */
    static final Duration DEADLINE = Duration.ofSeconds(5);

    private final OffersGrpc.OffersBlockingStub stub;

    public RemoteOffers(Channel channel) {
        this.stub = OffersGrpc.newBlockingStub(channel);
    }

    @Override
    public OfferResults search(OfferQuery q) {
        OfferSearchRequest.Builder request = OfferSearchRequest.newBuilder()
                .setWhat(q.what()).setWhere(q.where()).setKm(q.km())
                .setHours(q.hours() == null ? "" : q.hours().wireName())
                .setProvince(q.province() == null ? "" : q.province()).setPublishedWithinDays(q.withinDays()).setLimit(q.limit());
        q.contracts().stream().map(ContractType::wireName).sorted().forEach(request::addContracts);
        var result = call("offer search", () -> timed().search(request.build()));
        List<OfferHit> hits = new ArrayList<>();
        for (OfferHitMsg h : result.getHitsList()) {
            hits.add(new OfferHit(h.getId(), h.getTitle(), blankToNull(h.getEmployer()), h.getMunicipality(),
                    h.getProvince(), h.getKm(), h.getScore(), ContractType.parse(h.getContract()).orElse(null),
                    OfferHours.parse(h.getHours()).orElse(null), date(h.getPublished()), date(h.getExpires())));
        }
        List<FacetCount> facets = result.getFacetsList().stream()
                .map(f -> new FacetCount(f.getFacet(), f.getValue(), f.getCount())).toList();
        return new OfferResults(hits, result.getTotal(), facets, blankToNull(result.getWhereUnknown()));
    }

    @Override
    public JobOffer get(String offerId) {
        OfferMsg m = call("offer", () -> timed().get(OfferRef.newBuilder().setId(offerId).build()));
        return offer(m);
    }

    static JobOffer offer(OfferMsg m) {
        ContractType contract = ContractType.parse(m.getContract())
                .orElseThrow(() -> unreadable("contract " + m.getContract()));
        OfferHours hours = OfferHours.parse(m.getHours()).orElseThrow(() -> unreadable("hours " + m.getHours()));
        boolean located = !Double.isNaN(m.getLat()) && !Double.isNaN(m.getLon()) && !(m.getLat() == 0 && m.getLon() == 0);
        Workplace where = new Workplace(m.getMunicipality(), blankToNull(m.getProvince()),
                located ? m.getLat() : null, located ? m.getLon() : null);
        List<LanguageRequirement> languages = new ArrayList<>();
        m.getLanguagesList().forEach(l -> level(l.getLevel()).ifPresent(level ->
                languages.add(new LanguageRequirement(l.getCode(), level))));
        Set<DrivingLicence> licences = EnumSet.noneOf(DrivingLicence.class);
        m.getLicencesList().forEach(l -> licence(l).ifPresent(licences::add));
        Requirements requirements = new Requirements(Math.clamp(m.getMinIsced(), -1, 8),
                Math.clamp(m.getYearsExperience(), 0, 60), m.getSkillsList(), languages, licences);
        LocalDate published = date(m.getPublished());
        LocalDate expires = date(m.getExpires());
        OfferSource source = enumOr(OfferSource.class, m.getSource(), OfferSource.IMPORTED);
        return new JobOffer(m.getId(), source, m.getTitle(), m.getDescription(), blankToNull(m.getEmployer()), where,
                blankToNull(m.getIsco()), contract, hours, Math.max(1, m.getPositions()),
                published == null ? LocalDate.MIN : published, expires == null ? LocalDate.MAX : expires,
                requirements, blankToNull(m.getHowToApply()), publisher(m));
    }

    /** Empty from a server that does not send it, or for an offer no other office published. */
    private static OfferPublisher publisher(OfferMsg m) {
        return m.getPublisherName().isBlank() || m.getPublisherRef().isBlank() ? null
                : new OfferPublisher(m.getPublisherName(), blankToNull(m.getPublisherAddress()),
                        blankToNull(m.getPublisherPhone()), m.getPublisherRef());
    }

    @Override
    public List<Course> courses(LocalDate from, LocalDate to, String what) {
        CourseQuery query = CourseQuery.newBuilder().setFrom(from == null ? "" : from.toString())
                .setTo(to == null ? "" : to.toString()).setWhat(what == null ? "" : what).build();
        List<Course> out = new ArrayList<>();
        for (CourseMsg c : call("courses", () -> timed().courses(query)).getCoursesList()) {
            LocalDate starts = date(c.getStarts());
            if (starts == null) {
                continue; // a course without a date has no place on a calendar
            }
            Course.Kind kind = enumOr(Course.Kind.class, c.getKind(), Course.Kind.COURSE);
            LocalDate ends = date(c.getEnds());
            out.add(new Course(c.getId(), kind, c.getTitle(), c.getProvider(), c.getDescription(), c.getMunicipality(),
                    c.getProvince(), c.getPlace(), starts, ends == null || ends.isBefore(starts) ? starts : ends,
                    Math.max(0, c.getSeats())));
        }
        return out;
    }

    @Override
    public CardFit cardFit(String taxCode, List<String> offerIds, int limit) {
        CardFitRequest request = CardFitRequest.newBuilder().setTaxCode(taxCode).addAllOfferIds(offerIds)
                .setLimit(limit).build();
        CardFitMsg m = call("card fit", () -> timed().cardFit(request));
        if (!m.getKnown()) {
            return CardFit.UNKNOWN;
        }
        List<CardFit.OfferFit> fits = new ArrayList<>();
        for (OfferFitMsg f : m.getFitsList()) {
            List<FitReason> reasons = new ArrayList<>();
            for (FitReasonMsg r : f.getReasonsList()) {
                Optional.ofNullable(enumOr(FitReason.Aspect.class, r.getAspect(), null))
                        .ifPresent(a -> reasons.add(new FitReason(a, r.getMet(), r.getArgsList())));
            }
            fits.add(new CardFit.OfferFit(f.getOfferId(), new Fit(Math.clamp(f.getScore(), 0, 100), reasons)));
        }
        return new CardFit(true, m.getFirstName(), fits);
    }

    @Override
    public AttachOutcome attach(String taxCode, List<String> offerIds) {
        AttachResult r = call("take to the desk", () -> timed().attachToTicket(
                AttachRequest.newBuilder().setTaxCode(taxCode).addAllOfferIds(offerIds).build()));
        return new AttachOutcome(r.getAttached(), r.getTicketNumber());
    }

    private OffersGrpc.OffersBlockingStub timed() {
        return stub.withDeadlineAfter(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static <T> T call(String where, Supplier<T> call) {
        try {
            return call.get();
        } catch (StatusRuntimeException e) {
            throw Problems.fromStatus(e, where);
        }
    }

    private static SportelloException unreadable(String what) {
        return new SportelloException(Problem.INVALID_REQUEST, "the office sent an unknown " + what);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static LocalDate date(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(iso.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Optional<CefrLevel> level(String name) {
        return Optional.ofNullable(enumOr(CefrLevel.class, name, null));
    }

    private static Optional<DrivingLicence> licence(String name) {
        return Optional.ofNullable(enumOr(DrivingLicence.class, name, null));
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String name, E otherwise) {
        if (name == null || name.isBlank()) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }
}
