package org.sportello.server.cases;

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
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.sportello.server.storage.JdbcTransaction;
import org.sportello.server.storage.JdbcTransaction.Work;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.Role;
import org.sportello.model.cases.CaseFiles;
import org.sportello.model.cases.CaseOwner;
import org.sportello.model.cases.CaseService;
import org.sportello.model.cases.CaseStanding;
import org.sportello.model.cases.CaseView;
import org.sportello.model.cases.Caseload;
import org.sportello.model.cases.CaseloadEntry;
import org.sportello.model.cases.ContactPlan;
import org.sportello.model.cases.ContactPlanRules;
import org.sportello.model.cases.Deadline;
import org.sportello.model.cases.DidChannel;
import org.sportello.model.cases.DidEntry;
import org.sportello.model.cases.Measure;
import org.sportello.model.cases.MeasureKind;
import org.sportello.model.cases.NoShow;
import org.sportello.model.cases.NoShowCount;
import org.sportello.model.cases.PactContent;
import org.sportello.model.cases.Party;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.common.UuidV7;
import org.sportello.model.person.EmploymentStatus;
import org.sportello.model.person.EmploymentStatusRule;
import org.sportello.model.person.PersonFile;
import org.sportello.model.person.PersonRecords;
import org.sportello.model.protocol.ProtocolNumber;
import org.sportello.server.dossier.Dossier;
import org.sportello.server.dossier.OfficeDossiers;

/**
 * Citizens' cases in the office database (V11_1, ADR 29): the DID and its history, the case manager, the
 * pact's measures and the contact plan. The status and the deadlines are the model's pure rules
 * ({@link EmploymentStatusRule}, {@link CaseStanding}); this class reads and writes rows. As the dossier
 * work does (ADR 18), every change bumps the person's version and writes a DOSSIER_CHANGED event in its
 * transaction, so the sync takes the case to central with the dossier; a dossier this office does not
 * own is read-only. Every view and change goes to {@code case_access}.
 */
public final class OfficeCases implements CaseService, CaseFiles {
    private final DataSource office;
    private final PersonRecords people;
    private final ZoneId zone;
    private final Clock clock;

    public OfficeCases(DataSource office, PersonRecords people, ZoneId zone, Clock clock) {
        this.office = Objects.requireNonNull(office, "office");
        this.people = Objects.requireNonNull(people, "people");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CaseView view(OperatorSession session, CodiceFiscale code) {
        session.require(Role.OPERATOR, "view a citizen's case");
        PersonFile file = file(session, code);
        return work(c -> {
            CaseAccess.log(c, clock, session, file, CaseAccess.Action.VIEW, CaseAccess.Part.CASE);
            return view(c, file);
        });
    }

    @Override
    public CaseView declareDid(OperatorSession session, CodiceFiscale code, LocalDate on, DidChannel channel) {
        session.require(Role.OPERATOR, "record a DID");
        Objects.requireNonNull(channel, "channel");
        PersonFile file = file(session, code);
        LocalDate day = on == null ? today() : on;
        requireDay(day, file.person().birthDate());
        return change(session, file, CaseAccess.Part.DID, (c, person) -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT declared_on FROM availability_declaration"
                    + " WHERE person_id = ? AND ended_on IS NULL ORDER BY declared_on DESC")) {
                ps.setObject(1, person);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw new SportelloException(Problem.DID_ALREADY_IN_FORCE, file.person().fullName(),
                                rs.getObject(1, LocalDate.class).toString());
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO availability_declaration (id, office_id,"
                    + " person_id, declared_on, channel, version) VALUES (?, (SELECT id FROM office), ?, ?, ?, 1)")) {
                ps.setObject(1, UuidV7.next(clock));
                ps.setObject(2, person);
                ps.setObject(3, day);
                ps.setString(4, channel.name());
                ps.executeUpdate();
            }
        });
    }

    @Override
    public CaseView withdrawDid(OperatorSession session, CodiceFiscale code, LocalDate on) {
        session.require(Role.OPERATOR, "withdraw a DID");
        PersonFile file = file(session, code);
        LocalDate day = on == null ? today() : on;
        return change(session, file, CaseAccess.Part.DID, (c, person) -> {
            UUID id;
            LocalDate declared;
            try (PreparedStatement ps = c.prepareStatement("SELECT id, declared_on FROM availability_declaration"
                    + " WHERE person_id = ? AND ended_on IS NULL ORDER BY declared_on DESC")) {
                ps.setObject(1, person);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new SportelloException(Problem.NO_AVAILABILITY_DECLARATION, file.person().fullName(),
                                file.codiceFiscale().canonical());
                    }
                    id = rs.getObject(1, UUID.class);
                    declared = rs.getObject(2, LocalDate.class);
                }
            }
            requireDay(day, declared);
            try (PreparedStatement ps = c.prepareStatement("UPDATE availability_declaration SET ended_on = ?,"
                    + " version = version + 1 WHERE id = ?")) {
                ps.setObject(1, day);
                ps.setObject(2, id);
                ps.executeUpdate();
            }
        });
    }

    @Override
    public CaseView assign(OperatorSession session, CodiceFiscale code, String login) {
        session.require(Role.OPERATOR, "take charge of a case");
        String who = login == null || login.isBlank() ? session.login() : login.strip();
        if (!who.equals(session.login())) {
            session.require(Role.SUPERVISOR, "assign a case to another operator");
        }
        PersonFile file = file(session, code);
        return change(session, file, CaseAccess.Part.CASE_MANAGER, (c, person) -> {
            CaseOwner manager = operator(c, who);
            CaseOwner current = caseManager(c, person);
            if (current != null && !current.login().equals(session.login())) {
                session.require(Role.SUPERVISOR, "take over another operator's case");
            }
            if (current == null) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO person_case (id, office_id, person_id,"
                        + " case_manager_login, case_manager_name, taken_on, version)"
                        + " VALUES (?, (SELECT id FROM office), ?, ?, ?, ?, 1)")) {
                    ps.setObject(1, UuidV7.next(clock));
                    ps.setObject(2, person);
                    ps.setString(3, manager.login());
                    ps.setString(4, manager.name());
                    ps.setObject(5, today());
                    ps.executeUpdate();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("UPDATE person_case SET case_manager_login = ?,"
                        + " case_manager_name = ?, taken_on = ?, version = version + 1 WHERE person_id = ?")) {
                    ps.setString(1, manager.login());
                    ps.setString(2, manager.name());
                    ps.setObject(3, today());
                    ps.setObject(4, person);
                    ps.executeUpdate();
                }
            }
        });
    }

    @Override
    public CaseView addMeasure(OperatorSession session, CodiceFiscale code, MeasureKind kind, LocalDate on, Party who,
                               String what) {
        session.require(Role.OPERATOR, "agree a measure");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(who, "who");
        String text = what == null ? "" : what.strip();
        if (text.length() > Measure.MAX_WHAT) {
            throw new SportelloException(Problem.INVALID_REQUEST, "a measure's description has at most "
                    + Measure.MAX_WHAT + " characters");
        }
        PersonFile file = file(session, code);
        return change(session, file, CaseAccess.Part.MEASURE, (c, person) -> {
            if (caseManager(c, person) == null) {
                throw new SportelloException(Problem.NO_CASE_MANAGER, file.person().fullName());
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO pact_measure (id, office_id, person_id, kind,"
                    + " due_on, party, what, done, recorded_at, version)"
                    + " VALUES (?, (SELECT id FROM office), ?, ?, ?, ?, ?, FALSE, ?, 1)")) {
                ps.setObject(1, UuidV7.next(clock));
                ps.setObject(2, person);
                ps.setString(3, kind.name());
                ps.setObject(4, on);
                ps.setString(5, who.name());
                ps.setString(6, text);
                ps.setObject(7, now());
                ps.executeUpdate();
            }
        });
    }

    @Override
    public CaseView markMeasure(OperatorSession session, CodiceFiscale code, UUID measure, boolean done) {
        session.require(Role.OPERATOR, "record a measure's outcome");
        Objects.requireNonNull(measure, "measure");
        PersonFile file = file(session, code);
        return change(session, file, CaseAccess.Part.MEASURE, (c, person) -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE pact_measure SET done = ?, version = version + 1"
                    + " WHERE id = ? AND person_id = ?")) {
                ps.setBoolean(1, done);
                ps.setObject(2, measure);
                ps.setObject(3, person);
                if (ps.executeUpdate() == 0) {
                    throw new SportelloException(Problem.UNKNOWN_MEASURE, file.person().fullName(), measure);
                }
            }
        });
    }

    @Override
    public Caseload caseload(OperatorSession session, String login) {
        session.require(Role.OPERATOR, "see a caseload");
        String who = login == null || login.isBlank() ? null : login.strip();
        if (who != null && !who.equals(session.login())) {
            session.require(Role.SUPERVISOR, "see another case manager's caseload");
        }
        if (who == null && !session.role().includes(Role.SUPERVISOR)) {
            who = session.login();
        }
        String filter = who;
        LocalDate today = today();
        List<String> codes = work(c -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.tax_code FROM person_case k"
                    + " JOIN person p ON p.id = k.person_id"
                    + (filter == null ? "" : " WHERE k.case_manager_login = ?") + " ORDER BY p.tax_code")) {
                if (filter != null) {
                    ps.setString(1, filter);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                }
            }
            return found;
        });
        List<CaseloadEntry> entries = new ArrayList<>();
        List<NoShowCount> missed = new ArrayList<>();
        for (String tax : codes) {
            PersonFile file = file(session, CodiceFiscale.of(tax, today));
            CaseView v = work(c -> {
                CaseAccess.log(c, clock, session, file, CaseAccess.Action.VIEW, CaseAccess.Part.CASELOAD);
                return view(c, file);
            });
            List<Deadline> due = new ArrayList<>(v.standing().overdue());
            due.addAll(v.standing().upcoming());
            for (Deadline d : due) {
                entries.add(new CaseloadEntry(v.caseManager(), v.taxCode(), v.name(), d, Caseload.bucket(d.on(), today)));
            }
            if (!v.noShows().isEmpty()) {
                missed.add(new NoShowCount(v.taxCode(), v.name(), v.noShows().size()));
            }
        }
        return new Caseload(today, Caseload.weekEnd(today), entries, missed);
    }

    @Override
    public PactContent pact(OperatorSession session, CodiceFiscale code) {
        session.require(Role.OPERATOR, "print a service pact");
        PersonFile file = file(session, code);
        CaseView v = work(c -> view(c, file));
        if (v.did() == null || v.did().endedOn() != null) {
            throw new SportelloException(Problem.NO_AVAILABILITY_DECLARATION, v.name(), v.taxCode());
        }
        if (v.caseManager() == null) {
            throw new SportelloException(Problem.NO_CASE_MANAGER, v.name());
        }
        if (v.measures().isEmpty()) {
            throw new SportelloException(Problem.PACT_WITHOUT_MEASURES, v.name());
        }
        ContactPlanRules rules = work(OfficeCases::rules);
        return new PactContent(v.caseManager(), v.takenOn(), v.did().declaredOn(), v.measures(),
                ContactPlan.deadlines(rules, v.did().declaredOn(), file.person().birthDate()), rules);
    }

    @Override
    public void pactIssued(OperatorSession session, CodiceFiscale code, ProtocolNumber number) {
        PersonFile file = file(session, code);
        change(session, file, CaseAccess.Part.PACT, (c, person) -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE person_case SET pact_number = ?, pact_issued_on = ?,"
                    + " version = version + 1 WHERE person_id = ?")) {
                ps.setString(1, number.format());
                ps.setObject(2, today());
                ps.setObject(3, person);
                ps.executeUpdate();
            }
        });
    }

    /** The case as it stands in this transaction's rows, on the office's today. */
    private CaseView view(Connection c, PersonFile file) throws SQLException {
        UUID person = dossier(c, file).personId();
        LocalDate today = today();
        List<DidEntry> history = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, declared_on, channel, ended_on FROM"
                + " availability_declaration WHERE person_id = ? ORDER BY declared_on, id")) {
            ps.setObject(1, person);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    history.add(new DidEntry(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                            DidChannel.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class)));
                }
            }
        }
        DidEntry inForce = history.reversed().stream().filter(d -> !d.declaredOn().isAfter(today)
                && (d.endedOn() == null || d.endedOn().isAfter(today))).findFirst().orElse(null);
        CaseOwner manager = null;
        LocalDate takenOn = null;
        String pact = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT case_manager_login, case_manager_name, taken_on,"
                + " pact_number FROM person_case WHERE person_id = ?")) {
            ps.setObject(1, person);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    manager = new CaseOwner(rs.getString(1), rs.getString(2));
                    takenOn = rs.getObject(3, LocalDate.class);
                    pact = rs.getString(4);
                }
            }
        }
        List<Measure> measures = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, due_on, party, what, done FROM pact_measure"
                + " WHERE person_id = ? ORDER BY due_on, id")) {
            ps.setObject(1, person);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    measures.add(new Measure(rs.getObject(1, UUID.class), MeasureKind.valueOf(rs.getString(2)),
                            rs.getObject(3, LocalDate.class), Party.valueOf(rs.getString(4)), rs.getString(5),
                            rs.getBoolean(6)));
                }
            }
        }
        EmploymentStatus status = EmploymentStatusRule.on(file, today);
        CaseStanding standing = CaseStanding.of(rules(c), status, file.person().birthDate(), measures, today);
        return new CaseView(file.codiceFiscale().canonical(), file.person().fullName(), today, status, inForce, history,
                manager, takenOn, pact, measures, standing, noShows(c, person),
                org.sportello.server.agenda.MovedAppointmentRows.ofPerson(c, person),
                org.sportello.server.stamps.OfficeStamps.of(c, person));
    }

    /** The appointments the person missed (issue 13: the no-show sweep marks them), latest first. */
    private static List<NoShow> noShows(Connection c, UUID person) throws SQLException {
        List<NoShow> missed = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.starts_at, k.owner, k.name, a.kind"
                + " FROM appointment a JOIN agenda_calendar k ON k.id = a.calendar_id"
                + " WHERE a.person_id = ? AND a.status = 'NO_SHOW' ORDER BY a.starts_at DESC")) {
            ps.setObject(1, person);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    missed.add(new NoShow(rs.getObject(1, UUID.class),
                            rs.getObject(2, java.time.OffsetDateTime.class).toInstant(), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                }
            }
        }
        return missed;
    }

    static ContactPlanRules rules(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT r.talks_required, r.talks_weeks, r.young_below,"
                + " r.older_above, r.first_offer_months_outer, r.first_offer_months_middle FROM contact_plan_rule r"
                + " JOIN office o ON o.id = r.office_id");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new ContactPlanRules(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                    rs.getInt(5), rs.getInt(6)) : ContactPlanRules.SHIPPED;
        }
    }

    private static CaseOwner caseManager(Connection c, UUID person) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT case_manager_login, case_manager_name FROM person_case"
                + " WHERE person_id = ?")) {
            ps.setObject(1, person);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new CaseOwner(rs.getString(1), rs.getString(2)) : null;
            }
        }
    }

    private static CaseOwner operator(Connection c, String login) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT login, display_name FROM operator WHERE login = ?"
                + " AND active")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SportelloException(Problem.UNKNOWN_OPERATOR, login);
                }
                return new CaseOwner(rs.getString(1), rs.getString(2));
            }
        }
    }

    private PersonFile file(OperatorSession session, CodiceFiscale code) {
        return people.find(session, code).orElseThrow(() ->
                new SportelloException(Problem.PERSON_UNKNOWN, code.canonical()));
    }

    private static Dossier dossier(Connection c, PersonFile file) throws SQLException {
        return OfficeDossiers.read(c, file.codiceFiscale().canonical()).orElseThrow(() ->
                new SportelloException(Problem.PERSON_UNKNOWN, file.codiceFiscale().canonical()));
    }

    private void requireDay(LocalDate day, LocalDate earliest) {
        LocalDate today = today();
        if (day.isAfter(today) || day.isBefore(earliest)) {
            throw new SportelloException(Problem.DID_DATE_INVALID, day.toString(), today.toString());
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    @FunctionalInterface
    private interface Change {
        void run(Connection c, UUID person) throws SQLException;
    }

    /**
     * One change of a case: refused for a dossier another office owns, then the rows, the person's new
     * version, a DOSSIER_CHANGED event and the access log, in one transaction; the case as it now stands.
     */
    private CaseView change(OperatorSession session, PersonFile file, CaseAccess.Part part, Change change) {
        work(c -> {
            Dossier d = dossier(c, file);
            if (!d.state().editable()) {
                throw new SportelloException(Problem.DOSSIER_OF_ANOTHER_OFFICE, d.taxCode(), d.ownerCode());
            }
            change.run(c, d.personId());
            OffsetDateTime now = now();
            try (PreparedStatement ps = c.prepareStatement("UPDATE person SET updated_at = ?, version = version + 1"
                    + " WHERE id = ?")) {
                ps.setObject(1, now);
                ps.setObject(2, d.personId());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO office_event (event_id, office_id, occurred_at,"
                    + " type, detail) VALUES (?, (SELECT id FROM office), ?, 'DOSSIER_CHANGED', ?)")) {
                ps.setObject(1, UuidV7.next(clock));
                ps.setObject(2, now);
                ps.setString(3, d.personId().toString());
                ps.executeUpdate();
            }
            CaseAccess.log(c, clock, session, file, CaseAccess.Action.CHANGE, part);
            return null;
        });
        // Read after the commit: the person file (its DIDs) comes from the register's own reader.
        PersonFile after = file(session, file.codiceFiscale());
        return work(c -> view(c, after));
    }

    private <T> T work(Work<T> work) {
        return JdbcTransaction.run(office, work);
    }
}
