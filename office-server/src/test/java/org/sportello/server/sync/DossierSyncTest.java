package org.sportello.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.server.testing.TestOffice;
import org.sportello.server.central.CentralLogin;
import org.sportello.server.dossier.Dossier;
import org.sportello.server.dossier.DossierException;
import org.sportello.server.dossier.DossierState;
import org.sportello.server.dossier.OfficeDossiers;

/**
 * Dossiers that belong to one office at a time, on a real PostgreSQL with the offices' own roles
 * (row-level security on, never a superuser) and real H2 offices.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class DossierSyncTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final CodiceFiscale MARIO = CodiceFiscale.of("RSSMRA85T10A562S", TODAY);
    private static final CodiceFiscale ANNA = CodiceFiscale.of("BNCNNA90A41F205W", TODAY);

    @TempDir
    Path dir;

    /** Two offices, both registered and bound on a fresh central. */
    private final class Region implements AutoCloseable {
        final CentralLogin admin = CentralPostgres.initialised();
        final TestOffice a = TestOffice.embedded(dir.resolve("a"), CentralPostgres.officeCode("DA"));
        final TestOffice b = TestOffice.embedded(dir.resolve("b"), CentralPostgres.officeCode("DB"));
        final CentralLogin loginA = CentralPostgres.officeLogin(admin, CentralPostgres.addOffice(admin, code(a)));
        final CentralLogin loginB = CentralPostgres.officeLogin(admin, CentralPostgres.addOffice(admin, code(b)));

        Region() {
            sync(a);
            sync(b);
        }

        SyncReport sync(TestOffice o) {
            return new OfficeSync(ds(o), o == a ? loginA : loginB).runOnce();
        }

        OfficeDossiers dossiers(TestOffice o) {
            return new OfficeDossiers(ds(o), Clock.systemUTC());
        }

        CentralDossiers central(TestOffice o) {
            return new CentralDossiers(ds(o), o == a ? loginA : loginB, Clock.systemUTC());
        }

        Dossier local(TestOffice o, CodiceFiscale cf) {
            return dossiers(o).find(cf).orElseThrow();
        }

        @Override
        public void close() {
            a.close();
            b.close();
        }
    }

    @Test
    void aDossierMovesWithAnExplicitTransferAndTheNewOwnerCarriesOn() throws SQLException {
        try (Region r = new Region()) {
            r.dossiers(r.a).register(MARIO, "Rossi", "Mario", "Roma", TODAY);
            r.dossiers(r.a).declareAvailability(MARIO, TODAY);
            r.sync(r.a);
            assertThat(centralPerson(r.admin, MARIO)).isEqualTo(code(r.a) + "/1/Rossi");
            assertThat(r.local(r.a, MARIO)).extracting(Dossier::state, Dossier::centralVersion)
                    .containsExactly(DossierState.OWNED, 1L);

            Dossier moved = r.central(r.a).transfer(MARIO, code(r.b), "moved to Bologna");
            assertThat(moved.state()).isEqualTo(DossierState.MOVED);
            assertThat(moved.ownerCode()).isEqualTo(code(r.b));
            assertThatThrownBy(() -> r.dossiers(r.a).rename(MARIO, "Rossi", "Mario Luigi"))
                    .isInstanceOf(DossierException.class).hasMessageContaining("belongs to office " + code(r.b));

            r.sync(r.b);
            Dossier atB = r.local(r.b, MARIO);
            assertThat(atB).extracting(Dossier::state, Dossier::ownerCode, Dossier::centralVersion, Dossier::declarations)
                    .containsExactly(DossierState.OWNED, code(r.b), 2L, 1);
            r.dossiers(r.b).declareAvailability(MARIO, TODAY.plusDays(1));
            r.sync(r.b);
            assertThat(centralPerson(r.admin, MARIO)).isEqualTo(code(r.b) + "/3/Rossi");
            assertThat(count(r.admin, "SELECT count(*) FROM availability_declaration")).isEqualTo(2);
            assertThat(count(r.admin, "SELECT count(*) FROM dossier_transfer WHERE requested_by = 'office_"
                    + code(r.a).toLowerCase() + "' AND reason = 'moved to Bologna'")).isEqualTo(1);
            assertThat(count(r.admin, "SELECT count(*) FROM sync_review")).as("nothing collided").isZero();

            assertThatThrownBy(() -> r.central(r.a).transfer(MARIO, code(r.a), "take it back"))
                    .isInstanceOf(DossierException.class).hasMessageContaining("belongs to office " + code(r.b));
        }
    }

    @Test
    void editsThatCollideAfterAnOutageGoToTheReviewListNeverDropped() throws SQLException {
        try (Region r = new Region()) {
            r.dossiers(r.a).register(MARIO, "Rossi", "Mario", null, TODAY);
            r.sync(r.a);
            // Office A's link is down from here on. The citizen now lives near B: central moves the dossier.
            CentralDossiers.transferAsAdministrator(r.admin, MARIO, code(r.b), "citizen moved, office A offline");
            r.sync(r.b);
            r.dossiers(r.b).rename(MARIO, "Rossi", "Mario Giuseppe");
            r.sync(r.b);
            // Meanwhile A, which has not heard of the move, corrects the same dossier.
            r.dossiers(r.a).rename(MARIO, "Rossi Bianchi", "Mario");
            // Both offices also registered the same newcomer while they did not know of each other.
            r.dossiers(r.a).register(ANNA, "Bianchi", "Anna", null, TODAY);
            r.dossiers(r.b).register(ANNA, "Bianchi", "Anna Maria", null, TODAY);
            r.sync(r.b);

            r.sync(r.a); // the link is back
            assertThat(centralPerson(r.admin, MARIO)).as("the owner's edit stands").isEqualTo(code(r.b) + "/3/Rossi");
            assertThat(r.local(r.a, MARIO)).extracting(Dossier::state, Dossier::ownerCode)
                    .containsExactly(DossierState.MOVED, code(r.b));
            assertThat(r.local(r.a, ANNA).state()).isEqualTo(DossierState.IN_REVIEW);

            List<CentralDossiers.Review> all = CentralDossiers.reviews(r.admin, false);
            assertThat(all).extracting(CentralDossiers.Review::taxCode, CentralDossiers.Review::reason,
                    CentralDossiers.Review::officeCode, CentralDossiers.Review::ownerCode).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple(MARIO.canonical(), "OWNED_ELSEWHERE", code(r.a), code(r.b)),
                    org.assertj.core.groups.Tuple.tuple(ANNA.canonical(), "DUPLICATE_DOSSIER", code(r.a), code(r.b)));
            assertThat(all).filteredOn(v -> v.taxCode().equals(MARIO.canonical())).singleElement()
                    .satisfies(v -> assertThat(v.officeCopy()).as("A's edit is kept whole")
                            .contains("\"family_name\": \"Rossi Bianchi\"", "\"tax_code\": \"" + MARIO.canonical()));
            assertThat(CentralDossiers.reviews(r.loginB, false)).as("the owner sees them too").hasSize(2);
            assertThat(CentralDossiers.reviews(r.loginA, false)).hasSize(2);

            r.sync(r.a);
            r.sync(r.b);
            assertThat(count(r.admin, "SELECT count(*) FROM sync_review")).as("a second round files nothing twice")
                    .isEqualTo(2);
        }
    }

    @Test
    void anotherOfficePullsACitizensDossierOnDemandAsAReadOnlyLoggedCopy() throws SQLException {
        try (Region r = new Region()) {
            r.dossiers(r.a).register(MARIO, "Rossi", "Mario", "Roma", TODAY);
            r.dossiers(r.a).declareAvailability(MARIO, TODAY);
            assertThatThrownBy(() -> r.central(r.b).pull(MARIO, "citizen at B's desk"))
                    .isInstanceOf(DossierException.class)
                    .hasMessageContaining("central has no dossier for " + MARIO.canonical());
            r.sync(r.a);

            assertThatThrownBy(() -> r.central(r.b).pull(MARIO, " ")).as("another office's dossier, no reason")
                    .isInstanceOf(SportelloException.class)
                    .extracting(e -> ((SportelloException) e).problem()).isEqualTo(Problem.DOSSIER_READ_NEEDS_REASON);
            Dossier copy = r.central(r.b).pull(MARIO, "citizen at B's desk");
            assertThat(copy).extracting(Dossier::state, Dossier::ownerCode, Dossier::familyName, Dossier::declarations)
                    .containsExactly(DossierState.COPY, code(r.a), "Rossi", 1);
            assertThatThrownBy(() -> r.dossiers(r.b).rename(MARIO, "X", "Y")).isInstanceOf(DossierException.class)
                    .hasMessageContaining("copy pulled from it");
            assertThat(count(r.admin, "SELECT count(*) FROM dossier_access WHERE role_name = 'office_"
                    + code(r.b).toLowerCase() + "' AND tax_code = '" + MARIO.canonical() + "'"
                    + " AND reason = 'citizen at B''s desk' AND person_id IS NOT NULL"))
                    .as("every part read: head, person, declarations, movements, case, measures, the file's profile,"
                            + " education, experience, skills, languages, and the appointments").isEqualTo(12);
            r.sync(r.b);
            assertThat(centralPerson(r.admin, MARIO)).as("a copy is never pushed").isEqualTo(code(r.a) + "/1/Rossi");
        }
    }

    @Test
    void officeRolesCannotReadOrWriteAnotherOfficesDossiersEvenByHand() throws SQLException {
        try (Region r = new Region()) {
            r.dossiers(r.a).register(MARIO, "Rossi", "Mario", null, TODAY);
            r.dossiers(r.a).declareAvailability(MARIO, TODAY);
            r.sync(r.a);
            try (Connection b = r.loginB.connect(); Statement s = b.createStatement()) {
                assertThat(count(b, "SELECT count(*) FROM person")).isZero();
                assertThat(count(b, "SELECT count(*) FROM availability_declaration")).isZero();
                assertThat(s.executeUpdate("UPDATE person SET family_name = 'X'")).isZero();
                assertThat(s.executeUpdate("DELETE FROM availability_declaration")).isZero();
                assertThatThrownBy(() -> s.executeUpdate("INSERT INTO person (id, owner_office_id, tax_code, family_name,"
                        + " given_names, birth_date, sex, birth_place_code, created_at, updated_at, version) SELECT"
                        + " gen_random_uuid(), owner_office_id, 'XXXXXX00X00X000X', 'X', 'Y', DATE '2000-01-01', 'M',"
                        + " 'A562', now(), now(), 1 FROM dossier_head('" + MARIO.canonical() + "', FALSE, 'a look')"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
                assertThatThrownBy(() -> s.executeQuery("SELECT dossier_transfer('" + MARIO.canonical() + "', '"
                        + code(r.b) + "', 'grab')")).hasMessageContaining("belongs to office " + code(r.a));
                assertThatThrownBy(() -> s.executeUpdate("DELETE FROM dossier_access"))
                        .hasMessageContaining("permission denied");
            }
            assertThat(centralPerson(r.admin, MARIO)).isEqualTo(code(r.a) + "/1/Rossi");
            assertThat(count(r.admin, "SELECT count(*) FROM availability_declaration")).isEqualTo(1);
        }
    }

    @Test
    void aSyncKilledAfterCentralCommittedPushesTheDossierOnceWhenItComesBack() throws SQLException {
        try (Region r = new Region()) {
            r.dossiers(r.a).register(MARIO, "Rossi", "Mario", null, TODAY);
            AtomicBoolean killed = new AtomicBoolean();
            OfficeSync dying = new OfficeSync(ds(r.a), r.loginA, SyncSettings.DEFAULT, Clock.systemUTC(), step -> {
                if (step == SyncProbe.Step.AFTER_CENTRAL_COMMIT && killed.compareAndSet(false, true)) {
                    throw new SyncConvergenceTest.Killed(step);
                }
            });
            assertThatThrownBy(dying::runOnce).isInstanceOf(SyncException.class);
            assertThat(r.local(r.a, MARIO).pushedVersion()).as("the office never heard central's answer").isZero();

            r.sync(r.a);
            Dossier again = r.local(r.a, MARIO);
            assertThat(again).as("the re-sent batch records the edit central had taken (ADR 0018's open case)")
                    .extracting(Dossier::state, Dossier::centralVersion, Dossier::pushedVersion)
                    .containsExactly(DossierState.OWNED, 1L, again.version());
            assertThat(r.central(r.a).pull(MARIO, null).familyName()).as("so a pull no longer takes it for an unpushed edit")
                    .isEqualTo("Rossi");
            r.dossiers(r.a).rename(MARIO, "Rossi", "Mario Carlo");
            r.sync(r.a);
            assertThat(centralPerson(r.admin, MARIO)).isEqualTo(code(r.a) + "/2/Rossi");
            assertThat(count(r.admin, "SELECT count(*) FROM sync_review")).isZero();
        }
    }

    private static String centralPerson(CentralLogin admin, CodiceFiscale cf) throws SQLException {
        try (Connection c = admin.connect();
             PreparedStatement ps = c.prepareStatement("SELECT o.code, p.version, p.family_name FROM person p"
                     + " JOIN office o ON o.office_id = p.owner_office_id WHERE p.tax_code = ?")) {
            ps.setString(1, cf.canonical());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) + "/" + rs.getLong(2) + "/" + rs.getString(3) : null;
            }
        }
    }

    private static long count(CentralLogin login, String sql) throws SQLException {
        try (Connection c = login.connect()) {
            return count(c, sql);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String code(TestOffice o) {
        return o.connection().directory().office().code();
    }

    private static DataSource ds(TestOffice o) {
        return o.connection().database().dataSource();
    }
}
