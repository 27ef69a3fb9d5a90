package org.sportello.server.communication;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.sportello.server.storage.JdbcTransaction;
import org.sportello.server.storage.JdbcTransaction.Work;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.Role;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.common.UuidV7;
import org.sportello.model.company.CommunicationCheck;
import org.sportello.model.company.CommunicationField;
import org.sportello.model.company.CommunicationRules;
import org.sportello.model.company.CommunicationService;
import org.sportello.model.company.CompanyCommunication;
import org.sportello.model.company.DeadlineRule;
import org.sportello.model.company.Lateness;
import org.sportello.model.company.RecordedCommunication;
import org.sportello.model.documents.DocumentDetails;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.documents.CertificateFacts;
import org.sportello.model.documents.DocumentFacts;
import org.sportello.model.documents.DocumentIssuer;
import org.sportello.model.documents.IssuedPaper;
import org.sportello.model.person.JobMovement;
import org.sportello.model.profile.CitizenProfile;
import org.sportello.model.profile.Occupation;
import org.sportello.model.profile.Occupations;
import org.sportello.model.profile.Personal;
import org.sportello.model.profile.ProfileService;
import org.sportello.model.profile.SaveOutcome;
import org.sportello.model.protocol.Subject;
import org.sportello.server.dossier.Dossier;
import org.sportello.server.dossier.OfficeDossiers;

/**
 * Company communications at the counter. Recording runs in three steps, each its own transaction: the
 * communication and the worker's job movement (person.version and DOSSIER_CHANGED, as every dossier
 * change), then the stamped copy through the office's {@link DocumentIssuer} (registered, sealed,
 * archived; the generic document service refuses a stamped copy, so none exists without a complete,
 * recorded communication), then the link from both rows to its protocol entry. A stamp that fails leaves the
 * communication recorded, without a protocol entry, and says so.
 */
public final class OfficeCommunications implements CommunicationService {
    private final DataSource office;
    private final DocumentIssuer documents;
    private final ProfileService profiles;
    private final ZoneId zone;
    private final Clock clock;

    public OfficeCommunications(DataSource office, DocumentIssuer documents, ProfileService profiles, ZoneId zone,
                                Clock clock) {
        this.office = office;
        this.documents = documents;
        this.profiles = profiles;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public CommunicationCheck check(OperatorSession session, CompanyCommunication c) {
        session.require(Role.OPERATOR, "check company communications");
        LocalDate today = today();
        return new CommunicationCheck(CommunicationRules.missing(c, today), rules().lateness(c, today));
    }

    @Override
    public RecordedCommunication record(OperatorSession session, CompanyCommunication c) {
        session.require(Role.OPERATOR, "record company communications");
        LocalDate today = today();
        List<CommunicationField> missing = CommunicationRules.missing(c, today);
        if (!missing.isEmpty()) {
            throw new SportelloException(Problem.COMMUNICATION_INCOMPLETE,
                    missing.stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        Subject.Company employer = CommunicationRules.employer(c.employerCode(), today).orElseThrow();
        CodiceFiscale worker = CommunicationRules.worker(c.workerCode(), today).orElseThrow();
        Occupation role = Occupations.isco08().find(c.occupationCode()).orElseThrow();
        Lateness lateness = rules().lateness(c, today).orElseThrow();
        ensureWorker(session, worker, c);
        UUID id = UuidV7.next(clock);
        UUID movementId = UuidV7.next(clock);
        inTransaction(conn -> {
            Dossier d = OfficeDossiers.read(conn, worker.canonical()).orElseThrow();
            if (!d.state().editable()) {
                throw new SportelloException(Problem.DOSSIER_OF_ANOTHER_OFFICE, d.taxCode(), d.ownerCode());
            }
            OffsetDateTime now = now();
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO job_movement (id, office_id, person_id, kind,"
                    + " effective_on, employer_tax_code, employer_name, contract_type, occupation, occupation_code,"
                    + " recorded_at, version) VALUES (?, (SELECT id FROM office), ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
                ps.setObject(1, movementId);
                ps.setObject(2, d.personId());
                ps.setString(3, c.kind().name());
                ps.setObject(4, c.eventOn());
                ps.setString(5, employer.code());
                ps.setString(6, c.employerName());
                ps.setString(7, c.contractType().recorded());
                ps.setString(8, role.titleIt());
                ps.setString(9, role.code());
                ps.setObject(10, now);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO company_communication (id, office_id, kind,"
                    + " employer_tax_code, employer_name, person_id, event_on, end_on, contract_type, occupation_code,"
                    + " pages, handed_in_on, deadline_on, late, job_movement_id, operator_id, recorded_at)"
                    + " VALUES (?, (SELECT id FROM office), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int i = 1;
                ps.setObject(i++, id);
                ps.setString(i++, c.kind().name());
                ps.setString(i++, employer.code());
                ps.setString(i++, c.employerName());
                ps.setObject(i++, d.personId());
                ps.setObject(i++, c.eventOn());
                ps.setObject(i++, c.endOn());
                ps.setString(i++, c.contractType().name());
                ps.setString(i++, role.code());
                ps.setInt(i++, c.pages());
                ps.setObject(i++, today);
                ps.setObject(i++, lateness.deadline());
                ps.setBoolean(i++, lateness.late());
                ps.setObject(i++, movementId);
                ps.setObject(i++, session.operatorId());
                ps.setObject(i, now);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = conn.prepareStatement("UPDATE person SET updated_at = ?, version = version + 1"
                    + " WHERE id = ?")) {
                ps.setObject(1, now);
                ps.setObject(2, d.personId());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO office_event (event_id, office_id,"
                    + " occurred_at, type, detail) VALUES (?, (SELECT id FROM office), ?, 'DOSSIER_CHANGED', ?)")) {
                ps.setObject(1, UuidV7.next(clock));
                ps.setObject(2, now);
                ps.setString(3, d.personId().toString());
                ps.executeUpdate();
            }
            return null;
        });
        Locale italian = Locale.ITALIAN;
        String workerName = c.workerFamilyName().toUpperCase(italian) + " " + c.workerGivenNames();
        String text = new ReceiptText(italian).of(c, workerName, role, lateness);
        Instant stampedAt = clock.instant();
        DocumentFacts facts = new CertificateFacts(LocalDate.ofInstant(stampedAt, zone), stampedAt)
                .forCompany(DocumentKind.STAMPED_RECEIPT, employer,
                        new DocumentDetails(c.employerName(), text, c.pages(), List.of(), null, null, null, null));
        IssuedPaper stamp = documents.issue(session, facts, italian).paper();
        inTransaction(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("UPDATE company_communication SET protocol_entry_id = ?,"
                    + " version = version + 1 WHERE id = ?")) {
                ps.setObject(1, stamp.entry().id());
                ps.setObject(2, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = conn.prepareStatement("UPDATE job_movement SET protocol_entry_id = ?"
                    + " WHERE id = ?")) {
                ps.setObject(1, stamp.entry().id());
                ps.setObject(2, movementId);
                ps.executeUpdate();
            }
            return null;
        });
        return new RecordedCommunication(id, c, lateness, stamp);
    }

    @Override
    public List<DeadlineRule> deadlines(OperatorSession session) {
        session.require(Role.OPERATOR, "read the communication deadlines");
        return rules(office);
    }

    /** Changes one kind's deadline (office data; supervisors). */
    public void setDeadline(OperatorSession session, DeadlineRule rule) {
        session.require(Role.SUPERVISOR, "change the communication deadlines");
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE communication_deadline SET days = ?, changed_at = ?"
                    + " WHERE kind = ?")) {
                ps.setInt(1, rule.days());
                ps.setObject(2, now());
                ps.setString(3, rule.kind().name());
                if (ps.executeUpdate() == 0) {
                    try (PreparedStatement in = c.prepareStatement("INSERT INTO communication_deadline (kind, days,"
                            + " changed_at) VALUES (?, ?, ?)")) {
                        in.setString(1, rule.kind().name());
                        in.setInt(2, rule.days());
                        in.setObject(3, now());
                        in.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    /** Whether the recorded communication is flagged late, for checks: empty when there is none with that id. */
    public Optional<Boolean> late(UUID id) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT late FROM company_communication WHERE id = ?")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBoolean(1)) : Optional.empty();
                }
            }
        });
    }

    /** A worker the office has never seen gets a file (known, not registered) from the communication's names. */
    private void ensureWorker(OperatorSession session, CodiceFiscale worker, CompanyCommunication c) {
        if (inTransaction(conn -> OfficeDossiers.read(conn, worker.canonical()).isPresent())) {
            return;
        }
        Personal personal = new Personal(c.workerFamilyName(), c.workerGivenNames(), null, null, null, null, null, null);
        SaveOutcome made = profiles.save(session, new CitizenProfile(worker.canonical(), worker.birthDate(), 0,
                personal, null));
        if (made instanceof SaveOutcome.Conflict) {
            // Another desk made the file at the same moment: it is there now, which is all this needs.
            return;
        }
    }

    private CommunicationRules rules() {
        return new CommunicationRules(rules(office));
    }

    private static List<DeadlineRule> rules(DataSource office) {
        try (Connection c = office.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT kind, days FROM communication_deadline ORDER BY kind");
             ResultSet rs = ps.executeQuery()) {
            List<DeadlineRule> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new DeadlineRule(JobMovement.Kind.valueOf(rs.getString(1)), rs.getInt(2)));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the communication deadlines: " + e.getMessage(), e);
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
