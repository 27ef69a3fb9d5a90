package org.sportello.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.agenda.AppointmentStatus;
import org.sportello.model.setup.DemoPeople;
import org.sportello.server.storage.JooqPersonSeed;
import org.sportello.server.testing.TestOffice;

/** The demo's day of appointments: one for each README citizen, with the demo operators, booked once. */
class DemoAgendaTest {
    @TempDir
    Path dir;

    @Test
    void everyDemoCitizenHasAnAppointmentAndASecondRunBooksNothingMore() throws Exception {
        try (TestOffice office = TestOffice.embedded(dir)) {
            var c = office.connection();
            LocalDate today = TestOffice.TUESDAY_MORNING.toLocalDate();
            new JooqPersonSeed(c.database(), c.directory().office().id(), office.clock()).add(DemoPeople.files(today));
            var supervisor = c.auth().login("gverdi", "demo".toCharArray());
            var zone = c.directory().office().zone();

            assertThat(DemoAgenda.seed(c.agenda(), supervisor, zone, office.clock())).isEqualTo(4);
            assertThat(DemoAgenda.seed(c.agenda(), supervisor, zone, office.clock())).isZero();

            // Paolo Conti, whose card is a button of the demo, has the first slot: with the demo's check-in rule
            // his card checks him in at once.
            var paolo = c.agenda().ofCitizen(supervisor, org.sportello.codicefiscale.CodiceFiscale.of(
                    DemoPeople.PAOLO_CONTI, today)).getFirst();
            var rule = new org.sportello.model.agenda.CheckInRule(DemoAgenda.CHECK_IN_EARLY,
                    java.time.Duration.ofMinutes(15), true, "E");
            assertThat(rule.timing(paolo.startsAt(), office.clock().instant(), zone))
                    .isEqualTo(org.sportello.model.agenda.CheckInRule.Timing.ON_TIME);

            var day = c.agenda().list(supervisor, "*", today, today);
            assertThat(day).hasSize(4).allMatch(a -> a.status() == AppointmentStatus.BOOKED);
            assertThat(day).extracting(a -> a.taxCode().substring(0, 15)).containsExactlyInAnyOrder(
                    "RSSMRA85T10A944", "CNTPLA70C15A944", "SPSSRA95E45A944", "BNCGLI92M52A944");
            assertThat(c.agenda().calendars(supervisor)).extracting(k -> k.owner())
                    .contains("mrossi", "lbianchi", "gverdi");
        }
    }
}
