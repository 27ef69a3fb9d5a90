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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.UuidV7;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.OfferHit;
import org.sportello.model.offers.OfferPublisher;
import org.sportello.model.offers.OfferQuery;
import org.sportello.model.offers.OfferSource;
import org.sportello.model.vacancies.ContactOutcome;
import org.sportello.model.vacancies.Vacancy;
import org.sportello.server.central.CentralLogin;
import org.sportello.server.offers.OfferTexts;
import org.sportello.server.testing.TestOffice;
import org.sportello.server.vacancies.VacancyFixture;

/**
 * Vacancies travel through central (ADR 37) on a real PostgreSQL with the offices' own roles and real H2
 * offices with their Lucene catalogues: office A publishes, office B's catalogue finds the offer in Italian after
 * its sync, the employer only with the company's consent, a closed or expired vacancy leaves B's catalogue, B's
 * role cannot write A's vacancy, and a vacancy published while central is away waits in A's outbox. A reserved
 * offer names the office that published it, where the citizen applies, quoting its reference.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class VacancySyncTest {
    private static final String EMPLOYER = "Officine Felsinee S.r.l.";
    private static final String CONTACT = "selezione@felsinee.example";

    @TempDir
    Path dir;

    @Test
    void aPublishedVacancyIsFoundInAnotherOfficesCatalogueAndFollowsItsChanges() throws SQLException {
        CentralLogin admin = CentralPostgres.initialised();
        try (TestOffice a = TestOffice.embedded(dir.resolve("a"), CentralPostgres.officeCode("VA"));
             TestOffice b = TestOffice.embedded(dir.resolve("b"), CentralPostgres.officeCode("VB"))) {
            CentralLogin loginA = login(admin, a);
            CentralLogin loginB = login(admin, b);
            Vacancy v = a.connection().vacancies().save(a.login("mrossi"), agreed(VacancyFixture.warehouse()));
            sync(a, loginA);
            assertThat(count(admin, "SELECT count(*) FROM vacancy WHERE id = '" + v.id() + "' AND office_id = '"
                    + id(a) + "' AND status = 'OPEN' AND version = 1")).isEqualTo(1);
            assertThat(pushedVersion(a, v.id())).as("central confirmed it").isEqualTo(1);

            assertThat(search(b, "magazzinieri")).as("nothing before B's sync").isEmpty();
            assertThat(sync(b, loginB).rowsPulled()).isPositive();
            // Italian analysis: the plural finds "Magazziniere", as on the terminal and in "offers search".
            assertThat(search(b, "magazzinieri")).singleElement().satisfies(h -> {
                assertThat(h.id()).isEqualTo(Vacancy.offerId(v.id()));
                assertThat(h.title()).isEqualTo("Magazziniere con patente C");
                assertThat(h.employer()).isEqualTo(EMPLOYER);
            });
            JobOffer atB = b.connection().offers().find(Vacancy.offerId(v.id())).orElseThrow();
            assertThat(atB.source()).isEqualTo(OfferSource.OTHER_OFFICE);
            assertThat(atB.howToApply()).isEqualTo(CONTACT);
            assertThat(atB.publisher().officeName()).isEqualTo(name(a));
            assertThat(atB.appliesThroughPublisher()).as("the company's own contact comes first").isFalse();
            assertThat(OfferTexts.in(Locale.ITALIAN).howToApply(atB)).isEqualTo(CONTACT);
            assertThat(atB.isco()).isEqualTo("432");
            assertThat(atB.requirements()).isEqualTo(v.requirements());
            assertThat(atB.expires()).isEqualTo(v.expiresOn());

            // A edits it: B follows at its next sync. A's own copy stays its own.
            a.connection().vacancies().save(a.login("mrossi"), edited(v, "Magazziniera o magazziniere per turni"));
            sync(a, loginA);
            sync(b, loginB);
            assertThat(search(b, "l'addetta turni magazziniera")).singleElement()
                    .satisfies(h -> assertThat(h.title()).isEqualTo("Magazziniera o magazziniere per turni"));
            assertThat(b.connection().offers().count()).isEqualTo(1);
            assertThat(a.connection().offers().find(Vacancy.offerId(v.id())).orElseThrow().source())
                    .isEqualTo(OfferSource.THIS_OFFICE);
        }
    }

    @Test
    void withoutTheCompanysConsentNeitherNameNorContactNorCitizensLeaveTheOffice() throws SQLException {
        CentralLogin admin = CentralPostgres.initialised();
        try (TestOffice a = TestOffice.embedded(dir.resolve("a"), CentralPostgres.officeCode("VC"));
             TestOffice b = TestOffice.embedded(dir.resolve("b"), CentralPostgres.officeCode("VD"))) {
            CentralLogin loginA = login(admin, a);
            CentralLogin loginB = login(admin, b);
            OperatorSession op = a.login("mrossi");
            VacancyFixture.citizens(a, op);
            // A's set-up gives its public phone (office.phone): it travels with the office's name and address.
            try (Connection c = ds(a).getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE office SET phone = '051 123 4567'");
            }
            Vacancy v = a.connection().vacancies().save(op, VacancyFixture.warehouse());
            assertThat(v.publishEmployer()).isFalse();
            a.connection().vacancies().logContact(op, v.id(), VacancyFixture.MARIO, ContactOutcome.INTERESTED, true,
                    "Chiamato il 24/11, disponibile");
            a.connection().vacancies().logContact(op, v.id(), VacancyFixture.ANNA, ContactOutcome.INTERESTED, false,
                    null);
            a.connection().vacancies().shortlist(op, v.id(), List.of(VacancyFixture.MARIO), Locale.ITALIAN);
            sync(a, loginA);
            sync(b, loginB);

            JobOffer atB = b.connection().offers().find(Vacancy.offerId(v.id())).orElseThrow();
            assertThat(atB.employer()).as("riservato").isNull();
            assertThat(atB.howToApply()).isNull();
            assertThat(search(b, "magazziniere")).singleElement().satisfies(h -> assertThat(h.employer()).isNull());
            // Where to apply instead: the office that published it, quoting the reference its desk knows the
            // vacancy by; the office's public identity only, never the company's.
            assertThat(atB.publisher()).isEqualTo(new OfferPublisher(name(a), a.connection().directory().office()
                    .address(), "051 123 4567", v.reference()));
            assertThat(atB.appliesThroughPublisher()).isTrue();
            assertThat(OfferTexts.in(Locale.ITALIAN).howToApply(atB)).isEqualTo("Si candidi tramite l'ufficio che ha"
                    + " pubblicato l'offerta: " + name(a) + ", Via Marco Emilio Lepido 1, 40132 Bologna, tel. 051 123"
                    + " 4567. Citi il"
                    + " riferimento dell'offerta " + v.reference() + ".");
            assertThat(OfferTexts.in(Locale.ENGLISH).howToApply(atB)).startsWith("Apply through the office that"
                    + " published this offer: " + name(a)).contains(v.reference())
                    .doesNotContain("Felsinee", "01234567897", "felsinee.example");

            // Central holds the offer fields and nothing else: no employer code, no contact, no citizen.
            assertThat(columns(admin, "vacancy")).containsExactlyInAnyOrderElementsOf(concat(VacancyPush.COLUMNS,
                    List.of("synced_at", "changed_xid")));
            String row = text(admin, "SELECT string_agg(row_to_json(v)::text, ' ') FROM vacancy v");
            assertThat(row).contains("Magazziniere con patente C")
                    .doesNotContain("Felsinee", "01234567897", "felsinee.example", VacancyFixture.MARIO,
                            VacancyFixture.ANNA, "Rossi", "Bianchi", "051 111111", "mario.rossi", "disponibile");
            assertThat(text(admin, "SELECT coalesce(string_agg(c.relname, ','), '') FROM pg_class c"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'"
                    + " AND c.relname LIKE 'vacancy%' AND c.relkind = 'r'")).isEqualTo("vacancy");
            assertThat(count(admin, "SELECT count(*) FROM office_event WHERE detail LIKE '%" + VacancyFixture.MARIO
                    + "%'")).as("not in the pushed log either").isZero();
            // Logging contacts and printing the shortlist did not make the vacancy a newer version to send.
            assertThat(count(admin, "SELECT version FROM vacancy")).isEqualTo(1);
        }
    }

    @Test
    void aClosedOrExpiredVacancyLeavesTheOtherCataloguesAtTheirNextSync() throws SQLException {
        CentralLogin admin = CentralPostgres.initialised();
        try (TestOffice a = TestOffice.embedded(dir.resolve("a"), CentralPostgres.officeCode("VE"));
             TestOffice b = TestOffice.embedded(dir.resolve("b"), CentralPostgres.officeCode("VF"))) {
            CentralLogin loginA = login(admin, a);
            CentralLogin loginB = login(admin, b);
            OperatorSession op = a.login("mrossi");
            Vacancy closing = a.connection().vacancies().save(op, VacancyFixture.warehouse());
            Vacancy base = VacancyFixture.warehouse();
            Vacancy shortLived = a.connection().vacancies().save(op, new Vacancy(null, base.employerCode(),
                    "Trattoria da Gino", null, false, "Aiuto cuoco", "Cucina tradizionale", "512", base.workplace(),
                    base.contract(), base.hours(), 1, null, base.publishOn(), base.publishOn().plusDays(3),
                    Vacancy.Status.OPEN, null, 0));
            sync(a, loginA);
            sync(b, loginB);
            assertThat(search(b, "magazziniere")).hasSize(1);
            assertThat(search(b, "cuochi")).hasSize(1);

            a.connection().vacancies().close(op, closing.id(), Vacancy.Outcome.FILLED);
            sync(a, loginA);
            assertThat(count(admin, "SELECT count(*) FROM vacancy WHERE status = 'CLOSED' AND id = '" + closing.id()
                    + "'")).as("central keeps it, closed").isEqualTo(1);
            sync(b, loginB);
            assertThat(search(b, "magazziniere")).isEmpty();
            assertThat(b.connection().offers().find(Vacancy.offerId(closing.id()))).isEmpty();
            assertThat(b.connection().offers().find(Vacancy.offerId(shortLived.id()))).isPresent();

            // Nothing changes at central when a vacancy expires: B notices by its own day.
            b.clock().advance(Duration.ofDays(4));
            sync(b, loginB);
            assertThat(b.connection().offers().find(Vacancy.offerId(shortLived.id()))).isEmpty();
            assertThat(b.connection().offers().count()).isZero();
        }
    }

    @Test
    void anotherOfficesRoleCannotWriteOrAlterAVacancyItDidNotPublish() throws SQLException {
        CentralLogin admin = CentralPostgres.initialised();
        try (TestOffice a = TestOffice.embedded(dir.resolve("a"), CentralPostgres.officeCode("VG"));
             TestOffice b = TestOffice.embedded(dir.resolve("b"), CentralPostgres.officeCode("VH"))) {
            CentralLogin loginA = login(admin, a);
            CentralLogin loginB = login(admin, b);
            Vacancy v = a.connection().vacancies().save(a.login("mrossi"), agreed(VacancyFixture.warehouse()));
            Vacancy own = b.connection().vacancies().save(b.login("mrossi"), VacancyFixture.warehouse());
            sync(a, loginA);
            sync(b, loginB);
            String before = text(admin, "SELECT row_to_json(v)::text FROM vacancy v WHERE id = '" + v.id() + "'");

            try (Connection c = loginB.connect(); Statement s = c.createStatement()) {
                // B reads A's published offer (its catalogue needs it) but changes nothing of it.
                assertThat(s.executeUpdate("UPDATE vacancy SET title = 'Truffa', version = 99 WHERE id = '" + v.id()
                        + "'")).isZero();
                assertThatThrownBy(() -> s.executeUpdate("DELETE FROM vacancy WHERE id = '" + v.id() + "'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
                // Nor may it hand its own vacancy to A.
                assertThatThrownBy(() -> s.executeUpdate("UPDATE vacancy SET office_id = '" + id(a) + "' WHERE id = '"
                        + own.id() + "'")).isInstanceOf(SQLException.class);
            }
            // An upsert over A's row, as B's push would send it, and a new row in A's name: both refused.
            Object[] forged = VacancyPush.row(publishing(b), v.withId(v.id(), 99));
            forged[2] = "Truffa";
            assertThatThrownBy(() -> upsert(loginB, forged)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
            Object[] inA = VacancyPush.row(new VacancyPush.Publishing(id(a), code(a), name(a), null, null),
                    v.withId(UuidV7.next(), 1));
            assertThatThrownBy(() -> upsert(loginB, inA)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");

            assertThat(text(admin, "SELECT row_to_json(v)::text FROM vacancy v WHERE id = '" + v.id() + "'"))
                    .isEqualTo(before);
            assertThat(count(admin, "SELECT count(*) FROM vacancy")).isEqualTo(2);
            assertThat(count(admin, "SELECT count(*) FROM pg_class WHERE relname = 'vacancy' AND relrowsecurity"
                    + " AND relforcerowsecurity")).isEqualTo(1);
            sync(b, loginB);
            assertThat(b.connection().offers().find(Vacancy.offerId(v.id())).orElseThrow().title())
                    .isEqualTo("Magazziniere con patente C");
            assertThat(b.connection().offers().find(Vacancy.offerId(own.id())).orElseThrow().source())
                    .isEqualTo(OfferSource.THIS_OFFICE);
        }
    }

    @Test
    void anOfficeWithoutAnAddressIsFoundInTheTerritoryTableAndARowFromAnOlderBuildStillSaysAskAtTheDesk()
            throws SQLException {
        CentralLogin admin = CentralPostgres.initialised();
        try (TestOffice a = TestOffice.embedded(dir.resolve("a"), CentralPostgres.officeCode("VL"));
             TestOffice b = TestOffice.embedded(dir.resolve("b"), CentralPostgres.officeCode("VM"))) {
            CentralLogin loginA = login(admin, a);
            CentralLogin loginB = login(admin, b);
            try (Connection c = ds(a).getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE office SET address = NULL");
            }
            // B's set-up lists A among the territory's offices, with the address A did not give.
            try (Connection c = ds(b).getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO"
                    + " office_territory (municipality_key, municipality, province, office_code, office_name,"
                    + " office_address) VALUES ('dozza|bo', 'Dozza', 'BO', ?, 'Centro per l''Impiego di Imola',"
                    + " 'Viale Dante 5, 40026 Imola')")) {
                ps.setString(1, code(a));
                ps.executeUpdate();
            }
            Vacancy v = a.connection().vacancies().save(a.login("mrossi"), VacancyFixture.warehouse());
            sync(a, loginA);
            assertThat(text(admin, "SELECT office_name || '|' || office_code || '|' || coalesce(office_address, '-')"
                    + " FROM vacancy WHERE id = '" + v.id() + "'")).isEqualTo(name(a) + "|" + code(a) + "|-");
            // A row as an older build pushed it: no office named.
            Vacancy old = VacancyFixture.warehouse().withId(UuidV7.next(), 1);
            upsert(admin, VacancyPush.row(new VacancyPush.Publishing(id(a), null, null, null, null), old));
            sync(b, loginB);

            JobOffer named = b.connection().offers().find(Vacancy.offerId(v.id())).orElseThrow();
            assertThat(named.publisher()).isEqualTo(new OfferPublisher(name(a), "Viale Dante 5, 40026 Imola",
                    v.reference()));
            assertThat(OfferTexts.in(Locale.ENGLISH).howToApply(named)).isEqualTo("Apply through the office that"
                    + " published this offer: " + name(a) + ", Viale Dante 5, 40026 Imola. Quote offer reference "
                    + v.reference() + ".");
            JobOffer unnamed = b.connection().offers().find(Vacancy.offerId(old.id())).orElseThrow();
            assertThat(unnamed.employer()).isNull();
            assertThat(unnamed.publisher()).isNull();
            assertThat(OfferTexts.in(Locale.ENGLISH).howToApply(unnamed)).as("the desk explains").isNull();
        }
    }

    @Test
    void aVacancyPublishedWhileCentralIsAwayWaitsInTheOutboxAcrossARestartAndGoesLater() throws Exception {
        CentralLogin admin = CentralPostgres.initialised();
        Path dirA = dir.resolve("a");
        String codeA = CentralPostgres.officeCode("VI");
        try (TcpProxy link = new TcpProxy(CentralPostgres.server().getPort());
             TestOffice b = TestOffice.embedded(dir.resolve("b"), CentralPostgres.officeCode("VJ"))) {
            CentralLogin loginB = login(admin, b);
            CentralLogin loginA;
            UUID published;
            try (TestOffice a = TestOffice.embedded(dirA, codeA)) {
                loginA = CentralPostgres.officeLogin(admin, CentralPostgres.addOffice(admin, codeA), link.port());
                sync(a, loginA);
                link.cut();
                published = a.connection().vacancies().save(a.login("mrossi"), agreed(VacancyFixture.warehouse())).id();
                assertThatThrownBy(() -> sync(a, loginA)).isInstanceOf(SyncException.class)
                        .satisfies(e -> assertThat(((SyncException) e).problem()).isEqualTo(SyncProblem.UNREACHABLE));
                assertThat(pushedVersion(a, published)).as("still in the outbox").isZero();
            }
            assertThat(count(admin, "SELECT count(*) FROM vacancy")).isZero();

            link.restore();
            try (TestOffice a = TestOffice.embedded(dirA, codeA)) {
                assertThat(pushedVersion(a, published)).as("the outbox is in the database").isZero();
                sync(a, loginA);
                assertThat(pushedVersion(a, published)).isEqualTo(1);
            }
            assertThat(count(admin, "SELECT count(*) FROM vacancy WHERE id = '" + published + "'")).isEqualTo(1);
            sync(b, loginB);
            assertThat(search(b, "magazzinieri")).extracting(OfferHit::id).containsExactly(Vacancy.offerId(published));
        }
    }

    @Test
    void aCentralWithoutTheVacancyTableIsRefusedWithTheRemedyAfterEverythingElseMoved() throws SQLException {
        CentralLogin admin = CentralPostgres.initialised();
        try (TestOffice a = TestOffice.embedded(dir.resolve("a"), CentralPostgres.officeCode("VK"))) {
            CentralLogin loginA = login(admin, a);
            sync(a, loginA);
            try (Connection c = admin.connect(); Statement s = c.createStatement()) {
                s.execute("DROP TABLE vacancy");
            }
            Vacancy v = a.connection().vacancies().save(a.login("mrossi"), VacancyFixture.warehouse());
            assertThatThrownBy(() -> sync(a, loginA)).isInstanceOf(SyncException.class)
                    .hasMessageContaining("central init")
                    .satisfies(e -> assertThat(((SyncException) e).problem()).isEqualTo(SyncProblem.REFUSED));
            assertThat(pushedVersion(a, v.id())).isZero();
            assertThat(count(admin, "SELECT count(*) FROM office_event WHERE type = 'VACANCY_CHANGED'"))
                    .as("the log went before the vacancies were refused").isEqualTo(1);
        }
    }

    private static SyncReport sync(TestOffice office, CentralLogin login) {
        return new OfficeSync(ds(office), login, SyncSettings.DEFAULT, Clock.systemUTC(), SyncProbe.NONE,
                office.connection().offers()).runOnce();
    }

    private static List<OfferHit> search(TestOffice office, String what) {
        return office.connection().offers().search(OfferQuery.text(what)).hits();
    }

    private static Vacancy agreed(Vacancy v) {
        return new Vacancy(v.id(), v.employerCode(), v.employerName(), v.employerContact(), true, v.title(),
                v.description(), v.isco(), v.workplace(), v.contract(), v.hours(), v.positions(), v.requirements(),
                v.publishOn(), v.expiresOn(), v.status(), v.outcome(), v.version());
    }

    private static Vacancy edited(Vacancy v, String title) {
        return new Vacancy(v.id(), v.employerCode(), v.employerName(), v.employerContact(), v.publishEmployer(), title,
                "Turni di magazzino; si cerca addetta o addetto", v.isco(), v.workplace(), v.contract(), v.hours(),
                v.positions(), v.requirements(), v.publishOn(), v.expiresOn(), v.status(), v.outcome(), v.version());
    }

    private static void upsert(CentralLogin login, Object[] row) throws SQLException {
        String cols = String.join(", ", VacancyPush.COLUMNS);
        String marks = String.join(", ", java.util.Collections.nCopies(VacancyPush.COLUMNS.size(), "?"));
        try (Connection c = login.connect();
             PreparedStatement ps = c.prepareStatement("INSERT INTO vacancy (" + cols + ") VALUES (" + marks + ")"
                     + " ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, version = EXCLUDED.version"
                     + " WHERE vacancy.version < EXCLUDED.version")) {
            Rows.bind(ps, 1, row);
            ps.executeUpdate();
        }
    }

    private static CentralLogin login(CentralLogin admin, TestOffice office) {
        return CentralPostgres.officeLogin(admin, CentralPostgres.addOffice(admin, code(office)));
    }

    private static long pushedVersion(TestOffice office, UUID vacancy) throws SQLException {
        try (Connection c = ds(office).getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT pushed_version FROM vacancy WHERE id = ?")) {
            ps.setObject(1, vacancy);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<String> columns(CentralLogin admin, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = admin.connect();
             PreparedStatement ps = c.prepareStatement("SELECT column_name FROM information_schema.columns"
                     + " WHERE table_schema = 'public' AND table_name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static long count(CentralLogin login, String sql) throws SQLException {
        try (Connection c = login.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(CentralLogin login, String sql) throws SQLException {
        try (Connection c = login.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String code(TestOffice o) {
        return o.connection().directory().office().code();
    }

    private static String name(TestOffice o) {
        return o.connection().directory().office().name();
    }

    private static VacancyPush.Publishing publishing(TestOffice o) {
        return new VacancyPush.Publishing(id(o), code(o), name(o), null, null);
    }

    private static UUID id(TestOffice o) {
        return o.connection().directory().office().id();
    }

    private static DataSource ds(TestOffice o) {
        return o.connection().database().dataSource();
    }
}
