package org.sportello.model.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sportello.model.auth.Role;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.office.Area;

class OfficeSetupFileTest {
    static OfficeSetup parse(String text) throws Exception {
        return OfficeSetupFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theDemoOfficeHasTheServicesOfTheDomain() {
        OfficeSetup demo = OfficeSetupFile.demo();
        assertThat(demo.services()).extracting(OfficeSetup.ServiceSetup::prefix).containsExactlyInAnyOrder(
                "A", "B", "C", "D", "E");
        assertThat(demo.services()).filteredOn(s -> s.area() == Area.COMPANIES).hasSize(2);
        assertThat(demo.counters()).hasSize(3);
        assertThat(demo.operators()).extracting(OfficeSetup.OperatorSetup::role).contains(Role.SUPERVISOR);
        assertThat(demo.name()).isEqualTo("Centro per l'Impiego di Bologna");
    }

    @Test
    void aCounterServingAnUnknownServiceIsRejected() {
        assertThatThrownBy(() -> parse("""
                office.code=X
                office.name=X
                service.A.name.it=A
                service.A.name.en=A
                service.A.area=PERSONS
                counter.1.services=A,Z
                """)).isInstanceOfSatisfying(SportelloException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.INVALID_SETUP);
            assertThat(e.getMessage()).contains("unknown service Z");
        });
    }

    @Test
    void badHoursAndAreasSayWhere() {
        assertThatThrownBy(() -> OfficeSetupFile.hours("MON-FRI 8:30-12", "service.A.hours"))
                .hasMessageContaining("service.A.hours");
        assertThatThrownBy(() -> parse("""
                office.code=X
                office.name=X
                service.A.name.it=A
                service.A.name.en=A
                service.A.area=CITIZENS
                """)).hasMessageContaining("PERSONS or COMPANIES");
    }

    @Test
    void weightsDefaultToOne() {
        assertThat(OfficeSetupFile.weights("A:3, b", "counter.1.")).containsEntry("A", 3).containsEntry("B", 1);
    }

    @Test
    void theSessionIdleTimeIsSetInMinutesAndDefaultsToThirty() throws Exception {
        String office = """
                office.code=X
                office.name=X
                service.A.name.it=A
                service.A.name.en=A
                service.A.area=PERSONS
                """;
        assertThat(parse(office).sessionIdle()).isEqualTo(java.time.Duration.ofMinutes(30));
        assertThat(OfficeSetupFile.demo().sessionIdle()).isEqualTo(java.time.Duration.ofMinutes(30));
        assertThat(parse(office + "session.idle.minutes=15\n").sessionIdle()).isEqualTo(java.time.Duration.ofMinutes(15));
        assertThatThrownBy(() -> parse(office + "session.idle.minutes=0\n"))
                .hasMessageContaining("session.idle.minutes must be between 1 and 720");
        assertThatThrownBy(() -> parse(office + "session.idle.minutes=forever\n"))
                .hasMessageContaining("session.idle.minutes is not a number");
    }

    @Test
    void thePublicPhoneIsOptionalAndChecked() throws Exception {
        String office = """
                office.code=X
                office.name=X
                service.A.name.it=A
                service.A.name.en=A
                service.A.area=PERSONS
                """;
        assertThat(parse(office).phone()).isNull();
        assertThat(parse(office + "office.phone=  \n").phone()).isNull();
        assertThat(parse(office + "office.phone= +39 051 123-4567 \n").phone()).isEqualTo("+39 051 123-4567");
        assertThat(OfficeSetupFile.demo().phone()).isEqualTo("051 123 4567");
        assertThat(OfficeSetupFile.demo().withStamping(true).phone()).as("kept by the copies").isEqualTo("051 123 4567");
        for (String bad : new String[] {"chiamare", "051 123 4567 / 051 765 4321 / 051 000 0000", "051;1"}) {
            assertThatThrownBy(() -> parse(office + "office.phone=" + bad + "\n")).as(bad)
                    .isInstanceOfSatisfying(SportelloException.class, e -> {
                        assertThat(e.problem()).isEqualTo(Problem.INVALID_SETUP);
                        assertThat(e.getMessage()).contains("office.phone");
                    });
        }
    }

    /** Mistakes that once escaped as NumberFormatException, ArrayIndexOutOfBounds or IllegalArgumentException. */
    @Test
    void oddValuesAreMistakesInTheSetUpNotCrashes() {
        String office = """
                office.code=X
                office.name=X
                service.A.name.it=A
                service.A.name.en=A
                service.A.area=PERSONS
                """;
        for (String[] line : new String[][] {
            {"counter.1.services=:", "a service prefix is missing in ':'"},
            {"counter.99999999999.services=A\ncounter.1.services=A", "counter.99999999999: a counter number must be at most"},
            {"office.address=Via \\uZZZZ", "a \\u escape is not four hexadecimal digits"}}) {
            assertThatThrownBy(() -> parse(office + line[0] + "\n")).as(line[0])
                    .isInstanceOfSatisfying(SportelloException.class, e -> {
                        assertThat(e.problem()).isEqualTo(Problem.INVALID_SETUP);
                        assertThat(e.getMessage()).contains(line[1]);
                        assertThat(e.localizedMessage(java.util.Locale.ITALIAN))
                                .startsWith("La configurazione dell'ufficio non è valida").contains(line[1]);
                    });
        }
    }

    @Test
    void nightlyBackupsAreSetByTimeAndCountAndDefaultToHalfPastTwoKeepingFourteen() throws Exception {
        String office = """
                office.code=X
                office.name=X
                service.A.name.it=A
                service.A.name.en=A
                service.A.area=PERSONS
                """;
        assertThat(parse(office).backups()).isEqualTo(new OfficeSetup.BackupSetup(java.time.LocalTime.of(2, 30), 14));
        assertThat(parse(office + "backup.time=23:15\nbackup.keep=30\n").backups())
                .isEqualTo(new OfficeSetup.BackupSetup(java.time.LocalTime.of(23, 15), 30));
        assertThatThrownBy(() -> parse(office + "backup.time=25:00\n"))
                .hasMessageContaining("backup.time must be a time of day as HH:MM");
        assertThatThrownBy(() -> parse(office + "backup.keep=0\n"))
                .hasMessageContaining("backup.keep must be between 1 and 365");
        assertThatThrownBy(() -> parse(office + "backup.keep=many\n"))
                .hasMessageContaining("backup.keep is not a number");
    }

    @Test
    void theContactPlanAndTheCommunicationDeadlinesAreOfficeDataWithTheShippedValuesWhenMissing() throws Exception {
        String office = """
                office.code=X
                office.name=X
                service.A.name.it=A
                service.A.name.en=A
                service.A.area=PERSONS
                """;
        OfficeRules shipped = parse(office).rules();
        assertThat(shipped.contactPlan()).isEqualTo(org.sportello.model.cases.ContactPlanRules.SHIPPED);
        assertThat(shipped.deadline(org.sportello.model.person.JobMovement.Kind.HIRING).days()).isEqualTo(-1);
        assertThat(shipped.deadline(org.sportello.model.person.JobMovement.Kind.TERMINATION).days()).isEqualTo(5);
        assertThat(shipped.deadlines()).hasSize(org.sportello.model.person.JobMovement.Kind.values().length);
        assertThat(OfficeSetupFile.demo().rules()).as("the demo file writes out the shipped values").isEqualTo(shipped);

        OfficeRules regional = parse(office + """
                plan.talks.required=8
                plan.talks.weeks=20
                plan.first-offer.young-below=25
                plan.first-offer.older-above=55
                plan.first-offer.months.outer=2
                plan.first-offer.months.middle=4
                communication.deadline.termination=10
                """).rules();
        assertThat(regional.contactPlan())
                .isEqualTo(new org.sportello.model.cases.ContactPlanRules(8, 20, 25, 55, 2, 4));
        assertThat(regional.deadline(org.sportello.model.person.JobMovement.Kind.TERMINATION).days()).isEqualTo(10);
        assertThat(regional.deadline(org.sportello.model.person.JobMovement.Kind.HIRING).days())
                .as("a kind the file does not name keeps its default").isEqualTo(-1);

        for (String[] line : new String[][] {
                {"plan.talks.weeks=0", "plan.talks.weeks 1 to 520"},
                {"plan.talks.required=-1", "plan.talks.required must be 0 to 520"},
                {"plan.first-offer.young-below=60", "young-below must be at most plan.first-offer.older-above"},
                {"plan.first-offer.months.middle=0", "must be 1 to 120 months"},
                {"communication.deadline.hiring=400", "communication.deadline.hiring must be between -366 and 366"},
                {"communication.deadline.extension=soon", "communication.deadline.extension is not a number"}}) {
            assertThatThrownBy(() -> parse(office + line[0] + "\n")).as(line[0])
                    .isInstanceOfSatisfying(SportelloException.class, e -> {
                        assertThat(e.problem()).isEqualTo(Problem.INVALID_SETUP);
                        assertThat(e.getMessage()).contains(line[1]);
                    });
        }
    }
}
