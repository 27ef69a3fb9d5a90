package org.sportello.server.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.cases.CaseView;
import org.sportello.model.cases.DeadlineKind;
import org.sportello.model.person.EmploymentStatus;
import org.sportello.model.setup.DemoPeople;
import org.sportello.server.storage.JooqPersonSeed;
import org.sportello.server.testing.TestOffice;

/** The demo office has a citizen in every state of a case, and seeding twice adds nothing. */
class DemoCaseSeedTest {
    static final LocalDate TODAY = TestOffice.TUESDAY_MORNING.toLocalDate();

    @TempDir
    Path dir;

    @Test
    void everyStateOfACaseHasADemoCitizen() {
        try (TestOffice office = TestOffice.embedded(dir)) {
            var c = office.connection();
            new JooqPersonSeed(c.database(), c.directory().office().id(), office.clock()).add(DemoPeople.files(TODAY));
            assertThat(DemoCaseSeed.seed(c.database().dataSource(), c.cases(), c.documentService(), TODAY)).isTrue();
            assertThat(DemoCaseSeed.seed(c.database().dataSource(), c.cases(), c.documentService(), TODAY)).isFalse();
            OperatorSession gverdi = office.login("gverdi");

            CaseView sara = c.cases().view(gverdi, CodiceFiscale.of(DemoPeople.SARA_ESPOSITO, TODAY));
            assertThat(sara.status().state()).isEqualTo(EmploymentStatus.State.NO_DID);
            CaseView paolo = c.cases().view(gverdi, CodiceFiscale.of(DemoPeople.PAOLO_CONTI, TODAY));
            assertThat(paolo.status().state()).isEqualTo(EmploymentStatus.State.UNEMPLOYED);
            assertThat(paolo.caseManager()).isNull();
            assertThat(paolo.pact()).isNull();
            CaseView mario = c.cases().view(gverdi, CodiceFiscale.of(DemoPeople.MARIO_ROSSI, TODAY));
            assertThat(mario.status().state()).isEqualTo(EmploymentStatus.State.UNEMPLOYED);
            assertThat(mario.caseManager().login()).isEqualTo("mrossi");
            assertThat(mario.pact()).isNotNull();
            assertThat(mario.standing().overdue()).extracting(d -> d.measure() == null ? d.what().name()
                    : d.measure().name()).contains("JOB_TALK");
            assertThat(mario.standing().overdue()).extracting(d -> d.what()).contains(DeadlineKind.TALKS);
            assertThat(c.cases().caseload(gverdi, "mrossi").entries()).isNotEmpty();
        }
    }
}
