package org.sportello.operator.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.queue.QueueService;
import org.sportello.server.testing.TestOffice;
import org.sportello.link.InProcessOffice;

/**
 * The supervisor's central-sync panel on a real demo office in an H2 file. The office server's sync
 * writes its state into sync_cursor after every round; here the test writes what a round would have
 * written, since the desk reads nothing else.
 */
class SyncPanelScreenTest extends ScreenTest {
    @TempDir
    Path dir;
    TestOffice office;
    QueueService queue;

    @BeforeEach
    void open() throws Exception {
        office = TestOffice.embedded(dir);
        queue = office.connection().queue();
        openWindow(InProcessOffice.link(office.connection()), office.clock());
    }

    @AfterEach
    void closeOffice() throws Exception {
        closeWindow();
        stage = null;
        office.close();
    }

    @Test
    void aSupervisorSeesTheLinkDownWithItsBacklogThenBackUp() throws SQLException {
        Instant now = office.clock().instant();
        // Synced up to the first ticket's event at 09:50, then the link went down.
        issue(queue, "A");
        pushState(1, now.minus(Duration.ofMinutes(10)), now.minusSeconds(4),
                "central cannot be reached: Connection to central.example:5432 refused.", "UNREACHABLE",
                "UNREACHABLE", 2);
        issue(queue, "B");
        issue(queue, "C");
        issue(queue, "A");

        logInWithKeyboard("gverdi", "demo", 2);
        awaitDesk();
        until("sync panel read", () -> showing("#syncPanel") && !text("#syncBacklog").isEmpty());
        assertThat(text("#syncLink")).startsWith("Sede centrale non raggiungibile");
        // Three tickets, the supervisor's login and her counter opening: all in the office log, none on central.
        assertThat(text("#syncBacklog")).isEqualTo("Da inviare: 5 eventi");
        assertThat(text("#syncLast")).isEqualTo("Ultima sincronizzazione: 24/11/26, 09:50:00");
        assertThat(text("#syncError")).as("the error in the desk's language").isEqualTo(
                "Ultimo errore: la sede centrale non risponde (rete o server spenti); nuovo tentativo automatico");
        assertThat(text("#syncDetail")).as("the server's message, for the technician").isEqualTo(
                "Dettaglio tecnico: central cannot be reached: Connection to central.example:5432 refused.");
        assertThat(text("#syncReviews")).isEqualTo("In revisione: 2");
        assertThat(fx(() -> robot.lookup("#syncReviews").query().getStyleClass())).contains("attention");
        assertNothingCutInTheQueueTables();
        assertThat(fx(() -> robot.lookup("#syncLink").query().getStyleClass())).contains("trouble");
        screenshot("20-desk-supervisor-sync-down");

        dossierChanged();
        pushState(lastEventId(), now.plusSeconds(1), now.plusSeconds(1), null, null, null, 0);
        office.clock().advance(Duration.ofSeconds(2));
        until("panel shows the link back", 15, () -> text("#syncLink").startsWith("Collegato"));
        assertThat(text("#syncBacklog")).isEqualTo("Da inviare: 0 eventi");
        assertThat(showing("#syncError")).isFalse();
        assertThat(showing("#syncDetail")).isFalse();
        assertThat(text("#syncReviews")).isEqualTo("In revisione: 0");
        assertThat(fx(() -> robot.lookup("#syncLink").query().getStyleClass())).contains("ok");
        assertThat(fx(() -> robot.lookup("#activity").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .flatMap(n -> robot.from(n).lookup(".label").queryAll().stream())
                .map(l -> ((javafx.scene.control.Labeled) l).getText()).toList()))
                .as("a dossier change is no counter activity").noneMatch(t -> t.contains("!"));
        screenshot("21-desk-supervisor-sync-up");
    }

    @Test
    void anOperatorHasNoSyncPanel() {
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();
        assertThat(showing("#syncPanel")).isFalse();
    }

    /** What the office server writes when a citizen's dossier changes (ADR 18). */
    private void dossierChanged() throws SQLException {
        try (Connection c = office.connection().database().dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO office_event (event_id, office_id, occurred_at,"
                     + " type, detail) VALUES (RANDOM_UUID(), (SELECT id FROM office), ?, 'DOSSIER_CHANGED', ?)")) {
            ps.setObject(1, office.clock().instant().atOffset(ZoneOffset.UTC));
            ps.setString(2, java.util.UUID.randomUUID().toString());
            ps.executeUpdate();
        }
    }

    private long lastEventId() throws SQLException {
        try (Connection c = office.connection().database().dataSource().getConnection();
             var rs = c.createStatement().executeQuery("SELECT MAX(id) FROM office_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * With the supervisor's panel in the column, the queue tables still show whole headings and service
     * names (the recent-activity list gives way): no label of theirs is cut with an ellipsis.
     */
    private void assertNothingCutInTheQueueTables() {
        for (String table : new String[] {"#servicesTable", "#countersTable"}) {
            java.util.List<String> cut = fx(() -> robot.lookup(table).queryAs(javafx.scene.Parent.class)
                    .getChildrenUnmodifiable().stream()
                    .filter(n -> n instanceof javafx.scene.control.Labeled)
                    .map(n -> (javafx.scene.control.Labeled) n)
                    .filter(l -> l.lookup(".text") instanceof javafx.scene.text.Text t && !t.getText().equals(l.getText()))
                    .map(javafx.scene.control.Labeled::getText).toList());
            assertThat(cut).as("labels cut short in %s", table).isEmpty();
        }
    }

    /** What the office server writes into the push stream's row after a round. */
    private void pushState(long confirmedEventId, Instant lastSuccess, Instant lastAttempt, String error,
                           String problem, String fault, Integer openReviews) throws SQLException {
        try (Connection c = office.connection().database().dataSource().getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO sync_cursor (stream, cursor_mark, rows_synced,"
                    + " last_attempt_at, last_success_at, last_error, last_problem, last_fault, open_reviews) KEY (stream)"
                    + " VALUES ('push', ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, confirmedEventId);
                ps.setLong(2, confirmedEventId);
                ps.setObject(3, lastAttempt.atOffset(ZoneOffset.UTC));
                ps.setObject(4, lastSuccess.atOffset(ZoneOffset.UTC));
                ps.setString(5, error);
                ps.setString(6, problem);
                ps.setString(7, fault);
                ps.setObject(8, openReviews);
                ps.executeUpdate();
            }
        }
    }
}
