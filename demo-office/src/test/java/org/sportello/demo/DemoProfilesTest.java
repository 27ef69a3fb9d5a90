package org.sportello.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.person.JobMovement;
import org.sportello.model.profile.Competence;
import org.sportello.model.setup.DemoPeople;
import org.sportello.server.storage.JooqPersonSeed;
import org.sportello.server.testing.TestOffice;

/** The demo's citizen files and company communication, written once on a real office database. */
class DemoProfilesTest {
    @TempDir
    Path dir;

    @Test
    void theDemoCitizensGetFilesAndLucasHiringIsOnRecordOnce() {
        try (TestOffice office = TestOffice.embedded(dir)) {
            LocalDate today = TestOffice.TUESDAY_MORNING.toLocalDate();
            var c = office.connection();
            new JooqPersonSeed(c.database(), c.directory().office().id(), office.clock()).add(DemoPeople.files(today));
            DemoProfiles.add(c, today);
            DemoProfiles.add(c, today);

            var operator = office.login("gverdi");
            var giulia = c.profiles().open(operator, CodiceFiscale.of(DemoPeople.GIULIA_BIANCHI, today)).orElseThrow();
            assertThat(giulia.competence().standing()).isEqualTo(Competence.Standing.OTHER_OFFICE);
            assertThat(giulia.profile().professional().languages()).hasSize(2);
            var mario = c.profiles().open(operator, CodiceFiscale.of(DemoPeople.MARIO_ROSSI, today)).orElseThrow();
            assertThat(mario.competence().standing()).isEqualTo(Competence.Standing.THIS_OFFICE);
            assertThat(mario.profile().version()).isEqualTo(1);
            var luca = c.people().find(operator, CodiceFiscale.of(DemoPeople.LUCA_VERDI, today)).orElseThrow();
            assertThat(luca.movements()).singleElement().satisfies(m -> {
                assertThat(m.kind()).isEqualTo(JobMovement.Kind.HIRING);
                assertThat(m.contractType()).isEqualTo("Tempo determinato");
            });
        }
    }
}
