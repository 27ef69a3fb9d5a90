package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.server.storage.OfficeDatabase;

/**
 * Appointments that came with a dossier moved here from another office (ADR 36) on the command line: the citizen's
 * case shows them ({@code dossier show --json}), a supervisor lists the ones to rebook ({@code agenda list
 * --to-rebook}), {@code agenda rebook} books one again here and {@code agenda dismiss} drops one (ADR 40). The rows are put where the sync puts them (the sync
 * itself is {@code AppointmentSyncTest}'s).
 */
class MovedAppointmentCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CF = "NREANN85T50A944" + CodiceFiscale.checkCharacter("NREANN85T50A944");

    @TempDir
    Path home;
    CliRun operator;
    CliRun supervisor;
    UUID ahead = UUID.randomUUID();
    UUID missed = UUID.randomUUID();

    @BeforeEach
    void office() throws Exception {
        operator = new CliRun(home).env("SPORTELLO_USER", "mrossi").env("SPORTELLO_PASSWORD", "demo");
        supervisor = new CliRun(home).env("SPORTELLO_USER", "gverdi").env("SPORTELLO_PASSWORD", "demo");
        assertThat(operator.run("office", "init", "--demo", "--db", db()).exitCode()).isZero();
        CliRun.Result registered = operator.run("dossier", "register", CF, "--family-name", "Neri", "--given-names",
                "Anna", "--db", db());
        assertThat(registered.exitCode()).as(registered.toString()).isZero();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        try (OfficeDatabase database = OfficeDatabase.open(db());
             Connection c = database.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO moved_appointment (id, person_id, tax_code,"
                     + " booked_at_code, with_login, with_name, kind, starts_at, ends_at, status, bring, central_version,"
                     + " to_rebook, received_at) SELECT ?, id, tax_code, 'RM01', 'fneri', 'Franca Neri', ?, ?, ?, ?,"
                     + " 'Curriculum', 1, ?, ? FROM person")) {
            insert(ps, ahead, "ORIENTATION_INTERVIEW", now.plusDays(3), "TO_BE_REBOOKED", true, now);
            insert(ps, missed, "CASE_MANAGER_TALK", now.minusDays(3), "NO_SHOW", false, now);
        }
    }

    private static void insert(PreparedStatement ps, UUID id, String kind, OffsetDateTime at, String status,
                               boolean toRebook, OffsetDateTime now) throws Exception {
        ps.setObject(1, id);
        ps.setString(2, kind);
        ps.setObject(3, at);
        ps.setObject(4, at.plusMinutes(30));
        ps.setString(5, status);
        ps.setBoolean(6, toRebook);
        ps.setObject(7, now);
        assertThat(ps.executeUpdate()).isEqualTo(1);
    }

    private String db() {
        return OfficeDatabase.fileUrl(home.resolve("office-data"));
    }

    @Test
    void theCaseShowsThemAndASupervisorListsAndRebooksTheFutureOne() throws Exception {
        CliRun.Result shown = operator.run("dossier", "show", CF, "--json", "--db", db());
        assertThat(shown.exitCode()).as(shown.toString()).isZero();
        JsonNode moved = JSON.readTree(shown.out()).get("movedAppointments");
        assertThat(moved).hasSize(2);
        assertThat(moved.get(0).get("id").asText()).isEqualTo(missed.toString());
        assertThat(moved.get(0).get("status").asText()).isEqualTo("NO_SHOW");
        assertThat(moved.get(1).get("status").asText()).isEqualTo("TO_BE_REBOOKED");
        assertThat(moved.get(1).get("bookedAtOffice").asText()).isEqualTo("RM01");

        CliRun.Result refused = operator.run("agenda", "list", "--to-rebook", "--db", db());
        assertThat(refused.exitCode()).as("supervisors only").isEqualTo(ExitCode.REFUSED.code());
        JsonNode listed = toRebook();
        assertThat(listed).singleElement().satisfies(a -> {
            assertThat(a.get("id").asText()).isEqualTo(ahead.toString());
            assertThat(a.get("cf").asText()).isEqualTo(CF);
            assertThat(a.get("withName").asText()).isEqualTo("Franca Neri");
            assertThat(a.get("kind").asText()).isEqualTo("ORIENTATION_INTERVIEW");
        });
        CliRun.Result lines = supervisor.run("agenda", "list", "--to-rebook", "--db", db());
        assertThat(lines.out()).contains(ahead.toString(), "RM01", "Franca Neri", CF).hasLineCount(1);

        CliRun.Result history = supervisor.run("agenda", "rebook", missed.toString(), "--with", "mrossi", "--db", db());
        assertThat(history.exitCode()).as("history is not rebooked").isEqualTo(ExitCode.REFUSED.code());
        CliRun.Result rebooked = supervisor.run("agenda", "rebook", ahead.toString(), "--with", "mrossi", "--db", db());
        assertThat(rebooked.exitCode()).as(rebooked.toString()).isZero();
        assertThat(rebooked.out()).contains("Maria Rossi", CF);
        assertThat(toRebook()).isEmpty();
        JsonNode after = JSON.readTree(operator.run("dossier", "show", CF, "--json", "--db", db()).out())
                .get("movedAppointments").get(1);
        assertThat(after.get("status").asText()).isEqualTo("REBOOKED");
        String newId = after.get("rebookedTo").asText();
        assertThat(rebooked.out()).contains(newId);
        assertThat(supervisor.run("agenda", "rebook", ahead.toString(), "--db", db()).exitCode())
                .as("only once").isEqualTo(ExitCode.REFUSED.code());
    }

    @Test
    void anAppointmentBookedHereNeedsItsNewTimeAndBadIdsArePlainRefusals() {
        CliRun.Result booked = operator.run("agenda", "book", "--cf", CF, "--with", "mrossi", "--db", db());
        assertThat(booked.exitCode()).as(booked.toString()).isZero();
        String id = booked.out().split("\\s+")[1].replace(":", "");
        CliRun.Result noTime = operator.run("agenda", "rebook", id, "--db", db());
        assertThat(noTime.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(noTime.err()).contains("--at").doesNotContain("Exception");
        CliRun.Result unknown = operator.run("agenda", "rebook", UUID.randomUUID().toString(), "--db", db());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.REFUSED.code());
        assertThat(unknown.err()).hasLineCount(1).doesNotContain("Exception");
        assertThat(operator.run("agenda", "rebook", "nope", "--db", db()).exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(supervisor.run("agenda", "list", "--to-rebook", "--day", LocalDate.now().toString(), "--db", db())
                .exitCode()).isEqualTo(ExitCode.USAGE.code());
    }

    @Test
    void aSupervisorDismissesOneTheCitizenNoLongerNeedsItLeavesTheListAndStaysInTheFile() throws Exception {
        CliRun.Result byOperator = operator.run("agenda", "dismiss", ahead.toString(), "--reason", "trovato lavoro",
                "--db", db());
        assertThat(byOperator.exitCode()).as("supervisors only: " + byOperator).isEqualTo(ExitCode.REFUSED.code());
        assertThat(byOperator.err()).hasLineCount(1).doesNotContain("Exception");
        CliRun.Result noReason = supervisor.run("agenda", "dismiss", ahead.toString(), "--reason", " ", "--db", db());
        assertThat(noReason.exitCode()).as(noReason.toString()).isEqualTo(ExitCode.REFUSED.code());
        assertThat(noReason.err()).hasLineCount(1).doesNotContain("problem.");
        assertThat(supervisor.run("agenda", "dismiss", ahead.toString(), "--db", db()).exitCode())
                .as("--reason is required").isEqualTo(ExitCode.USAGE.code());
        CliRun.Result history = supervisor.run("agenda", "dismiss", missed.toString(), "--reason", "x", "--db", db());
        assertThat(history.exitCode()).as("history is not waiting").isEqualTo(ExitCode.REFUSED.code());
        assertThat(toRebook()).hasSize(1);

        CliRun.Result dismissed = supervisor.run("agenda", "dismiss", ahead.toString(), "--reason", "trovato lavoro",
                "--db", db());
        assertThat(dismissed.exitCode()).as(dismissed.toString()).isZero();
        assertThat(dismissed.out()).contains(ahead.toString(), CF, "trovato lavoro");
        assertThat(toRebook()).as("gone from the list").isEmpty();
        JsonNode kept = JSON.readTree(operator.run("dossier", "show", CF, "--json", "--db", db()).out())
                .get("movedAppointments").get(1);
        assertThat(kept.get("id").asText()).as("never deleted").isEqualTo(ahead.toString());
        assertThat(kept.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(kept.get("dismissedBy").asText()).isEqualTo("gverdi");
        assertThat(kept.get("dismissReason").asText()).isEqualTo("trovato lavoro");
        assertThat(supervisor.run("agenda", "dismiss", ahead.toString(), "--reason", "again", "--db", db()).exitCode())
                .as("only once").isEqualTo(ExitCode.REFUSED.code());
        assertThat(supervisor.run("agenda", "rebook", ahead.toString(), "--with", "mrossi", "--db", db()).exitCode())
                .as("a dismissed one is not rebooked").isEqualTo(ExitCode.REFUSED.code());
    }

    private JsonNode toRebook() throws Exception {
        CliRun.Result r = supervisor.run("agenda", "list", "--to-rebook", "--json", "--db", db());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        return JSON.readTree(r.out()).get("toRebook");
    }
}
