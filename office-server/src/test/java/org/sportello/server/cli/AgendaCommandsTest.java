package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.server.agenda.NoShowSweep;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;

/**
 * {@code sportello agenda book | list | cancel} and {@code queue checkin} on a real office database (the demo
 * office), logged in as mrossi (SPORTELLO_USER and SPORTELLO_PASSWORD), with the machine's real clock.
 */
class AgendaCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CF = "NREANN85T50A944" + CodiceFiscale.checkCharacter("NREANN85T50A944");

    @TempDir
    Path home;
    CliRun cli;

    @BeforeEach
    void office() {
        cli = new CliRun(home).env("SPORTELLO_USER", "mrossi").env("SPORTELLO_PASSWORD", "demo");
        assertThat(cli.run("office", "init", "--demo", "--db", db()).exitCode()).isZero();
        CliRun.Result registered = cli.run("dossier", "register", CF, "--family-name", "Neri", "--given-names", "Anna",
                "--db", db());
        assertThat(registered.exitCode()).as(registered.toString()).isZero();
    }

    private String db() {
        return OfficeDatabase.fileUrl(home.resolve("office-data"));
    }

    @Test
    void bookingWithoutATimeTakesTheRulesFirstSlotWhichListsAndCancels() throws Exception {
        CliRun.Result booked = cli.run("agenda", "book", "--cf", CF, "--with", "mrossi", "--db", db());
        assertThat(booked.exitCode()).as(booked.toString()).isZero();
        assertThat(booked.out()).contains(CF, "Maria Rossi").hasLineCount(2);
        String id = booked.out().split("\\s+")[1].replace(":", "");
        UUID appointment = UUID.fromString(id);

        JsonNode listed = list(null);
        JsonNode one = listed.get("appointments").get(0);
        assertThat(one.get("id").asText()).isEqualTo(appointment.toString());
        assertThat(one.get("cf").asText()).isEqualTo(CF);
        assertThat(one.get("status").asText()).isEqualTo("BOOKED");
        assertThat(one.get("kind").asText()).isEqualTo("CASE_MANAGER_TALK");
        String at = Instant.parse(one.get("startsAt").asText()).atZone(AgendaCommand.zone()).toLocalDateTime()
                .toString();

        CliRun.Result again = cli.run("agenda", "book", "--cf", CF, "--with", "mrossi", "--at", at, "--db", db());
        assertThat(again.exitCode()).as("the slot is taken").isEqualTo(ExitCode.REFUSED.code());
        assertThat(again.err()).hasLineCount(1);

        CliRun.Result cancelled = cli.run("agenda", "cancel", id, "--reason", "called", "--db", db());
        assertThat(cancelled.exitCode()).as(cancelled.toString()).isZero();
        assertThat(cancelled.out()).contains(id);
        assertThat(list(null).get("appointments").get(0).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cli.run("agenda", "cancel", id, "--db", db()).exitCode()).isEqualTo(ExitCode.REFUSED.code());

        CliRun.Result rebooked = cli.run("agenda", "book", "--cf", CF, "--with", "mrossi", "--at", at, "--db", db());
        assertThat(rebooked.exitCode()).as("a cancelled slot is free again: " + rebooked).isZero();
    }

    @Test
    void aSupervisorShowsAndSetsACalendarAnOperatorIsRefusedAndAStrandingEditNamesTheAppointment() {
        CliRun.Result shown = cli.run("agenda", "calendar", "show", "mrossi", "--db", db());
        assertThat(shown.exitCode()).as(shown.toString()).isZero();
        assertThat(shown.out()).contains("Maria Rossi (mrossi)", "CASE_MANAGER_TALK", "30");

        CliRun.Result operator = cli.run("agenda", "calendar", "set", "mrossi", "--hours", "mon 09:00-13:00",
                "--db", db());
        assertThat(operator.exitCode()).as("an operator may not: " + operator).isEqualTo(ExitCode.REFUSED.code());
        assertThat(operator.err()).hasLineCount(1).doesNotContain("Exception");

        CliRun boss = new CliRun(home).env("SPORTELLO_USER", "gverdi").env("SPORTELLO_PASSWORD", "demo");
        CliRun.Result set = boss.run("agenda", "calendar", "set", "mrossi", "--hours",
                "mon 09:00-13:00,14:00-17:00;tue 09:00-13:00;wed 09:00-13:00;thu 09:00-13:00;fri 09:00-13:00",
                "--slot", "CASE_MANAGER_TALK=45", "--absence", "2030-12-24..2030-12-31=ferie", "--db", db());
        assertThat(set.exitCode()).as(set.toString()).isZero();
        assertThat(set.out()).contains("MON 09:00-13:00 14:00-17:00; TUE 09:00-13:00", "CASE_MANAGER_TALK: 45",
                "2030-12-24T00:00 .. 2031-01-01T00:00 ferie");
        assertThat(boss.run("agenda", "calendar", "show", "mrossi", "--db", db()).out())
                .contains("CASE_MANAGER_TALK: 45", "ferie");

        CliRun.Result past = boss.run("agenda", "calendar", "set", "mrossi", "--absence", "2020-01-01..2020-01-02",
                "--db", db());
        assertThat(past.exitCode()).as(past.toString()).isEqualTo(ExitCode.REFUSED.code());
        for (String[] bad : List.of(new String[] {"--absence", "domani"}, new String[] {"--hours", "mon 13:00-09:00"},
                new String[] {"--slot", "CASE_MANAGER_TALK=2"}, new String[] {"--room", "Aula 1"})) {
            CliRun.Result r = boss.run("agenda", "calendar", "set", "mrossi", bad[0], bad[1], "--db", db());
            assertThat(r.exitCode()).as(String.join(" ", bad) + ": " + r).isEqualTo(ExitCode.USAGE.code());
            assertThat(r.err()).doesNotContain("Exception");
        }

        // A booked appointment (the rule's first slot, Monday to Friday) strands under Saturday-only hours.
        assertThat(cli.run("agenda", "book", "--cf", CF, "--with", "mrossi", "--db", db()).exitCode()).isZero();
        CliRun.Result strands = boss.run("agenda", "calendar", "set", "mrossi", "--hours", "sat 09:00-10:00",
                "--db", db());
        assertThat(strands.exitCode()).as(strands.toString()).isEqualTo(ExitCode.REFUSED.code());
        assertThat(strands.err()).hasLineCount(1).contains(CF);
        assertThat(boss.run("agenda", "calendar", "show", "mrossi", "--db", db()).out()).contains("MON 09:00-13:00");
    }

    @Test
    void aSupervisorOpensAWorkshopAndAnOperatorsCalendarAndBadValuesAreRefusedInOneLine() {
        CliRun.Result operator = cli.run("agenda", "calendar", "create", "lab-cv", "--name", "Laboratorio CV",
                "--room", "Aula 2", "--seats", "12", "--db", db());
        assertThat(operator.exitCode()).as("an operator may not: " + operator).isEqualTo(ExitCode.REFUSED.code());

        CliRun boss = new CliRun(home).env("SPORTELLO_USER", "gverdi").env("SPORTELLO_PASSWORD", "demo");
        CliRun.Result lab = boss.run("agenda", "calendar", "create", "lab-cv", "--name", "Laboratorio CV",
                "--room", "Aula 2", "--seats", "12", "--hours", "tue 14:00-17:00", "--slot", "WORKSHOP=90", "--db", db());
        assertThat(lab.exitCode()).as(lab.toString()).isZero();
        assertThat(lab.out()).contains("Laboratorio CV (lab-cv)", "TUE 14:00-17:00", "WORKSHOP: 90", "Aula 2", "12");
        CliRun.Result person = boss.run("agenda", "calendar", "create", "lbianchi", "--hours",
                "mon 09:00-13:00,14:00-16:00", "--db", db());
        assertThat(person.exitCode()).as(person.toString()).isZero();
        assertThat(person.out()).contains("(lbianchi)", "MON 09:00-13:00 14:00-16:00");
        assertThat(boss.run("agenda", "calendar", "show", "lab-cv", "--db", db()).out()).contains("WORKSHOP: 90");

        for (List<String> bad : List.of(List.of("lbianchi"), List.of("nessuno"),
                List.of("lab-2", "--name", "Altro", "--room", "Aula 3", "--seats", "0"),
                List.of("lab-2", "--name", "laboratorio cv", "--room", "Aula 3", "--seats", "4"),
                List.of("lab-2", "--name", "Altro", "--room", "Aula 3", "--seats", "4", "--hours", "lun mattina"))) {
            List<String> args = new java.util.ArrayList<>(List.of("agenda", "calendar", "create"));
            args.addAll(bad);
            args.addAll(List.of("--db", db()));
            CliRun.Result r = boss.run(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(bad + ": " + r).isEqualTo(ExitCode.REFUSED.code());
            assertThat(r.err()).as(bad.toString()).hasLineCount(1).doesNotContain("Exception", "problem.");
        }
        CliRun.Result notANumber = boss.run("agenda", "calendar", "create", "lab-2", "--seats", "molti", "--db", db());
        assertThat(notANumber.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(notANumber.err()).doesNotContain("Exception");
    }

    @Test
    void badInputIsAUsageErrorWithAPlainMessage() {
        assertThat(cli.run("agenda", "book", "--cf", CF, "--with", "mrossi", "--at", "domani", "--db", db())
                .exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(cli.run("agenda", "book", "--cf", "XYZ", "--with", "mrossi", "--db", db()).exitCode())
                .isEqualTo(ExitCode.USAGE.code());
        assertThat(cli.run("agenda", "list", "--day", "31/12/2026", "--db", db()).exitCode())
                .isEqualTo(ExitCode.USAGE.code());
        assertThat(cli.run("agenda", "cancel", "not-an-id", "--db", db()).exitCode()).isEqualTo(ExitCode.USAGE.code());
        CliRun.Result unknown = cli.run("agenda", "cancel", UUID.randomUUID().toString(), "--db", db());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.REFUSED.code());
        assertThat(unknown.err()).hasLineCount(1).doesNotContain("Exception");
        CliRun.Result both = cli.run("queue", "checkin", "--code", "x", "--cf", CF, "--db", db());
        assertThat(both.exitCode()).isEqualTo(ExitCode.USAGE.code());
        CliRun.Result none = cli.run("queue", "checkin", "--db", db());
        assertThat(none.exitCode()).isEqualTo(ExitCode.USAGE.code());
        CliRun.Result forged = cli.run("queue", "checkin", "--code", "SPORTELLO-not-a-seal", "--lang", "en", "--db", db());
        assertThat(forged.exitCode()).isEqualTo(ExitCode.REFUSED.code());
        assertThat(forged.err()).hasLineCount(1).doesNotContain("Exception");
    }

    @Test
    void checkInByCardOnTimePrintsTheAppointmentTicketAndWhoCallsIt() throws Exception {
        // Booked on a Monday two weeks ahead: the rule's first slot could be minutes from now on the wall clock,
        // which would make the "another day" check-in below an on-time one.
        java.time.LocalDate monday = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Rome")).plusWeeks(2)
                .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
        CliRun.Result booked = cli.run("agenda", "book", "--cf", CF, "--with", "mrossi", "--at", monday + "T10:00",
                "--db", db());
        assertThat(booked.exitCode()).as(booked.toString()).isZero();
        UUID appointment = UUID.fromString(booked.out().split("\\s+")[1].replace(":", ""));

        CliRun.Result otherDay = cli.run("queue", "checkin", "--cf", CF, "--lang", "en", "--db", db());
        assertThat(otherDay.exitCode()).as(otherDay.toString()).isZero();
        assertThat(otherDay.out()).contains("Walk-in ticket E");

        // The booked slot is in the future; move it to start in five minutes, so now is within the check-in window.
        Instant start = Instant.now().plus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
        try (OfficeDatabase database = OfficeDatabase.open(db());
             Connection c = database.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE appointment SET starts_at = ?, ends_at = ? WHERE id = ?")) {
            ps.setObject(1, OffsetDateTime.ofInstant(start, ZoneOffset.UTC));
            ps.setObject(2, OffsetDateTime.ofInstant(start.plus(30, ChronoUnit.MINUTES), ZoneOffset.UTC));
            ps.setObject(3, appointment);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        CliRun.Result onTime = cli.run("queue", "checkin", "--cf", CF, "--lang", "en", "--db", db());
        assertThat(onTime.exitCode()).as(onTime.toString()).isZero();
        assertThat(onTime.out()).startsWith("Ticket E").contains("with Maria Rossi",
                "Maria Rossi is not at a counter yet");
        JsonNode listed = list(LocalDate.ofInstant(start, AgendaCommand.zone()));
        assertThat(listed.get("appointments").get(0).get("status").asText()).isEqualTo("CHECKED_IN");
        assertThat(onTime.out()).contains(listed.get("appointments").get(0).get("ticket").asText());
    }

    @Test
    void aMissedAppointmentShowsInTheCitizensCaseAsJson() throws Exception {
        CliRun.Result booked = cli.run("agenda", "book", "--cf", CF, "--with", "mrossi", "--db", db());
        assertThat(booked.exitCode()).as(booked.toString()).isZero();
        UUID appointment = UUID.fromString(booked.out().split("\\s+")[1].replace(":", ""));
        Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        try (OfficeConnection office = OfficeConnection.open(db())) {
            try (Connection c = office.database().dataSource().getConnection();
                 PreparedStatement ps = c.prepareStatement("UPDATE appointment SET starts_at = ?, ends_at = ?"
                         + " WHERE id = ?")) {
                ps.setObject(1, OffsetDateTime.ofInstant(start, ZoneOffset.UTC));
                ps.setObject(2, OffsetDateTime.ofInstant(start.plus(30, ChronoUnit.MINUTES), ZoneOffset.UTC));
                ps.setObject(3, appointment);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            assertThat(new NoShowSweep(office.agenda(), Clock.systemUTC()).runOnce()).isEqualTo(1);
        }
        CliRun.Result shown = cli.run("dossier", "show", CF, "--json", "--db", db());
        assertThat(shown.exitCode()).as(shown.toString()).isZero();
        assertThat(JSON.readTree(shown.out()).get("noShows")).singleElement().satisfies(n -> {
            assertThat(n.get("appointment").asText()).isEqualTo(appointment.toString());
            assertThat(n.get("with").asText()).isEqualTo("mrossi");
        });
    }

    private JsonNode list(LocalDate day) throws Exception {
        CliRun.Result r = day == null
                ? cli.run("agenda", "list", "--day", firstBookedDay(), "--json", "--db", db())
                : cli.run("agenda", "list", "--day", day.toString(), "--json", "--db", db());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        return JSON.readTree(r.out());
    }

    /** The day of the earliest appointment, found through the database: the rule picked it from today's clock. */
    private String firstBookedDay() throws Exception {
        try (OfficeDatabase database = OfficeDatabase.open(db());
             Connection c = database.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT MIN(starts_at) FROM appointment");
             var rs = ps.executeQuery()) {
            rs.next();
            return LocalDate.ofInstant(rs.getObject(1, OffsetDateTime.class).toInstant(), AgendaCommand.zone())
                    .toString();
        }
    }
}
