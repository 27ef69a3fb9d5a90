package org.sportello.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sportello.server.storage.schema.Tables.OPERATOR_BADGE;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.events.EventType;
import org.sportello.model.events.OfficeEvent;
import org.sportello.server.testing.TestOffice;

/** Badge enrolment and badge log-in on a real H2 office file. */
class BadgeLoginTest {
    @TempDir
    Path dir;
    TestOffice office;

    @BeforeEach
    void open() {
        office = TestOffice.embedded(dir);
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void anEnrolledBadgeLogsItsOperatorInWhicheverWayTheReaderSeparatesTheBytes() {
        var enrolled = office.connection().badges().enrol("MRossi", "04:a1:b2:c3:d4:e5:f6");
        assertThat(enrolled.login()).isEqualTo("mrossi");

        var session = office.connection().auth().loginWithBadge("04A1B2C3D4E5F6");
        assertThat(session.login()).isEqualTo("mrossi");
        assertThat(office.connection().auth().loginWithBadge(" 04-a1-b2-c3-d4-e5-f6 ").login()).isEqualTo("mrossi");
    }

    @Test
    void theBadgeIsStoredOnlyAsAKeyedDigest() {
        office.connection().badges().enrol("mrossi", "0012345678");
        List<String> stored = office.connection().database().dsl().select(OPERATOR_BADGE.BADGE_HASH)
                .from(OPERATOR_BADGE).fetch(OPERATOR_BADGE.BADGE_HASH);
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst()).hasSize(64).doesNotContain("12345678").matches("[0-9a-f]{64}");
        // Keyed: a plain SHA-256 of the number is not what is stored.
        assertThat(stored.getFirst()).isNotEqualTo(sha256("0012345678"));
    }

    @Test
    void anUnknownBadgeIsRefusedClearlyAndLoggedWithoutItsNumber() {
        office.connection().badges().enrol("mrossi", "AABBCCDD");
        assertThatThrownBy(() -> office.connection().auth().loginWithBadge("DEADBEEF"))
                .isInstanceOfSatisfying(SportelloException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.BADGE_UNKNOWN);
                    assertThat(e.localizedMessage(java.util.Locale.ITALIAN)).contains("badge non è associato");
                });
        assertThatThrownBy(() -> office.connection().auth().loginWithBadge("not a badge!"))
                .isInstanceOfSatisfying(SportelloException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.BADGE_UNKNOWN));
        List<OfficeEvent> failed = office.connection().events().after(0, 1000).stream()
                .filter(e -> e.type() == EventType.LOGIN_FAILED).toList();
        assertThat(failed).hasSize(2).allSatisfy(e -> assertThat(e.detail()).isEqualTo("(badge)"));
    }

    @Test
    void aBadgeBelongsToOneOperatorAndCanBeRevoked() {
        office.connection().badges().enrol("mrossi", "AABBCCDD");
        assertThatThrownBy(() -> office.connection().badges().enrol("lbianchi", "aa:bb:cc:dd"))
                .isInstanceOfSatisfying(SportelloException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.BADGE_TAKEN);
                    assertThat(e.getMessage()).contains("mrossi");
                });
        assertThat(office.connection().badges().list()).extracting(b -> b.login()).containsExactly("mrossi");

        assertThat(office.connection().badges().revoke("AABBCCDD")).isTrue();
        assertThat(office.connection().badges().revoke("AABBCCDD")).isFalse();
        assertThatThrownBy(() -> office.connection().auth().loginWithBadge("AABBCCDD"))
                .isInstanceOf(SportelloException.class);
        assertThat(office.connection().events().after(0, 1000)).extracting(OfficeEvent::type)
                .contains(EventType.BADGE_ENROLLED, EventType.BADGE_REVOKED);
    }

    @Test
    void enrollingForAnUnknownOperatorSaysWho() {
        assertThatThrownBy(() -> office.connection().badges().enrol("nobody", "AABBCCDD"))
                .isInstanceOfSatisfying(SportelloException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_OPERATOR);
                    assertThat(e.getMessage()).contains("nobody");
                });
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
