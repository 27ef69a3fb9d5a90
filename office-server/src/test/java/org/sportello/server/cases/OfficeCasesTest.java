package org.sportello.server.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.cases.CaseView;
import org.sportello.model.cases.CaseloadEntry;
import org.sportello.model.cases.DeadlineKind;
import org.sportello.model.cases.DidChannel;
import org.sportello.model.cases.MeasureKind;
import org.sportello.model.cases.Party;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.documents.DocumentDetails;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.documents.IssuedPaper;
import org.sportello.model.person.EmploymentStatus;
import org.sportello.model.protocol.Subject;
import org.sportello.server.dossier.OfficeDossiers;
import org.sportello.server.testing.TestOffice;

/** Cases on a real office database: DID and its history, status, pact, plan, caseload, access log. */
class OfficeCasesTest {
    static final LocalDate TODAY = TestOffice.TUESDAY_MORNING.toLocalDate();
    /** Born 10 December 1985: 40 on TODAY, so six months for the first offer. */
    static final CodiceFiscale ANNA = code("NREANN85T50A944");

    @TempDir
    Path dir;
    TestOffice office;
    OfficeCases cases;
    OperatorSession mrossi;

    static CodiceFiscale code(String first15) {
        return CodiceFiscale.of(first15 + CodiceFiscale.checkCharacter(first15), TODAY);
    }

    @BeforeEach
    void open() {
        office = TestOffice.embedded(dir);
        new OfficeDossiers(office.connection().database().dataSource(), office.clock())
                .register(ANNA, "Neri", "Anna", "Bologna", TODAY.minusYears(1));
        cases = office.connection().cases();
        mrossi = office.login("mrossi");
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void registeredWithoutDidTheCertificatesNeverSayUnemployed() throws IOException {
        CaseView v = cases.view(mrossi, ANNA);
        assertThat(v.status().state()).isEqualTo(EmploymentStatus.State.NO_DID);
        assertThat(v.did()).isNull();

        assertThatThrownBy(() -> issue(DocumentKind.EMPLOYMENT_STATUS_CERTIFICATE))
                .isInstanceOfSatisfying(SportelloException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.EMPLOYMENT_STATUS_NEEDS_DID);
                    assertThat(e.localizedMessage(Locale.ITALIAN)).contains("NERI Anna", "Registrare prima la DID");
                    assertThat(e.getMessage()).contains("Record the DID first");
                });
        String history = text(issue(DocumentKind.STATUS_HISTORY).pdf());
        assertThat(history).contains("NERI Anna", "nessuna DID in corso di validità");
        assertThat(history.toLowerCase(Locale.ITALIAN)).doesNotContain("disoccupazione");
        String english = text(office.connection().documentService().issue(mrossi, DocumentKind.STATUS_HISTORY,
                new Subject.Person(ANNA), DocumentDetails.NONE, Locale.ENGLISH).pdf());
        assertThat(english.toLowerCase(Locale.ROOT)).contains("no did in force").doesNotContain("unemploy");
    }

    @Test
    void aDidMakesTheStatusUnemployedAndItsWithdrawalStaysInTheHistory() throws IOException {
        LocalDate did = TODAY.minusDays(20);
        CaseView v = cases.declareDid(mrossi, ANNA, did, DidChannel.ONLINE);
        assertThat(v.status().state()).isEqualTo(EmploymentStatus.State.UNEMPLOYED);
        assertThat(v.did().declaredOn()).isEqualTo(did);
        assertThat(v.did().channel()).isEqualTo(DidChannel.ONLINE);
        assertThat(v.standing().talks().required()).isEqualTo(6);
        assertThat(v.standing().talks().by()).isEqualTo(did.plusWeeks(26));
        assertThat(v.standing().firstOfferDue()).isEqualTo(did.plusMonths(6));
        assertThat(text(issue(DocumentKind.EMPLOYMENT_STATUS_CERTIFICATE).pdf())).contains("DISOCCUPAZIONE");

        assertThatThrownBy(() -> cases.declareDid(mrossi, ANNA, TODAY, DidChannel.DESK))
                .isInstanceOfSatisfying(SportelloException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.DID_ALREADY_IN_FORCE));
        assertThatThrownBy(() -> cases.withdrawDid(mrossi, ANNA, did.minusDays(1)))
                .isInstanceOfSatisfying(SportelloException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.DID_DATE_INVALID));

        CaseView withdrawn = cases.withdrawDid(mrossi, ANNA, TODAY.minusDays(1));
        assertThat(withdrawn.status().state()).isEqualTo(EmploymentStatus.State.NO_DID);
        assertThat(withdrawn.didHistory()).singleElement().satisfies(d -> {
            assertThat(d.declaredOn()).isEqualTo(did);
            assertThat(d.endedOn()).isEqualTo(TODAY.minusDays(1));
        });
        assertThatThrownBy(() -> cases.declareDid(mrossi, ANNA, TODAY.plusDays(1), DidChannel.DESK))
                .isInstanceOfSatisfying(SportelloException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.DID_DATE_INVALID));
        CaseView again = cases.declareDid(mrossi, ANNA, null, DidChannel.DESK);
        assertThat(again.didHistory()).hasSize(2);
        assertThat(again.did().declaredOn()).isEqualTo(TODAY);
    }

    @Test
    void aPactIsPrintedSealedAndRegisteredAndTheCaseKeepsItsNumber() throws IOException {
        cases.declareDid(mrossi, ANNA, TODAY.minusDays(30), DidChannel.DESK);
        assertThatThrownBy(() -> issue(DocumentKind.SERVICE_PACT)).isInstanceOfSatisfying(SportelloException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.NO_CASE_MANAGER));
        assertThatThrownBy(() -> cases.addMeasure(mrossi, ANNA, MeasureKind.JOB_TALK, TODAY, Party.CASE_MANAGER, ""))
                .isInstanceOfSatisfying(SportelloException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.NO_CASE_MANAGER));
        CaseView taken = cases.assign(mrossi, ANNA, null);
        assertThat(taken.caseManager().login()).isEqualTo("mrossi");
        assertThat(taken.takenOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> issue(DocumentKind.SERVICE_PACT)).isInstanceOfSatisfying(SportelloException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.PACT_WITHOUT_MEASURES));

        CaseView withTalk = cases.addMeasure(mrossi, ANNA, MeasureKind.ORIENTATION_INTERVIEW, TODAY.minusDays(3),
                Party.CASE_MANAGER, "Colloquio e profilo di occupabilità");
        assertThat(withTalk.standing().overdue()).singleElement()
                .satisfies(d -> assertThat(d.what()).isEqualTo(DeadlineKind.MEASURE));
        CaseView done = cases.markMeasure(mrossi, ANNA, withTalk.measures().getFirst().id(), true);
        assertThat(done.standing().overdue()).isEmpty();
        assertThat(done.standing().talks().done()).isEqualTo(1);
        CaseView offered = cases.addMeasure(mrossi, ANNA, MeasureKind.WORKSHOP, TODAY.plusDays(9), Party.CITIZEN,
                "Laboratorio sul curriculum vitae");
        assertThat(offered.standing().firstOfferDue()).isNull();

        IssuedPaper pact = issue(DocumentKind.SERVICE_PACT);
        String text = text(pact.pdf());
        assertThat(text).contains("Patto di servizio personalizzato", "NERI Anna", "Laboratorio sul curriculum vitae",
                "Firma della persona", "Firma dell'operatore di riferimento", pact.entry().number().format());
        assertThat(pact.seal()).isNotNull();
        assertThat(office.connection().archive().find(pact.entry().number())).isPresent();
        assertThat(cases.view(mrossi, ANNA).pact()).isEqualTo(pact.entry().number().format());

        // The copy signed by both comes back through the scan-back intake and is filed against the pact.
        Path scans = java.nio.file.Files.createDirectories(dir.resolve("scans"));
        java.nio.file.Files.write(scans.resolve("patto-firmato.png"), org.sportello.model.documents.ScanSimulator.png(
                new org.sportello.model.documents.ScanSimulator().scan(pact.pdf(), 0,
                        org.sportello.model.documents.ScanSimulator.Defects.clean(200))));
        var report = new org.sportello.model.intake.ScanIntake(office.connection().archive(), office.connection().scans())
                .intake(mrossi, scans);
        assertThat(report.allFiled()).as(report.toString()).isTrue();
        assertThat(office.connection().archive().pages(pact.entry().number())).singleElement()
                .satisfies(p -> assertThat(p.sourceName()).isEqualTo("patto-firmato.png"));
    }

    @Test
    void caseloadsAreTheCaseManagersOwnAndSupervisorsSeeAll() {
        cases.declareDid(mrossi, ANNA, TODAY.minusMonths(5), DidChannel.DESK);
        cases.assign(mrossi, ANNA, null);
        cases.addMeasure(mrossi, ANNA, MeasureKind.JOB_TALK, TODAY.minusDays(5), Party.CASE_MANAGER, "Colloquio");
        cases.addMeasure(mrossi, ANNA, MeasureKind.JOB_SEARCH_ACTION, TODAY.plusDays(2), Party.CITIZEN, "Candidature");
        OperatorSession lbianchi = office.login("lbianchi");
        OperatorSession gverdi = office.login("gverdi");

        var own = cases.caseload(mrossi, null);
        // DID five months ago at 40: the missed talk overdue, the action due this week, talks and offer next month.
        assertThat(own.in(CaseloadEntry.Bucket.OVERDUE)).extracting(e -> e.deadline().what())
                .containsExactly(DeadlineKind.MEASURE);
        assertThat(own.in(CaseloadEntry.Bucket.THIS_WEEK)).extracting(e -> e.deadline().measure())
                .containsExactly(MeasureKind.JOB_SEARCH_ACTION);
        assertThat(own.in(CaseloadEntry.Bucket.LATER)).extracting(e -> e.deadline().what())
                .containsExactly(DeadlineKind.TALKS, DeadlineKind.FIRST_OFFER);
        assertThat(own.entries()).allSatisfy(e -> assertThat(e.caseManager().login()).isEqualTo("mrossi"));
        assertThat(cases.caseload(lbianchi, null).entries()).isEmpty();
        assertThatThrownBy(() -> cases.caseload(lbianchi, "mrossi")).isInstanceOfSatisfying(SportelloException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.ACCESS_DENIED));
        assertThat(cases.caseload(gverdi, null).entries()).hasSameSizeAs(own.entries());
        assertThat(cases.caseload(gverdi, "mrossi").entries()).hasSameSizeAs(own.entries());
        // Only a supervisor moves a case to another operator.
        assertThatThrownBy(() -> cases.assign(lbianchi, ANNA, null)).isInstanceOfSatisfying(SportelloException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.ACCESS_DENIED));
        assertThat(cases.assign(gverdi, ANNA, "lbianchi").caseManager().login()).isEqualTo("lbianchi");
        assertThatThrownBy(() -> cases.assign(gverdi, ANNA, "nobody")).isInstanceOfSatisfying(SportelloException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_OPERATOR));
    }

    @Test
    void everyViewAndChangeIsLoggedAndEveryChangeIsADossierChange() throws SQLException {
        long before = dossierEvents();
        cases.view(mrossi, ANNA);
        cases.declareDid(mrossi, ANNA, TODAY, DidChannel.DESK);
        cases.assign(mrossi, ANNA, null);
        assertThat(access()).containsExactlyInAnyOrder("mrossi VIEW CASE " + ANNA.canonical(),
                "mrossi CHANGE DID " + ANNA.canonical(), "mrossi CHANGE CASE_MANAGER " + ANNA.canonical());
        assertThat(dossierEvents()).isEqualTo(before + 2);
    }

    @Test
    void aDossierOfAnotherOfficeIsReadOnly() throws SQLException {
        try (Connection c = office.connection().database().dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE dossier_sync SET state = 'MOVED', owner_code = 'MO01'")) {
            ps.executeUpdate();
        }
        assertThat(cases.view(mrossi, ANNA).taxCode()).isEqualTo(ANNA.canonical());
        assertThatThrownBy(() -> cases.declareDid(mrossi, ANNA, TODAY, DidChannel.DESK))
                .isInstanceOfSatisfying(SportelloException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.DOSSIER_OF_ANOTHER_OFFICE);
                    assertThat(e.getMessage()).contains("MO01");
                });
    }

    private IssuedPaper issue(DocumentKind kind) {
        return office.connection().documentService().issue(mrossi, kind, new Subject.Person(ANNA),
                DocumentDetails.NONE, Locale.ITALIAN);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private List<String> access() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = office.connection().database().dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT o.login, a.action, a.part, a.tax_code FROM case_access a"
                     + " JOIN operator o ON o.id = a.operator_id ORDER BY a.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
            }
        }
        return rows;
    }

    private long dossierEvents() throws SQLException {
        try (Connection c = office.connection().database().dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM office_event WHERE type = 'DOSSIER_CHANGED'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
