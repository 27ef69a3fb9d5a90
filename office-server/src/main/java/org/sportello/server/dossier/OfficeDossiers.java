package org.sportello.server.dossier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.sportello.model.common.UuidV7;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.codicefiscale.Sex;

/**
 * Citizens' dossiers in this office's database: create, change, read. Every change bumps the person's
 * version and writes a DOSSIER_CHANGED event in the same transaction, which is how the sync learns
 * what to push (ADR 0018). A dossier that moved to another office, or was pulled from one, is
 * read-only here: only its owner changes it.
 *
 * <p>Plain JDBC, as the sync: the desk's dossier screens will get a jOOQ service in shared-model; the
 * rules (version, event, ownership) are the ones this class keeps.
 */
public final class OfficeDossiers {
    private final DataSource office;
    private final Clock clock;

    public OfficeDossiers(DataSource office, Clock clock) {
        this.office = office;
        this.clock = clock;
    }

    /** A new dossier, owned by this office. */
    public Dossier register(CodiceFiscale code, String familyName, String givenNames, String birthPlaceName,
                            LocalDate registeredOn) {
        return write(c -> {
            if (personId(c, code).isPresent()) {
                throw new DossierException("this office already has a dossier for " + code.canonical());
            }
            UUID id = UuidV7.next(clock);
            OffsetDateTime now = now();
            String[] office = officeRow(c);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO person (id, office_id, tax_code, family_name,"
                    + " given_names, birth_date, sex, birth_place_code, birth_place_name, registered_on, created_at,"
                    + " updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
                ps.setObject(1, id);
                ps.setObject(2, UUID.fromString(office[0]));
                ps.setString(3, code.canonical());
                ps.setString(4, required(familyName, "family name"));
                ps.setString(5, required(givenNames, "given names"));
                ps.setObject(6, code.birthDate());
                ps.setString(7, code.sex() == Sex.FEMALE ? "F" : "M");
                ps.setString(8, code.birthPlace());
                ps.setString(9, birthPlaceName);
                ps.setObject(10, registeredOn);
                ps.setObject(11, now);
                ps.setObject(12, now);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO dossier_sync (person_id, owner_code, state,"
                    + " changed_at) VALUES (?, ?, 'OWNED', ?)")) {
                ps.setObject(1, id);
                ps.setString(2, office[1]);
                ps.setObject(3, now);
                ps.executeUpdate();
            }
            changed(c, id, now);
            return id;
        });
    }

    /** Corrects the names (the codice fiscale is the dossier's identity and never changes). */
    public Dossier rename(CodiceFiscale code, String familyName, String givenNames) {
        return write(c -> {
            UUID id = editable(c, code);
            OffsetDateTime now = now();
            try (PreparedStatement ps = c.prepareStatement("UPDATE person SET family_name = ?, given_names = ?,"
                    + " updated_at = ?, version = version + 1 WHERE id = ?")) {
                ps.setString(1, required(familyName, "family name"));
                ps.setString(2, required(givenNames, "given names"));
                ps.setObject(3, now);
                ps.setObject(4, id);
                ps.executeUpdate();
            }
            // The names are part of the desk's citizen file: a desk still showing the old ones must not save over them.
            try (PreparedStatement ps = c.prepareStatement("UPDATE person_profile SET version = version + 1"
                    + " WHERE person_id = ?")) {
                ps.setObject(1, id);
                ps.executeUpdate();
            }
            changed(c, id, now);
            return id;
        });
    }

    /** Records a declaration of immediate availability (DID). */
    public Dossier declareAvailability(CodiceFiscale code, LocalDate declaredOn) {
        return write(c -> {
            UUID id = editable(c, code);
            OffsetDateTime now = now();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO availability_declaration (id, office_id,"
                    + " person_id, declared_on, version) VALUES (?, ?, ?, ?, 1)")) {
                ps.setObject(1, UuidV7.next(clock));
                ps.setObject(2, UUID.fromString(officeRow(c)[0]));
                ps.setObject(3, id);
                ps.setObject(4, declaredOn);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE person SET updated_at = ?, version = version + 1"
                    + " WHERE id = ?")) {
                ps.setObject(1, now);
                ps.setObject(2, id);
                ps.executeUpdate();
            }
            changed(c, id, now);
            return id;
        });
    }

    public Optional<Dossier> find(CodiceFiscale code) {
        try (Connection c = office.getConnection()) {
            return read(c, code.canonical());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the office database: " + e.getMessage(), e);
        }
    }

    /** The dossier of a canonical codice fiscale as this office holds it. */
    public static Optional<Dossier> read(Connection c, String taxCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT p.id, p.tax_code, p.family_name, p.given_names,"
                + " COALESCE(d.state, 'OWNED'), COALESCE(d.owner_code, o.code), p.version,"
                + " COALESCE(d.central_version, 0), COALESCE(d.pushed_version, 0),"
                + " (SELECT COUNT(*) FROM availability_declaration a WHERE a.person_id = p.id),"
                + " (SELECT COUNT(*) FROM job_movement m WHERE m.person_id = p.id)"
                + " FROM person p JOIN office o ON o.id = p.office_id LEFT JOIN dossier_sync d ON d.person_id = p.id"
                + " WHERE p.tax_code = ?")) {
            ps.setString(1, taxCode);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Dossier(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), DossierState.valueOf(rs.getString(5)), rs.getString(6), rs.getLong(7),
                        rs.getLong(8), rs.getLong(9), rs.getInt(10), rs.getInt(11)));
            }
        }
    }

    private UUID editable(Connection c, CodiceFiscale code) throws SQLException {
        Dossier d = read(c, code.canonical()).orElseThrow(() ->
                new DossierException("this office has no dossier for " + code.canonical()));
        if (!d.state().editable()) {
            throw new DossierException("the dossier of " + d.taxCode() + " belongs to office " + d.ownerCode()
                    + (d.state() == DossierState.COPY ? " (this is a copy pulled from it)" : " (it was transferred there)")
                    + ": only that office can change it; ask for a transfer with \"sportello dossier transfer\" there");
        }
        return d.personId();
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

    private static String[] officeRow(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, code FROM office");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new DossierException("this database has no office yet: run \"sportello office init\" first");
            }
            return new String[] {rs.getString(1), rs.getString(2)};
        }
    }

    private static Optional<UUID> personId(Connection c, CodiceFiscale code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM person WHERE tax_code = ?")) {
            ps.setString(1, code.canonical());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new DossierException("a dossier needs the " + what);
        }
        return value.strip();
    }

    @FunctionalInterface
    private interface Work {
        UUID run(Connection c) throws SQLException;
    }

    private Dossier write(Work work) {
        try (Connection c = office.getConnection()) {
            c.setAutoCommit(false);
            try {
                UUID id = work.run(c);
                c.commit();
                String tax;
                try (PreparedStatement ps = c.prepareStatement("SELECT tax_code FROM person WHERE id = ?")) {
                    ps.setObject(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        tax = rs.getString(1);
                    }
                }
                return read(c, tax).orElseThrow();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the office database: " + e.getMessage(), e);
        }
    }
}
