package org.sportello.model.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;
import org.sportello.server.testing.TestOffice;

/** The sync state the supervisor's panel reads, from a real H2 office database. */
class SyncHealthTest {
    @TempDir
    Path dir;

    @Test
    void onlySupervisorsAndAdminsMayReadIt() {
        try (TestOffice office = TestOffice.embedded(dir)) {
            SyncHealthService health = office.connection().syncHealth();
            assertThatThrownBy(() -> health.read(office.login("mrossi")))
                    .isInstanceOfSatisfying(SportelloException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.ACCESS_DENIED));
            assertThat(health.read(office.login("gverdi")).link()).isEqualTo(LinkState.NEVER_SYNCED);
            assertThat(health.read(office.login("admin")).link()).isEqualTo(LinkState.NEVER_SYNCED);
        }
    }

    @Test
    void backlogAndLinkFollowWhatTheSyncWrote() throws Exception {
        try (TestOffice office = TestOffice.embedded(dir)) {
            for (int i = 0; i < 4; i++) {
                office.connection().queue().issue(new IssueRequest("A", PriorityClass.STANDARD, "it",
                        UUID.randomUUID().toString()));
            }
            Instant now = office.clock().instant();
            var supervisor = office.login("gverdi");
            // gverdi's login is an event too: 5 in the log, none confirmed.
            assertThat(office.connection().syncHealth().read(supervisor).backlog()).isEqualTo(5);

            write(office, 2, now.minusSeconds(30), now.minusSeconds(2), "central cannot be reached: refused",
                    "UNREACHABLE");
            SyncHealth down = office.connection().syncHealth().read(supervisor);
            assertThat(down.link()).isEqualTo(LinkState.DOWN);
            assertThat(down.backlog()).isEqualTo(3);
            assertThat(down.lastError()).contains("cannot be reached");
            assertThat(down.lastSuccess()).isEqualTo(now.minusSeconds(30));

            write(office, 5, now, now, null, null);
            assertThat(office.connection().syncHealth().read(supervisor))
                    .extracting(SyncHealth::link, SyncHealth::backlog).containsExactly(LinkState.UP, 0L);

            office.clock().advance(LinkState.IDLE_AFTER.plus(Duration.ofSeconds(1)));
            assertThat(office.connection().syncHealth().read(supervisor).link()).as("nobody tried for minutes")
                    .isEqualTo(LinkState.IDLE);
        }
    }

    @Test
    void linkStatesFromTheLastAttempt() {
        Instant now = Instant.parse("2026-11-24T09:00:00Z");
        assertThat(LinkState.of(null, null, now)).isEqualTo(LinkState.NEVER_SYNCED);
        assertThat(LinkState.of(now, null, now)).isEqualTo(LinkState.UP);
        assertThat(LinkState.of(now, "UNREACHABLE", now)).isEqualTo(LinkState.DOWN);
        assertThat(LinkState.of(now, "REFUSED", now)).isEqualTo(LinkState.REFUSED);
        assertThat(LinkState.of(now, "FAILED", now)).isEqualTo(LinkState.FAILED);
        assertThat(LinkState.of(now.minus(Duration.ofMinutes(4)), null, now)).isEqualTo(LinkState.IDLE);
        assertThat(LinkState.DOWN.isTrouble()).isTrue();
        assertThat(LinkState.UP.isTrouble()).isFalse();
    }

    @Test
    void theFaultAndTheOpenReviewsAreReadBackAndAnOlderServersRowStillGetsAFault() throws Exception {
        try (TestOffice office = TestOffice.embedded(dir)) {
            var supervisor = office.login("gverdi");
            Instant now = office.clock().instant();
            write(office, 0, now, now, "central refused: office BO01 is on schema version 9, newer than central"
                    + " accepts", "REFUSED");
            SyncHealth older = office.connection().syncHealth().read(supervisor);
            assertThat(older.fault()).as("no last_fault (written by an older server)").isEqualTo(SyncFault.FAILED);
            assertThat(older.openReviews()).as("not asked yet").isNull();

            try (Connection c = office.connection().database().dataSource().getConnection();
                 PreparedStatement ps = c.prepareStatement("UPDATE sync_cursor SET last_fault = 'VERSION_MISMATCH',"
                         + " open_reviews = 3 WHERE stream = 'push'")) {
                ps.executeUpdate();
            }
            SyncHealth refused = office.connection().syncHealth().read(supervisor);
            assertThat(refused).extracting(SyncHealth::link, SyncHealth::fault, SyncHealth::openReviews)
                    .containsExactly(LinkState.REFUSED, SyncFault.VERSION_MISMATCH, 3);

            write(office, 0, now, now, null, null);
            assertThat(office.connection().syncHealth().read(supervisor).fault()).as("after a success").isNull();
        }
        assertThat(SyncFault.of(null, "UNREACHABLE")).isEqualTo(SyncFault.UNREACHABLE);
        assertThat(SyncFault.of("SOMETHING_NEWER", "REFUSED")).isEqualTo(SyncFault.FAILED);
    }

    private static void write(TestOffice office, long cursor, Instant success, Instant attempt, String error,
                              String problem) throws Exception {
        try (Connection c = office.connection().database().dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("MERGE INTO sync_cursor (stream, cursor_mark, last_attempt_at,"
                     + " last_success_at, last_error, last_problem) KEY (stream) VALUES ('push', ?, ?, ?, ?, ?)")) {
            ps.setLong(1, cursor);
            ps.setObject(2, attempt.atOffset(ZoneOffset.UTC));
            ps.setObject(3, success.atOffset(ZoneOffset.UTC));
            ps.setString(4, error);
            ps.setString(5, problem);
            ps.executeUpdate();
        }
    }
}
