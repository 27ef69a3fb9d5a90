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
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.cases.CaseView;
import org.sportello.model.cases.DidChannel;
import org.sportello.model.cases.MeasureKind;
import org.sportello.model.cases.Party;
import org.sportello.model.profile.SaveOutcome;
import org.sportello.server.profile.OfficeProfilesTest;
import org.sportello.server.testing.TestOffice;
import org.sportello.server.central.CentralLogin;
import org.sportello.server.dossier.Dossier;
import org.sportello.server.dossier.DossierException;
import org.sportello.server.dossier.DossierState;
import org.sportello.server.dossier.OfficeDossiers;

/**
 * Resolving the review list (ADR 0021) on a real PostgreSQL with the offices' own roles and real H2
 * offices: the kept copy becomes a new version its owner pulls; the entry stays, marked resolved.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ReviewResolutionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final CodiceFiscale MARIO = CodiceFiscale.of("RSSMRA85T10A562S", TODAY);
    private static final CodiceFiscale ANNA = CodiceFiscale.of("BNCNNA90A41F205W", TODAY);

    @TempDir
    Path dir;

    @Test
    void theOwnerKeepsTheHeldOfficeCopyAsANewVersionAndTheEntryStaysResolved() throws SQLException {
        CentralLogin admin = CentralPostgres.initialised();
        try (TestOffice a = TestOffice.embedded(dir.resolve("a"), CentralPostgres.officeCode("RA"));
             TestOffice b = TestOffice.embedded(dir.resolve("b"), CentralPostgres.officeCode("RB"))) {
            CentralLogin loginA = CentralPostgres.officeLogin(admin, CentralPostgres.addOffice(admin, code(a)));
            CentralLogin loginB = CentralPostgres.officeLogin(admin, CentralPostgres.addOffice(admin, code(b)));
            dossiers(a).register(MARIO, "Rossi", "Mario", null, TODAY);
            sync(a, loginA);
            sync(b, loginB);
            // A goes offline; the citizen moves to B, which edits the dossier; A edits it too, unaware.
            CentralDossiers.transferAsAdministrator(admin, MARIO, code(b), "moved while A was offline");
            sync(b, loginB);
            dossiers(b).rename(MARIO, "Rossi", "Mario Giuseppe");
            sync(b, loginB);
            dossiers(a).rename(MARIO, "Rossi Bianchi", "Mario");
            sync(a, loginA);
            assertThat(openReviews(a)).as("the office's panel learns of the held edit").isEqualTo(1);
            CentralDossiers.Review held = CentralDossiers.reviews(admin, false).getFirst();
            assertThat(held.reason()).isEqualTo("OWNED_ELSEWHERE");
            assertThat(held.isOpen()).isTrue();

            assertThatThrownBy(() -> CentralDossiers.resolve(loginA, held.id(), CentralDossiers.Keep.OFFICE, "mine"))
                    .as("only the owner or the administrator resolves").isInstanceOf(DossierException.class)
                    .hasMessageContaining("belongs to another office");

            long version = CentralDossiers.resolve(loginB, held.id(), CentralDossiers.Keep.OFFICE,
                    "A had the right surname (checked on the ID card)");
            assertThat(version).as("above the 3 central had").isEqualTo(4);
            assertThat(centralPerson(admin)).isEqualTo(code(b) + "/4/Rossi Bianchi/Mario");

            assertThat(CentralDossiers.reviews(admin, false)).as("nothing open").isEmpty();
            List<CentralDossiers.Review> all = CentralDossiers.reviews(admin, true);
            assertThat(all).as("the entry is kept, resolved").singleElement().satisfies(r -> {
                assertThat(r.isOpen()).isFalse();
                assertThat(r.resolvedBy()).isEqualTo(loginB.user());
                assertThat(r.kept()).isEqualTo("OFFICE");
                assertThat(r.resolvedVersion()).isEqualTo(4L);
                assertThat(r.note()).isEqualTo("A had the right surname (checked on the ID card)");
                assertThat(r.officeCopy()).contains("Rossi Bianchi");
            });
            assertThatThrownBy(() -> CentralDossiers.resolve(admin, held.id(), CentralDossiers.Keep.CENTRAL, null))
                    .isInstanceOf(DossierException.class).hasMessageContaining("resolved already");

            sync(b, loginB);
            assertThat(dossiers(b).find(MARIO).orElseThrow())
                    .extracting(Dossier::state, Dossier::familyName, Dossier::givenNames, Dossier::centralVersion)
                    .as("the owner pulled the kept copy").containsExactly(DossierState.OWNED, "Rossi Bianchi", "Mario", 4L);
            dossiers(b).declareAvailability(MARIO, TODAY);
            sync(b, loginB);
            assertThat(centralPerson(admin)).as("the owner carries on from it").isEqualTo(code(b) + "/5/Rossi Bianchi/Mario");
            sync(a, loginA);
            assertThat(openReviews(a)).isZero();
            assertThat(count(admin, "SELECT count(*) FROM sync_review")).isEqualTo(1);
        }
    }

    /** Before central V4_3 a kept office copy lost its case (ADR 29's "not yet"): now every part comes back. */
    @Test
    void keepingTheOfficeCopyRestoresItsCasePactAndFile() throws SQLException {
        CentralLogin admin = CentralPostgres.initialised();
        try (TestOffice a = TestOffice.embedded(dir.resolve("a"), CentralPostgres.officeCode("RE"));
             TestOffice b = TestOffice.embedded(dir.resolve("b"), CentralPostgres.officeCode("RF"))) {
            CentralLogin loginA = CentralPostgres.officeLogin(admin, CentralPostgres.addOffice(admin, code(a)));
            CentralLogin loginB = CentralPostgres.officeLogin(admin, CentralPostgres.addOffice(admin, code(b)));
            CodiceFiscale mario = CodiceFiscale.of(OfficeProfilesTest.CF, TODAY);
            dossiers(a).register(mario, "Rossi", "Mario", null, TODAY.minusYears(1));
            sync(a, loginA);
            sync(b, loginB);
            // The dossier moves to B while A is offline; A, unaware, takes the case in charge and fills the file.
            CentralDossiers.transferAsAdministrator(admin, mario, code(b), "moved while A was offline");
            sync(b, loginB);
            OperatorSession atA = a.login("mrossi");
            a.connection().cases().declareDid(atA, mario, TODAY.minusDays(20), DidChannel.ONLINE);
            a.connection().cases().assign(atA, mario, null);
            a.connection().cases().addMeasure(atA, mario, MeasureKind.ORIENTATION_INTERVIEW, TODAY.plusDays(3),
                    Party.CASE_MANAGER, "Primo colloquio");
            assertThat(a.connection().profiles().save(atA, OfficeProfilesTest.fresh("Bologna", "BO")))
                    .isInstanceOf(SaveOutcome.Saved.class);
            sync(a, loginA);
            CentralDossiers.Review held = CentralDossiers.reviews(admin, false).getFirst();
            assertThat(held.reason()).isEqualTo("OWNED_ELSEWHERE");
            assertThat(count(admin, "SELECT count(*) FROM person_case")).as("held, not applied").isZero();

            CentralDossiers.resolve(loginB, held.id(), CentralDossiers.Keep.OFFICE, "A met the citizen first");
            assertThat(count(admin, "SELECT count(*) FROM person_case WHERE case_manager_login = 'mrossi'")).isEqualTo(1);
            assertThat(count(admin, "SELECT count(*) FROM pact_measure WHERE kind = 'ORIENTATION_INTERVIEW'")).isEqualTo(1);
            assertThat(count(admin, "SELECT count(*) FROM availability_declaration WHERE channel = 'ONLINE'")).isEqualTo(1);
            assertThat(count(admin, "SELECT count(*) FROM person_profile WHERE phone = '+39 051 000000'")).isEqualTo(1);
            assertThat(count(admin, "SELECT count(*) FROM person_skill")).isEqualTo(2);

            // The owner pulls the kept copy with all of it.
            sync(b, loginB);
            OperatorSession atB = b.login("gverdi");
            CaseView kept = b.connection().cases().view(atB, mario);
            assertThat(kept.caseManager().login()).isEqualTo("mrossi");
            assertThat(kept.measures()).singleElement().satisfies(m -> assertThat(m.what()).isEqualTo("Primo colloquio"));
            assertThat(kept.did().channel()).isEqualTo(DidChannel.ONLINE);
            assertThat(b.connection().profiles().open(atB, mario).orElseThrow().profile().professional().languages())
                    .singleElement().satisfies(l -> assertThat(l.language()).isEqualTo("Inglese"));
        }
    }

    @Test
    void theAdministratorKeepsCentralsCopyOfADuplicateDossier() throws SQLException {
        CentralLogin admin = CentralPostgres.initialised();
        try (TestOffice a = TestOffice.embedded(dir.resolve("a"), CentralPostgres.officeCode("RC"));
             TestOffice b = TestOffice.embedded(dir.resolve("b"), CentralPostgres.officeCode("RD"))) {
            CentralLogin loginA = CentralPostgres.officeLogin(admin, CentralPostgres.addOffice(admin, code(a)));
            CentralLogin loginB = CentralPostgres.officeLogin(admin, CentralPostgres.addOffice(admin, code(b)));
            sync(a, loginA);
            sync(b, loginB);
            dossiers(a).register(ANNA, "Bianchi", "Anna", null, TODAY);
            dossiers(b).register(ANNA, "Bianchi", "Anna Maria", null, TODAY);
            sync(b, loginB);
            sync(a, loginA);
            CentralDossiers.Review held = CentralDossiers.reviews(loginA, false).getFirst();
            assertThat(held.reason()).isEqualTo("DUPLICATE_DOSSIER");

            long version = CentralDossiers.resolve(admin, held.id(), CentralDossiers.Keep.CENTRAL, "same person");
            assertThat(version).isEqualTo(2);
            assertThat(CentralDossiers.reviews(loginA, true)).singleElement()
                    .satisfies(r -> assertThat(r.kept()).isEqualTo("CENTRAL"))
                    .satisfies(r -> assertThat(r.resolvedBy()).isEqualTo(admin.user()));
            sync(b, loginB);
            assertThat(dossiers(b).find(ANNA).orElseThrow()).extracting(Dossier::givenNames, Dossier::centralVersion)
                    .containsExactly("Anna Maria", 2L);
        }
    }

    private static String centralPerson(CentralLogin admin) throws SQLException {
        try (Connection c = admin.connect();
             PreparedStatement ps = c.prepareStatement("SELECT o.code, p.version, p.family_name, p.given_names"
                     + " FROM person p JOIN office o ON o.office_id = p.owner_office_id WHERE p.tax_code = ?")) {
            ps.setString(1, MARIO.canonical());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) + "/" + rs.getLong(2) + "/" + rs.getString(3) + "/" + rs.getString(4)
                        : null;
            }
        }
    }

    private static int openReviews(TestOffice o) throws SQLException {
        try (Connection c = ds(o).getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT open_reviews FROM sync_cursor WHERE stream = 'push'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static long count(CentralLogin login, String sql) throws SQLException {
        try (Connection c = login.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void sync(TestOffice o, CentralLogin login) {
        new OfficeSync(ds(o), login).runOnce();
    }

    private static OfficeDossiers dossiers(TestOffice o) {
        return new OfficeDossiers(ds(o), Clock.systemUTC());
    }

    private static String code(TestOffice o) {
        return o.connection().directory().office().code();
    }

    private static DataSource ds(TestOffice o) {
        return o.connection().database().dataSource();
    }
}
