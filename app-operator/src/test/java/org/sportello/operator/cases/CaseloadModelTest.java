package org.sportello.operator.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.cases.CaseloadEntry;
import org.sportello.model.setup.DemoPeople;
import org.sportello.operator.desk.DeskSession;
import org.sportello.operator.testing.DemoCitizens;
import org.sportello.operator.testing.DeskFixture;
import org.sportello.operator.ui.Notice;

/** The caseload sheet's model: an operator's own deadlines, a supervisor's view of everyone's, and refusals. */
class CaseloadModelTest {
    @TempDir
    Path dir;
    DeskFixture f;

    @BeforeEach
    void setUp() {
        f = new DeskFixture(dir);
        DemoCitizens.seedWithCases(f.office);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private CaseloadModel model(String login, int counter) {
        DeskSession s = f.sitDown(login, counter);
        return new CaseloadModel(f.work, s.operator());
    }

    @Test
    void theCaseManagersOwnDeadlinesOverdueFirst() {
        CaseloadModel m = model("mrossi", 1);
        m.open();

        assertThat(m.whoseProperty().get()).isEqualTo("Casi di Maria Rossi");
        assertThat(m.rows()).isNotEmpty().allMatch(r -> r.taxCode().equals(DemoPeople.MARIO_ROSSI));
        assertThat(m.rows().getFirst().bucket()).isEqualTo(CaseloadEntry.Bucket.OVERDUE);
        // The plan's 26 weeks from the DID (24/04/2026) ended with one talk of six.
        assertThat(m.rows().getFirst().on()).isEqualTo("23/10/2026");
        assertThat(m.rows().getFirst().what()).isEqualTo("Colloqui del piano: ne mancano 5");
        assertThat(m.rows().get(1).on()).isEqualTo("14/11/2026");
        assertThat(m.rows().get(1).what()).isEqualTo("Colloquio di monitoraggio");
        assertThat(m.rows().get(1).citizen()).isEqualTo("ROSSI Mario");
        assertThat(m.rows()).anySatisfy(r -> {
            assertThat(r.bucket()).isEqualTo(CaseloadEntry.Bucket.THIS_WEEK);
            assertThat(r.on()).isEqualTo("29/11/2026");
        });
        long overdue = m.rows().stream().filter(r -> r.bucket() == CaseloadEntry.Bucket.OVERDUE).count();
        assertThat(m.summaryProperty().get()).startsWith("Scadute: " + overdue + " ·").contains("fino al 29/11/2026");
        assertThat(m.noticeProperty().get()).isNull();
    }

    @Test
    void anOperatorWithoutCasesIsToldSoAndCannotReadAnothersCaseload() {
        CaseloadModel m = model("lbianchi", 2);
        m.open();
        assertThat(m.rows()).isEmpty();
        assertThat(m.noticeProperty().get().text()).isEqualTo("Nessuna scadenza.");

        m.loginProperty().set("mrossi");
        m.load();
        assertThat(m.noticeProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(m.rows()).isEmpty();
    }

    @Test
    void aSupervisorSeesEveryCaseManagersOrOnesByLogin() {
        CaseloadModel m = model("gverdi", 3);
        m.open();
        assertThat(m.whoseProperty().get()).isEqualTo("Casi di tutti i responsabili");
        assertThat(m.rows()).isNotEmpty().allMatch(r -> r.caseManager().equals("Maria Rossi"));
        int all = m.rows().size();

        m.loginProperty().set("lbianchi");
        m.load();
        assertThat(m.whoseProperty().get()).isEqualTo("Casi di lbianchi");
        assertThat(m.rows()).isEmpty();

        m.loginProperty().set("mrossi");
        m.load();
        assertThat(m.rows()).hasSize(all);
        assertThat(m.bucketName(CaseloadEntry.Bucket.THIS_WEEK)).isEqualTo("In settimana");
    }
}
