package org.sportello.server.vacancies;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.sportello.server.storage.JdbcTransaction;
import org.sportello.server.storage.JdbcTransaction.Work;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.Role;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.common.UuidV7;
import org.sportello.model.company.CommunicationRules;
import org.sportello.model.documents.DocumentFacts;
import org.sportello.model.documents.DocumentIssuer;
import org.sportello.model.documents.IssuedPaper;
import org.sportello.model.offers.Fit;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.OfferSource;
import org.sportello.model.offers.ProfileFit;
import org.sportello.model.offers.Workplace;
import org.sportello.model.profile.Address;
import org.sportello.model.profile.CitizenProfile;
import org.sportello.model.protocol.Subject;
import org.sportello.model.vacancies.Candidate;
import org.sportello.model.vacancies.Contact;
import org.sportello.model.vacancies.ContactOutcome;
import org.sportello.model.vacancies.Vacancy;
import org.sportello.model.vacancies.VacancyField;
import org.sportello.model.vacancies.VacancyRules;
import org.sportello.model.vacancies.VacancyService;
import org.sportello.server.offers.OfferCatalogue;
import org.sportello.server.offers.TicketOffers;
import org.sportello.server.profile.OfficeProfiles;

/**
 * Vacancies at the desk (service D, issue 12). A recorded vacancy is put in the office's {@link OfferCatalogue}
 * in the same transaction (a catalogue that fails leaves nothing recorded), and withdrawn when closed.
 * Candidates are the office's own citizens (not moved away, not pulled copies) with a DID in force, ranked by
 * the one fit engine ({@link ProfileFit}). Every change writes a {@code VACANCY_CHANGED} event.
 */
public final class OfficeVacancies implements VacancyService {
    public static final int MAX_CANDIDATES = 200;

    private final DataSource office;
    private final OfferCatalogue catalogue;
    private final PlaceCoordinates places;
    private final DocumentIssuer documents;
    private final ProfileFit fitter;
    private final ZoneId zone;
    private final Clock clock;

    public OfficeVacancies(DataSource office, OfferCatalogue catalogue, PlaceCoordinates places,
                           DocumentIssuer documents, ZoneId zone, Clock clock) {
        this.office = Objects.requireNonNull(office, "office");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.places = Objects.requireNonNull(places, "places");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.zone = zone;
        this.clock = clock;
        this.fitter = new ProfileFit(clock.withZone(zone));
    }

    @Override
    public List<VacancyField> check(OperatorSession session, Vacancy vacancy) {
        session.require(Role.OPERATOR, "check vacancies");
        return VacancyRules.missing(vacancy, today());
    }

    @Override
    public Vacancy save(OperatorSession session, Vacancy given) {
        session.require(Role.OPERATOR, "record vacancies");
        LocalDate today = today();
        List<VacancyField> missing = VacancyRules.missing(given, today);
        if (!missing.isEmpty()) {
            throw new SportelloException(Problem.VACANCY_INCOMPLETE,
                    missing.stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        Subject.Company employer = CommunicationRules.employer(given.employerCode(), today).orElseThrow();
        Vacancy v = located(new Vacancy(given.id(), employer.code(), given.employerName(), given.employerContact(),
                given.publishEmployer(), given.title(), given.description(), given.isco(), given.workplace(),
                given.contract(), given.hours(), given.positions(), given.requirements(), given.publishOn(),
                given.expiresOn(), Vacancy.Status.OPEN, null, given.version()));
        return inTransaction(c -> {
            OffsetDateTime now = now();
            Vacancy saved;
            if (v.id() == null) {
                saved = v.withId(UuidV7.next(clock), 1);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO vacancy (id, office_id, employer_code,"
                        + " employer_name, employer_contact, publish_employer, title, description, isco, municipality,"
                        + " province, lat, lon, contract, hours, positions, min_isced, years_experience, skills,"
                        + " languages, licences, publish_on, expires_on, recorded_by, recorded_at, changed_at, version)"
                        + " VALUES (?, (SELECT id FROM office), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, 1)")) {
                    ps.setObject(1, saved.id());
                    int i = VacancyRows.bindContent(ps, 2, saved);
                    ps.setString(i++, session.login());
                    ps.setObject(i++, now);
                    ps.setObject(i, now);
                    ps.executeUpdate();
                }
            } else {
                Vacancy stored = read(c, v.id());
                if (stored.status() == Vacancy.Status.CLOSED) {
                    throw new SportelloException(Problem.VACANCY_CLOSED, stored.title());
                }
                if (stored.version() != v.version()) {
                    throw new SportelloException(Problem.VACANCY_CHANGED, stored.title());
                }
                saved = v.withId(v.id(), v.version() + 1);
                try (PreparedStatement ps = c.prepareStatement("UPDATE vacancy SET employer_code = ?,"
                        + " employer_name = ?, employer_contact = ?, publish_employer = ?, title = ?, description = ?,"
                        + " isco = ?, municipality = ?, province = ?, lat = ?, lon = ?, contract = ?, hours = ?,"
                        + " positions = ?, min_isced = ?, years_experience = ?, skills = ?, languages = ?,"
                        + " licences = ?, publish_on = ?, expires_on = ?, changed_at = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?")) {
                    int i = VacancyRows.bindContent(ps, 1, saved);
                    ps.setObject(i++, now);
                    ps.setObject(i++, v.id());
                    ps.setLong(i, v.version());
                    if (ps.executeUpdate() != 1) {
                        throw new SportelloException(Problem.VACANCY_CHANGED, stored.title());
                    }
                }
            }
            changed(c, saved.id(), now);
            // In the same transaction: a catalogue that refuses leaves the vacancy unrecorded, never half-published.
            catalogue.put(saved.toOffer(OfferSource.THIS_OFFICE));
            return saved;
        });
    }

    @Override
    public List<Vacancy> list(OperatorSession session, boolean withClosed) {
        session.require(Role.OPERATOR, "list vacancies");
        return inTransaction(c -> {
            List<Vacancy> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + VacancyRows.COLUMNS + " FROM vacancy"
                    + (withClosed ? "" : " WHERE status = 'OPEN'")
                    + " ORDER BY CASE WHEN status = 'OPEN' THEN 0 ELSE 1 END,"
                    + " CASE WHEN status = 'OPEN' THEN expires_on END, changed_at DESC, id")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(VacancyRows.read(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Optional<Vacancy> find(OperatorSession session, UUID id) {
        session.require(Role.OPERATOR, "read vacancies");
        return inTransaction(c -> find(c, id));
    }

    @Override
    public List<Candidate> candidates(OperatorSession session, UUID id, int limit) {
        session.require(Role.OPERATOR, "find candidates for vacancies");
        int max = Math.clamp(limit, 1, MAX_CANDIDATES);
        LocalDate today = today();
        return inTransaction(c -> {
            Vacancy v = open(c, id);
            JobOffer offer = v.toOffer(OfferSource.THIS_OFFICE);
            Map<UUID, ContactOutcome> last = lastOutcomes(c, id);
            List<Candidate> all = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.id FROM person p WHERE EXISTS (SELECT 1 FROM"
                    + " availability_declaration a WHERE a.person_id = p.id AND a.declared_on <= ?"
                    + " AND (a.ended_on IS NULL OR a.ended_on > ?)) AND NOT EXISTS (SELECT 1 FROM dossier_sync s"
                    + " WHERE s.person_id = p.id AND s.state IN ('MOVED', 'COPY'))")) {
                ps.setObject(1, today);
                ps.setObject(2, today);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        UUID person = rs.getObject(1, UUID.class);
                        CitizenProfile p = OfficeProfiles.stored(c, person);
                        Fit fit = fitter.prepare(p, home(p)).fit(offer);
                        all.add(new Candidate(p.codiceFiscale(), p.fullName(), fit, last.get(person)));
                    }
                }
            }
            all.sort(Comparator.comparingInt((Candidate x) -> -x.fit().score()).thenComparing(Candidate::name)
                    .thenComparing(Candidate::codiceFiscale));
            return List.copyOf(all.subList(0, Math.min(max, all.size())));
        });
    }

    @Override
    public Contact logContact(OperatorSession session, UUID id, String codiceFiscale, ContactOutcome outcome,
                              boolean shareContact, String note) {
        session.require(Role.OPERATOR, "log contacts with candidates");
        Objects.requireNonNull(outcome, "outcome");
        if (note != null && note.strip().length() > 500) {
            throw new SportelloException(Problem.INVALID_REQUEST, "a note has at most 500 characters");
        }
        return inTransaction(c -> {
            open(c, id);
            Person person = person(c, codiceFiscale);
            Contact contact = new Contact(UuidV7.next(clock), id, person.code(), person.name(), clock.instant(),
                    session.login(), outcome, shareContact, note);
            insertContact(c, contact, person.id());
            changed(c, id, now());
            return contact;
        });
    }

    @Override
    public List<Contact> contacts(OperatorSession session, UUID id) {
        session.require(Role.OPERATOR, "read contacts with candidates");
        return inTransaction(c -> {
            read(c, id);
            List<Contact> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT k.id, p.tax_code, p.family_name, p.given_names,"
                    + " k.contacted_at, k.operator_login, k.outcome, k.share_contact, k.note FROM vacancy_contact k"
                    + " JOIN person p ON p.id = k.person_id WHERE k.vacancy_id = ? ORDER BY k.seq")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Contact(rs.getObject(1, UUID.class), id, rs.getString(2),
                                name(rs.getString(3), rs.getString(4)), rs.getObject(5, OffsetDateTime.class).toInstant(),
                                rs.getString(6), ContactOutcome.valueOf(rs.getString(7)), rs.getBoolean(8),
                                rs.getString(9)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public IssuedPaper shortlist(OperatorSession session, UUID id, List<String> codiciFiscali, Locale locale) {
        session.require(Role.OPERATOR, "print shortlists");
        if (codiciFiscali == null || codiciFiscali.isEmpty()) {
            throw new SportelloException(Problem.INVALID_REQUEST, "a shortlist names at least one candidate");
        }
        record Chosen(Person person, boolean share) {
        }
        DocumentFacts.VacancyShortlist facts = inTransaction(c -> {
            Vacancy v = open(c, id);
            JobOffer offer = v.toOffer(OfferSource.THIS_OFFICE);
            List<DocumentFacts.ShortlistEntry> entries = new ArrayList<>();
            for (String code : codiciFiscali.stream().distinct().toList()) {
                Person p = person(c, code);
                Contact latest = latestContact(c, id, p);
                if (latest == null || !latest.outcome().agreed()) {
                    throw new SportelloException(Problem.SHORTLIST_NOT_AGREED, p.name());
                }
                CitizenProfile profile = OfficeProfiles.stored(c, p.id());
                Fit fit = fitter.prepare(profile, home(profile)).fit(offer);
                boolean share = latest.shareContact();
                entries.add(new DocumentFacts.ShortlistEntry(p.name(), share ? profile.personal().phone() : null,
                        share ? profile.personal().email() : null, fit.matches()));
            }
            Subject.Company company = CommunicationRules.employer(v.employerCode(), today()).orElseThrow();
            String where = v.workplace().province() == null ? v.workplace().municipality()
                    : v.workplace().municipality() + " (" + v.workplace().province() + ")";
            return new DocumentFacts.VacancyShortlist(company, v.employerName(), v.title(), v.reference(), where,
                    entries);
        });
        IssuedPaper paper = documents.issue(session, facts, locale).paper();
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO vacancy_shortlist (id, office_id, vacancy_id,"
                    + " protocol_number, candidates, issued_by, issued_at) VALUES (?, (SELECT id FROM office), ?, ?,"
                    + " ?, ?, ?)")) {
                ps.setObject(1, UuidV7.next(clock));
                ps.setObject(2, id);
                ps.setString(3, paper.entry().number().format());
                ps.setInt(4, facts.candidates().size());
                ps.setString(5, session.login());
                ps.setObject(6, now());
                ps.executeUpdate();
            }
            // Being on a paper the company holds is a step of its own in each candidate's log.
            for (String code : codiciFiscali.stream().distinct().toList()) {
                Person p = person(c, code);
                Contact latest = latestContact(c, id, p);
                insertContact(c, new Contact(UuidV7.next(clock), id, p.code(), p.name(), clock.instant(),
                        session.login(), ContactOutcome.PROPOSED, latest != null && latest.shareContact(),
                        paper.entry().number().format()), p.id());
            }
            changed(c, id, now());
            return null;
        });
        return paper;
    }

    @Override
    public List<JobOffer> offersOnTicket(OperatorSession session, UUID ticket) {
        session.require(Role.OPERATOR, "read the offers a ticket carries");
        return TicketOffers.attached(office, catalogue, ticket);
    }

    @Override
    public Vacancy close(OperatorSession session, UUID id, Vacancy.Outcome outcome) {
        session.require(Role.OPERATOR, "close vacancies");
        Objects.requireNonNull(outcome, "outcome");
        return inTransaction(c -> {
            Vacancy v = open(c, id);
            try (PreparedStatement ps = c.prepareStatement("UPDATE vacancy SET status = 'CLOSED', outcome = ?,"
                    + " closed_on = ?, changed_at = ?, version = version + 1 WHERE id = ?")) {
                ps.setString(1, outcome.name());
                ps.setObject(2, today());
                ps.setObject(3, now());
                ps.setObject(4, id);
                ps.executeUpdate();
            }
            changed(c, id, now());
            catalogue.withdraw(Vacancy.offerId(id));
            return read(c, id);
        });
    }

    /**
     * Puts every open, unexpired vacancy into the catalogue again: for a catalogue (or its index) rebuilt from
     * nothing. Returns how many.
     */
    public int republish() {
        LocalDate today = today();
        List<Vacancy> open = inTransaction(c -> {
            List<Vacancy> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + VacancyRows.COLUMNS + " FROM vacancy"
                    + " WHERE status = 'OPEN' AND expires_on >= ?")) {
                ps.setObject(1, today);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(VacancyRows.read(rs));
                    }
                }
            }
            return out;
        });
        open.forEach(v -> catalogue.put(v.toOffer(OfferSource.THIS_OFFICE)));
        return open.size();
    }

    private Vacancy located(Vacancy v) {
        Workplace w = v.workplace();
        if (w == null || w.located()) {
            return v;
        }
        return places.locate(w.municipality(), w.province())
                .map(p -> v.withWorkplace(new Workplace(w.municipality(), w.province() != null ? w.province()
                        : p.province(), p.lat(), p.lon())))
                .orElse(v);
    }

    private Workplace home(CitizenProfile p) {
        Address a = p.personal().livesAt();
        return a.municipality() == null ? null : places.locate(a.municipality(), a.province()).orElse(null);
    }

    private record Person(UUID id, String code, String name) {
    }

    private static Person person(Connection c, String codiceFiscale) throws SQLException {
        String code = codiceFiscale == null ? "" : codiceFiscale.strip().toUpperCase(Locale.ROOT);
        try (PreparedStatement ps = c.prepareStatement("SELECT id, tax_code, family_name, given_names FROM person"
                + " WHERE tax_code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SportelloException(Problem.PERSON_UNKNOWN, code);
                }
                return new Person(rs.getObject(1, UUID.class), rs.getString(2), name(rs.getString(3), rs.getString(4)));
            }
        }
    }

    private static String name(String family, String given) {
        return (family.toUpperCase(Locale.ITALIAN) + " " + given).strip();
    }

    private static Map<UUID, ContactOutcome> lastOutcomes(Connection c, UUID vacancy) throws SQLException {
        Map<UUID, ContactOutcome> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT person_id, outcome FROM vacancy_contact"
                + " WHERE vacancy_id = ? ORDER BY seq")) {
            ps.setObject(1, vacancy);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getObject(1, UUID.class), ContactOutcome.valueOf(rs.getString(2)));
                }
            }
        }
        return out;
    }

    private static Contact latestContact(Connection c, UUID vacancy, Person p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, contacted_at, operator_login, outcome,"
                + " share_contact, note FROM vacancy_contact WHERE vacancy_id = ? AND person_id = ?"
                + " ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")) {
            ps.setObject(1, vacancy);
            ps.setObject(2, p.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Contact(rs.getObject(1, UUID.class), vacancy, p.code(), p.name(),
                        rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                        ContactOutcome.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getString(6));
            }
        }
    }

    private static void insertContact(Connection c, Contact k, UUID personId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO vacancy_contact (id, office_id, vacancy_id,"
                + " person_id, outcome, share_contact, note, operator_login, contacted_at) VALUES (?, (SELECT id FROM"
                + " office), ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, k.id());
            ps.setObject(2, k.vacancyId());
            ps.setObject(3, personId);
            ps.setString(4, k.outcome().name());
            ps.setBoolean(5, k.shareContact());
            ps.setString(6, k.note());
            ps.setString(7, k.operator());
            ps.setObject(8, k.at().atOffset(ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    private static Optional<Vacancy> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + VacancyRows.COLUMNS + " FROM vacancy WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(VacancyRows.read(rs)) : Optional.empty();
            }
        }
    }

    private static Vacancy read(Connection c, UUID id) throws SQLException {
        return find(c, id).orElseThrow(() -> new SportelloException(Problem.VACANCY_UNKNOWN, String.valueOf(id)));
    }

    private static Vacancy open(Connection c, UUID id) throws SQLException {
        Vacancy v = read(c, id);
        if (v.status() == Vacancy.Status.CLOSED) {
            throw new SportelloException(Problem.VACANCY_CLOSED, v.title());
        }
        return v;
    }

    private void changed(Connection c, UUID vacancy, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO office_event (event_id, office_id, occurred_at,"
                + " type, detail) VALUES (?, (SELECT id FROM office), ?, 'VACANCY_CHANGED', ?)")) {
            ps.setObject(1, UuidV7.next(clock));
            ps.setObject(2, now);
            ps.setString(3, vacancy.toString());
            ps.executeUpdate();
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private <T> T inTransaction(Work<T> work) {
        return JdbcTransaction.run(office, work);
    }
}
