package org.sportello.selfservice;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
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
import org.sportello.protocol.client.RemoteOffers;

/**
 * A real {@code Offers} gRPC server, in the same process, serving a fixed catalogue around Bologna: the
 * terminal's screen tests talk to it through the same generated stub and {@link RemoteOffers} the
 * terminal uses against the office server. Its search is deliberately simple (accent-free word prefixes,
 * so "magazz" finds "Magazziniere"); the office server's Lucene search replaces it in integration tests.
 * It records every request, and can be "unplugged" (every call then fails UNAVAILABLE, as a server that
 * is away does).
 */
final class FixedOffersServer extends OffersGrpc.OffersImplBase implements AutoCloseable {
    /** Mario Rossi: known, with a ticket of today. */
    static final String MARIO = "RSSMRA85T10A562S";
    /** Laura Bianchi: known, no ticket today. */
    static final String LAURA = "BNCLRA90A41F205I";
    static final String TICKET = "D004";

    record Place(String name, String province, double lat, double lon) {
    }

    static final List<Place> PLACES = List.of(
            new Place("Bologna", "BO", 44.4949, 11.3426), new Place("Casalecchio di Reno", "BO", 44.4757, 11.2750),
            new Place("San Lazzaro di Savena", "BO", 44.4707, 11.4080), new Place("Imola", "BO", 44.3534, 11.7143),
            new Place("Modena", "MO", 44.6471, 10.9252), new Place("Ferrara", "FE", 44.8381, 11.6198),
            new Place("Castel Maggiore", "BO", 44.5772, 11.3610));

    static final String OTHER_OFFICE = "Centro per l'Impiego di Imola";
    static final String OTHER_OFFICE_ADDRESS = "Viale Dante 5, 40026 Imola";
    static final String OTHER_REF = "V-1A2B3C4D";

    private final LocalDate today;
    private final List<OfferMsg> offers;
    private final List<CourseMsg> courses;
    final List<OfferSearchRequest> searches = new CopyOnWriteArrayList<>();
    final List<CardFitRequest> fitRequests = new CopyOnWriteArrayList<>();
    final List<AttachRequest> attached = new CopyOnWriteArrayList<>();
    private volatile boolean down;
    private final String name;
    private final Server server;

    private FixedOffersServer(LocalDate today) {
        this.today = today;
        this.offers = offers(today);
        this.courses = courses(today);
        this.name = "offers-" + System.nanoTime();
        try {
            this.server = InProcessServerBuilder.forName(name).directExecutor().addService(this).build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FixedOffersServer start(LocalDate today) {
        return new FixedOffersServer(today);
    }

    ManagedChannel channel() {
        return InProcessChannelBuilder.forName(name).directExecutor().build();
    }

    /** While down, every call fails as an unreachable server's does. */
    void down(boolean isDown) {
        this.down = isDown;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }

    // ---------------------------------------------------------------- the catalogue

    private static List<OfferMsg> offers(LocalDate today) {
        List<OfferMsg> out = new ArrayList<>();
        out.add(offer("BO-0001", "Magazziniere con patentino del muletto", "Logistica Emiliana Srl", "Bologna",
                "permanent", "full", today.minusDays(2), 2, "Carico e scarico merci, gestione del magazzino con palmare, "
                        + "preparazione degli ordini. Turni dal lunedì al venerdì.", 2, 1,
                List.of("muletto", "palmare"), List.of(), List.of("B"),
                "Inviare il curriculum a selezione@logisticaemiliana.it indicando il codice BO-0001."));
        out.add(offer("BO-0002", "Addetta alle pulizie", "", "Casalecchio di Reno", "fixed-term", "part",
                today.minusDays(10), 3, "Pulizia di uffici e spazi comuni, la mattina presto.", 0, -1, List.of(),
                List.of(), List.of(), ""));
        out.add(offer("BO-0003", "Cuoco capo partita", "Trattoria da Nello", "Bologna", "permanent", "full",
                today.minusDays(1), 1, "Cucina tradizionale bolognese, pasta fresca, gestione della linea.", 3, 3,
                List.of("pasta fresca", "HACCP"), List.of(), List.of(), "Presentarsi con il curriculum in via Galliera 12, "
                        + "dal martedì al sabato, dalle 15 alle 17."));
        out.add(offer("BO-0004", "Operatore socio-sanitario (OSS)", "Cooperativa Sociale Il Ponte", "Imola",
                "fixed-term", "full", today.minusDays(5), 4, "Assistenza agli ospiti di una residenza per anziani, turni "
                        + "anche notturni.", 1, 3, List.of("qualifica OSS"), List.of(), List.of("B"),
                "Candidarsi allo sportello del Centro per l'impiego: il codice dell'offerta è BO-0004."));
        out.add(offer("BO-0005", "Impiegata amministrativa", "Studio Bernardi Commercialisti", "San Lazzaro di Savena",
                "apprenticeship", "full", today.minusDays(20), 1, "Prima nota, fatturazione elettronica, archivio.", 0, 3,
                List.of("Excel", "fatturazione elettronica"), List.of(lang("en", "B1")), List.of(),
                "Scrivere a lavora@studiobernardi.it"));
        // Another office's vacancy whose company kept its name and contacts reserved: the office that published it
        // comes with it (ADR 37), where the citizen applies.
        out.add(offer("BO-0006", "Magazziniera per la grande distribuzione", "", "Castel Maggiore", "temporary",
                "part", today.minusDays(3), 5, "Rifornimento degli scaffali e controllo delle scadenze, sabato e domenica.",
                0, -1, List.of("rifornimento"), List.of(), List.of(), "").toBuilder().setSource("OTHER_OFFICE")
                .setPublisherName(OTHER_OFFICE).setPublisherAddress(OTHER_OFFICE_ADDRESS).setPublisherRef(OTHER_REF)
                .build());
        out.add(offer("MO-0007", "Elettricista industriale", "Impianti Ferrari Spa", "Modena", "permanent", "full",
                today.minusDays(4), 2, "Installazione e manutenzione di quadri elettrici in stabilimento.", 3, 3,
                List.of("PLC", "quadri elettrici"), List.of(), List.of("B"),
                "Candidatura online su ferrari-impianti.example/lavora"));
        out.add(offer("FE-0008", "Tirocinio addetto alla reception", "Hotel Estense", "Ferrara", "internship", "full",
                today.minusDays(6), 1, "Accoglienza degli ospiti, prenotazioni, check-in e check-out.", 0, 3,
                List.of("accoglienza"), List.of(lang("en", "B2"), lang("de", "A2")), List.of(),
                "Inviare il curriculum a hr@hotelestense.example"));
        out.add(offer("BO-0009", "Autista patente C", "Trasporti Reno Sas", "Bologna", "fixed-term", "full",
                today.minusDays(12), 2, "Consegne in città e provincia con furgone e camion.", 2, 2,
                List.of("carta di qualificazione del conducente"), List.of(), List.of("C", "B"),
                "Telefonare allo 051 000 0000 dalle 9 alle 12."));
        out.add(offer("BO-0010", "Commessa di negozio di abbigliamento", "Moda Portici", "Bologna", "fixed-term", "part", today.minusDays(8), 1, "Vendita, allestimento vetrine, cassa.",
                0, 2, List.of("cassa"), List.of(lang("en", "A2")), List.of(), ""));
        out.add(offer("BO-0011", "Giardiniere", "Verde Colli Soc. Coop.", "San Lazzaro di Savena", "temporary", "full",
                today.minusDays(15), 2, "Manutenzione del verde pubblico, potature e sfalci.", 1, -1,
                List.of("decespugliatore"), List.of(), List.of("B"), ""));
        out.add(offer("BO-0012", "Barista", "Caffè Maggiore", "Bologna", "apprenticeship", "part", today.minusDays(2), 1,
                "Caffetteria, aperitivi, servizio ai tavoli.", 0, 2, List.of(), List.of(), List.of(),
                "Passare al bar in piazza Maggiore con il curriculum."));
        return out;
    }

    private static LanguageRequirementMsg lang(String code, String level) {
        return LanguageRequirementMsg.newBuilder().setCode(code).setLevel(level).build();
    }

    private static OfferMsg offer(String id, String title, String employer, String municipality, String contract,
                                  String hours, LocalDate published, int positions, String description, int years,
                                  int isced, List<String> skills, List<LanguageRequirementMsg> languages,
                                  List<String> licences, String howToApply) {
        Place p = place(municipality);
        return OfferMsg.newBuilder().setId(id).setSource("IMPORTED").setTitle(title).setDescription(description)
                .setEmployer(employer).setMunicipality(p.name()).setProvince(p.province()).setLat(p.lat())
                .setLon(p.lon()).setIsco("").setContract(contract).setHours(hours).setPositions(positions)
                .setPublished(published.toString()).setExpires(published.plusDays(60).toString()).setMinIsced(isced)
                .setYearsExperience(years).addAllSkills(skills).addAllLanguages(languages).addAllLicences(licences)
                .setHowToApply(howToApply).build();
    }

    private static List<CourseMsg> courses(LocalDate today) {
        return List.of(
                course("C1", "COURSE", "Carrellista: patentino per carrelli elevatori", "Ecipar Bologna", "Bologna",
                        "Via Corticella 186", today.plusDays(3), today.plusDays(5), 12),
                course("C2", "WORKSHOP", "Scrivere il curriculum", "Centro per l'impiego di Bologna", "Bologna",
                        "Sala riunioni, primo piano", today.plusDays(3), today.plusDays(3), 15),
                course("C3", "COURSE", "HACCP per addetti alimentari", "Cescot", "Casalecchio di Reno", "",
                        today.plusDays(9), today.plusDays(10), 20),
                course("C4", "WORKSHOP", "Il colloquio di lavoro", "Centro per l'impiego di Bologna", "Bologna",
                        "Sala riunioni, primo piano", today.plusDays(16), today.plusDays(16), 15),
                course("C5", "COURSE", "Inglese per il lavoro, livello A2", "Fondazione Aldini Valeriani", "Bologna",
                        "Via Bassanelli 9", today.plusDays(24), today.plusDays(80), 18));
    }

    private static CourseMsg course(String id, String kind, String title, String provider, String municipality,
                                    String place, LocalDate starts, LocalDate ends, int seats) {
        return CourseMsg.newBuilder().setId(id).setKind(kind).setTitle(title).setProvider(provider)
                .setDescription("").setMunicipality(municipality).setProvince("BO").setPlace(place)
                .setStarts(starts.toString()).setEnds(ends.toString()).setSeats(seats).build();
    }

    static Place place(String name) {
        return PLACES.stream().filter(p -> fold(p.name()).equals(fold(name))).findFirst().orElse(null);
    }

    // ---------------------------------------------------------------- the service

    @Override
    public void search(OfferSearchRequest r, StreamObserver<OfferSearchResult> out) {
        if (refused(out)) {
            return;
        }
        searches.add(r);
        Place where = r.getWhere().isBlank() ? null : place(r.getWhere());
        int km = r.getKm() > 0 ? r.getKm() : 30;
        Predicate<OfferMsg> text = o -> matches(o, r.getWhat());
        Predicate<OfferMsg> near = o -> where == null || distance(where, o) <= km;
        Predicate<OfferMsg> recent = o -> r.getPublishedWithinDays() == 0
                || !LocalDate.parse(o.getPublished()).isBefore(today.minusDays(r.getPublishedWithinDays()));
        Predicate<OfferMsg> contract = o -> r.getContractsList().isEmpty() || r.getContractsList().contains(o.getContract());
        Predicate<OfferMsg> hours = o -> r.getHours().isEmpty() || r.getHours().equals(o.getHours());
        Predicate<OfferMsg> province = o -> r.getProvince().isEmpty() || r.getProvince().equals(o.getProvince());
        List<OfferMsg> base = offers.stream().filter(text.and(near).and(recent)).toList();
        List<OfferMsg> all = base.stream().filter(contract.and(hours).and(province))
                .sorted(Comparator.comparing(OfferMsg::getPublished).reversed()).toList();
        OfferSearchResult.Builder result = OfferSearchResult.newBuilder().setTotal(all.size());
        int limit = r.getLimit() == 0 ? 50 : Math.min(200, r.getLimit());
        for (OfferMsg o : all.stream().limit(limit).toList()) {
            result.addHits(OfferHitMsg.newBuilder().setId(o.getId()).setTitle(o.getTitle()).setEmployer(o.getEmployer())
                    .setMunicipality(o.getMunicipality()).setProvince(o.getProvince())
                    .setKm(where == null ? -1 : Math.round(distance(where, o) * 10) / 10.0).setScore(1)
                    .setContract(o.getContract()).setHours(o.getHours()).setPublished(o.getPublished())
                    .setExpires(o.getExpires()));
        }
        // Each facet counts what the other filters leave, so a chip says what tapping it would give.
        facet(result, "contract", base.stream().filter(hours.and(province)).toList(), OfferMsg::getContract);
        facet(result, "hours", base.stream().filter(contract.and(province)).toList(), OfferMsg::getHours);
        facet(result, "province", base.stream().filter(contract.and(hours)).toList(), OfferMsg::getProvince);
        if (!r.getWhere().isBlank() && where == null) {
            result.setWhereUnknown(r.getWhere());
        }
        out.onNext(result.build());
        out.onCompleted();
    }

    private static void facet(OfferSearchResult.Builder result, String facet, List<OfferMsg> in,
                              java.util.function.Function<OfferMsg, String> value) {
        Map<String, Integer> counts = new TreeMap<>();
        in.forEach(o -> counts.merge(value.apply(o), 1, Integer::sum));
        counts.forEach((v, n) -> result.addFacets(FacetCountMsg.newBuilder().setFacet(facet).setValue(v).setCount(n)));
    }

    @Override
    public void get(OfferRef r, StreamObserver<OfferMsg> out) {
        if (refused(out)) {
            return;
        }
        offers.stream().filter(o -> o.getId().equals(r.getId())).findFirst().ifPresentOrElse(o -> {
            out.onNext(o);
            out.onCompleted();
        }, () -> out.onError(Status.NOT_FOUND.withDescription("no offer " + r.getId()).asRuntimeException()));
    }

    @Override
    public void courses(CourseQuery r, StreamObserver<CourseList> out) {
        if (refused(out)) {
            return;
        }
        LocalDate from = r.getFrom().isEmpty() ? today : LocalDate.parse(r.getFrom());
        LocalDate to = r.getTo().isEmpty() ? from.plusDays(60) : LocalDate.parse(r.getTo());
        out.onNext(CourseList.newBuilder().addAllCourses(courses.stream().filter(c ->
                !LocalDate.parse(c.getStarts()).isBefore(from) && !LocalDate.parse(c.getStarts()).isAfter(to)).toList())
                .build());
        out.onCompleted();
    }

    @Override
    public void cardFit(CardFitRequest r, StreamObserver<CardFitMsg> out) {
        if (refused(out)) {
            return;
        }
        fitRequests.add(r);
        String first = switch (r.getTaxCode()) {
            case MARIO -> "Mario";
            case LAURA -> "Laura";
            default -> null;
        };
        if (first == null) {
            out.onNext(CardFitMsg.newBuilder().setKnown(false).build());
            out.onCompleted();
            return;
        }
        List<String> ids = r.getOfferIdsList().isEmpty()
                ? offers.stream().map(OfferMsg::getId).limit(r.getLimit() == 0 ? 20 : r.getLimit()).toList()
                : r.getOfferIdsList();
        CardFitMsg.Builder msg = CardFitMsg.newBuilder().setKnown(true).setFirstName(first);
        for (String id : ids) {
            offers.stream().filter(o -> o.getId().equals(id)).findFirst().ifPresent(o -> msg.addFits(fit(o)));
        }
        out.onNext(msg.build());
        out.onCompleted();
    }

    /** Mario: a warehouseman from Bologna with a B licence, 4 years in warehouses, English A2, a diploma. */
    private static OfferFitMsg fit(OfferMsg o) {
        List<FitReasonMsg> reasons = new ArrayList<>();
        boolean warehouse = fold(o.getTitle()).contains("magazzin");
        reasons.add(reason("OCCUPATION", warehouse));
        if (o.getYearsExperience() > 0) {
            reasons.add(reason("EXPERIENCE", warehouse && o.getYearsExperience() <= 4,
                    String.valueOf(o.getYearsExperience()), warehouse ? "4" : "0"));
        }
        if (o.getMinIsced() >= 0) {
            reasons.add(reason("EDUCATION", o.getMinIsced() <= 3, String.valueOf(o.getMinIsced()), "3"));
        }
        o.getSkillsList().forEach(s -> reasons.add(reason("SKILL", s.equals("muletto") || s.equals("palmare"), s)));
        o.getLanguagesList().forEach(l -> reasons.add(reason("LANGUAGE", l.getLevel().compareTo("A2") <= 0,
                l.getCode(), l.getLevel(), "A2")));
        o.getLicencesList().forEach(l -> reasons.add(reason("LICENCE", l.equals("B"), l)));
        double km = distance(place("Bologna"), o);
        reasons.add(reason("DISTANCE", km <= 30, String.valueOf(Math.round(km)), "30"));
        long met = reasons.stream().filter(FitReasonMsg::getMet).count();
        int score = (int) Math.round(100.0 * met / reasons.size());
        return OfferFitMsg.newBuilder().setOfferId(o.getId()).setScore(score).addAllReasons(reasons).build();
    }

    private static FitReasonMsg reason(String aspect, boolean met, String... args) {
        return FitReasonMsg.newBuilder().setAspect(aspect).setMet(met).addAllArgs(List.of(args)).build();
    }

    @Override
    public void attachToTicket(AttachRequest r, StreamObserver<AttachResult> out) {
        if (refused(out)) {
            return;
        }
        boolean ticket = r.getTaxCode().equals(MARIO);
        if (ticket) {
            attached.add(r);
        }
        out.onNext(AttachResult.newBuilder().setAttached(ticket).setTicketNumber(ticket ? TICKET : "").build());
        out.onCompleted();
    }

    @Override
    public void attached(AttachedQuery r, StreamObserver<OfferList> out) {
        out.onError(Status.PERMISSION_DENIED.withDescription("desks only").asRuntimeException());
    }

    private boolean refused(StreamObserver<?> out) {
        if (down) {
            out.onError(Status.UNAVAILABLE.withDescription("office server away").asRuntimeException());
        }
        return down;
    }

    // ---------------------------------------------------------------- a search just good enough for screens

    private static boolean matches(OfferMsg o, String what) {
        if (what.isBlank()) {
            return true;
        }
        List<String> words = words(o.getTitle() + " " + o.getDescription() + " " + o.getEmployer() + " "
                + String.join(" ", o.getSkillsList()));
        for (String asked : words(what)) {
            // Italian plurals and feminines differ in the last letter or two: compare stems.
            String stem = asked.length() > 5 ? asked.substring(0, asked.length() - 2) : asked;
            if (words.stream().noneMatch(w -> w.startsWith(stem))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> words(String text) {
        String folded = fold(text).replaceAll("\\b(l|d|un|dell|all|nell)'", " ");
        return List.of(folded.split("[^a-z0-9]+")).stream().filter(w -> !w.isBlank()).toList();
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ITALIAN).strip();
    }

    private static double distance(Place from, OfferMsg o) {
        double dLat = Math.toRadians(o.getLat() - from.lat());
        double dLon = Math.toRadians(o.getLon() - from.lon());
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(from.lat()))
                * Math.cos(Math.toRadians(o.getLat())) * Math.pow(Math.sin(dLon / 2), 2);
        return 6371 * 2 * Math.asin(Math.sqrt(a));
    }
}
