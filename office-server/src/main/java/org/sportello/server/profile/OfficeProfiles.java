package org.sportello.server.profile;

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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.sportello.server.storage.JdbcTransaction;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.codicefiscale.Sex;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.Role;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.common.UuidV7;
import org.sportello.model.profile.CitizenProfile;
import org.sportello.model.profile.Competence;
import org.sportello.model.profile.Experience;
import org.sportello.model.profile.Occupations;
import org.sportello.model.profile.PersonMatch;
import org.sportello.model.profile.ProfileFile;
import org.sportello.model.profile.ProfilePart;
import org.sportello.model.profile.ProfileService;
import org.sportello.model.profile.SaveOutcome;
import org.sportello.server.dossier.Dossier;
import org.sportello.server.dossier.OfficeDossiers;

/**
 * Citizens' files in the office database. Saving is optimistic: the desk sends the version it read;
 * the person row is locked, and a file that moved on since is not touched: the answer carries both
 * versions. A change bumps the dossier's version and writes DOSSIER_CHANGED (ADR 18), as every dossier
 * change does; every open and change is a profile_access row in the same transaction.
 */
public final class OfficeProfiles implements ProfileService {
    public static final int MIN_SEARCH = 2;
    public static final int MAX_SEARCH_RESULTS = 50;

    private final DataSource office;
    private final String officeCode;
    private final ZoneId zone;
    private final Clock clock;

    public OfficeProfiles(DataSource office, String officeCode, ZoneId zone, Clock clock) {
        this.office = office;
        this.officeCode = officeCode;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public Optional<ProfileFile> open(OperatorSession session, CodiceFiscale code) {
        session.require(Role.OPERATOR, "read a citizen's file");
        return inTransaction(c -> {
            Optional<Dossier> dossier = OfficeDossiers.read(c, code.canonical());
            if (dossier.isEmpty()) {
                return Optional.empty();
            }
            ProfileFile file = file(c, dossier.get());
            log(c, dossier.get().personId(), session, "VIEW", ProfilePart.ALL);
            return Optional.of(file);
        });
    }

    @Override
    public List<PersonMatch> search(OperatorSession session, String text, int limit) {
        session.require(Role.OPERATOR, "search citizens' files");
        String q = text == null ? "" : text.strip().toUpperCase(Locale.ITALIAN);
        if (q.length() < MIN_SEARCH) {
            throw new SportelloException(Problem.INVALID_REQUEST, "a search needs at least " + MIN_SEARCH + " characters");
        }
        int max = Math.clamp(limit, 1, MAX_SEARCH_RESULTS);
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return inTransaction(c -> {
            List<PersonMatch> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT tax_code, family_name, given_names, birth_date"
                    + " FROM person WHERE tax_code LIKE ? ESCAPE '\\' OR UPPER(family_name || ' ' || given_names)"
                    + " LIKE ? ESCAPE '\\' OR UPPER(given_names || ' ' || family_name) LIKE ? ESCAPE '\\'"
                    + " ORDER BY family_name, given_names, tax_code FETCH FIRST ? ROWS ONLY")) {
                ps.setString(1, like.substring(1));
                ps.setString(2, like);
                ps.setString(3, like);
                ps.setInt(4, max);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new PersonMatch(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getObject(4, LocalDate.class)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public SaveOutcome save(OperatorSession session, CitizenProfile edited) {
        session.require(Role.OPERATOR, "change a citizen's file");
        CodiceFiscale code = CodiceFiscale.of(edited.codiceFiscale(), today());
        checkContent(edited);
        return inTransaction(c -> {
            Optional<Dossier> found = OfficeDossiers.read(c, code.canonical());
            boolean created = false;
            if (found.isEmpty()) {
                if (edited.version() != 0) {
                    throw new SportelloException(Problem.PERSON_UNKNOWN, code.canonical());
                }
                createPerson(c, code, edited);
                found = OfficeDossiers.read(c, code.canonical());
                created = true;
            }
            Dossier dossier = found.orElseThrow();
            if (!dossier.state().editable()) {
                throw new SportelloException(Problem.DOSSIER_OF_ANOTHER_OFFICE, dossier.taxCode(), dossier.ownerCode());
            }
            UUID id = dossier.personId();
            // One save at a time per person: the second waits here, then sees the first one's version.
            try (PreparedStatement ps = c.prepareStatement("SELECT version FROM person WHERE id = ? FOR UPDATE")) {
                ps.setObject(1, id);
                ps.executeQuery().close();
            }
            CitizenProfile stored = ProfileRows.read(c, id);
            CitizenProfile yours = new CitizenProfile(code.canonical(), code.birthDate(), edited.version(),
                    edited.personal(), edited.professional());
            if (stored.version() != edited.version()) {
                return new SaveOutcome.Conflict(yours, stored);
            }
            Set<ProfilePart> parts = stored.partsChangedIn(yours);
            if (parts.isEmpty() && !created && stored.version() > 0) {
                return new SaveOutcome.Saved(file(c, dossier));
            }
            OffsetDateTime now = now();
            if (stored.version() == 0) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO person_profile (person_id, office_id,"
                        + " updated_at, updated_by, version) VALUES (?, (SELECT id FROM office), ?, ?, 1)")) {
                    ps.setObject(1, id);
                    ps.setObject(2, now);
                    ps.setObject(3, session.operatorId());
                    ps.executeUpdate();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("UPDATE person_profile SET version = version + 1,"
                        + " updated_at = ?, updated_by = ? WHERE person_id = ?")) {
                    ps.setObject(1, now);
                    ps.setObject(2, session.operatorId());
                    ps.setObject(3, id);
                    ps.executeUpdate();
                }
            }
            ProfileRows.write(c, id, yours);
            try (PreparedStatement ps = c.prepareStatement("UPDATE person SET family_name = ?, given_names = ?,"
                    + " birth_place_name = ?, updated_at = ?, version = version + 1 WHERE id = ?")) {
                ps.setString(1, yours.personal().familyName());
                ps.setString(2, yours.personal().givenNames());
                ps.setString(3, yours.personal().birthPlace());
                ps.setObject(4, now);
                ps.setObject(5, id);
                ps.executeUpdate();
            }
            changed(c, id, now);
            if (created || stored.version() == 0) {
                log(c, id, session, "CREATE", ProfilePart.ALL);
            } else {
                for (ProfilePart part : parts) {
                    log(c, id, session, "CHANGE", part);
                }
            }
            return new SaveOutcome.Saved(file(c, OfficeDossiers.read(c, code.canonical()).orElseThrow()));
        });
    }

    /**
     * The file of the citizen who shows their own health card at a self-consultation terminal (issue 12),
     * for the fit of offers only: read inside the server, never sent to the terminal, so not an
     * operator's view and not logged as one. Empty when this office has no dossier for the code.
     */
    public Optional<CitizenProfile> ownFile(CodiceFiscale code) {
        return inTransaction(c -> {
            Optional<Dossier> dossier = OfficeDossiers.read(c, code.canonical());
            return dossier.isEmpty() ? Optional.empty() : Optional.of(ProfileRows.read(c, dossier.get().personId()));
        });
    }

    /** Who opened or changed which part of a file, oldest first: "VIEW ALL mrossi 2026-11-24T09:00Z". */
    public List<String> accessLog(CodiceFiscale code) {
        return inTransaction(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.action, a.part, o.login, a.at FROM profile_access a"
                    + " JOIN person p ON p.id = a.person_id JOIN operator o ON o.id = a.operator_id"
                    + " WHERE p.tax_code = ? ORDER BY a.at, a.id")) {
                ps.setString(1, code.canonical());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                                + rs.getObject(4, OffsetDateTime.class).toInstant());
                    }
                }
            }
            return out;
        });
    }

    /**
     * A person's file as stored, for the server's own work inside its transaction (matching candidates to a
     * vacancy, issue 12); the caller says why it reads it.
     */
    public static CitizenProfile stored(Connection c, UUID personId) throws SQLException {
        return ProfileRows.read(c, personId);
    }

    private ProfileFile file(Connection c, Dossier d) throws SQLException {
        CitizenProfile profile = ProfileRows.read(c, d.personId());
        Competence competence = OfficeTerritory.competence(c, officeCode, profile.personal().livesAt());
        return new ProfileFile(profile, competence, d.state().editable(), d.ownerCode());
    }

    private static void checkContent(CitizenProfile p) {
        if (p.personal().familyName() == null || p.personal().givenNames() == null) {
            throw new SportelloException(Problem.INVALID_REQUEST, "a citizen's file needs the family and given names");
        }
        String email = p.personal().email();
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new SportelloException(Problem.INVALID_REQUEST, "not an e-mail address: " + email);
        }
        for (Experience e : p.professional().experience()) {
            if (e.occupationCode() != null && !Occupations.isco08().known(e.occupationCode())) {
                throw new SportelloException(Problem.INVALID_REQUEST, "not an ISCO-08 group: " + e.occupationCode());
            }
        }
    }

    private void createPerson(Connection c, CodiceFiscale code, CitizenProfile p) throws SQLException {
        UUID id = UuidV7.next(clock);
        OffsetDateTime now = now();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO person (id, office_id, tax_code, family_name,"
                + " given_names, birth_date, sex, birth_place_code, birth_place_name, registered_on, created_at,"
                + " updated_at, version) VALUES (?, (SELECT id FROM office), ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, 1)")) {
            ps.setObject(1, id);
            ps.setString(2, code.canonical());
            ps.setString(3, p.personal().familyName());
            ps.setString(4, p.personal().givenNames());
            ps.setObject(5, code.birthDate());
            ps.setString(6, code.sex() == Sex.FEMALE ? "F" : "M");
            ps.setString(7, code.birthPlace());
            ps.setString(8, p.personal().birthPlace());
            ps.setObject(9, now);
            ps.setObject(10, now);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO dossier_sync (person_id, owner_code, state,"
                + " changed_at) VALUES (?, ?, 'OWNED', ?)")) {
            ps.setObject(1, id);
            ps.setString(2, officeCode);
            ps.setObject(3, now);
            ps.executeUpdate();
        }
    }

    private void changed(Connection c, UUID personId, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO office_event (event_id, office_id, occurred_at,"
                + " type, detail) VALUES (?, (SELECT id FROM office), ?, 'DOSSIER_CHANGED', ?)")) {
            ps.setObject(1, UuidV7.next(clock));
            ps.setObject(2, now);
            ps.setString(3, personId.toString());
            ps.executeUpdate();
        }
    }

    private void log(Connection c, UUID personId, OperatorSession who, String action, ProfilePart part)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO profile_access (id, office_id, person_id,"
                + " operator_id, at, action, part) VALUES (?, (SELECT id FROM office), ?, ?, ?, ?, ?)")) {
            ps.setObject(1, UuidV7.next(clock));
            ps.setObject(2, personId);
            ps.setObject(3, who.operatorId());
            ps.setObject(4, now());
            ps.setString(5, action);
            ps.setString(6, part.name());
            ps.executeUpdate();
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    <T> T inTransaction(JdbcTransaction.Work<T> work) {
        return JdbcTransaction.run(office, work);
    }
}
