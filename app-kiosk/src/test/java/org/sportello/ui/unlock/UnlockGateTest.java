package org.sportello.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.auth.PasswordHasher;
import org.sportello.model.testing.MutableClock;

/** The technician's unlock of a locked kiosk or display: the key sequence, the password, the lock-out. */
class UnlockGateTest {
    private final String hash = new PasswordHasher().hash("tecnico-2026".toCharArray());
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));

    @Test
    void onlyCtrlAltShiftUOpensThePrompt() {
        assertThat(UnlockGate.opens("U", true, true, true)).isTrue();
        assertThat(UnlockGate.opens("U", true, true, false)).isFalse();
        assertThat(UnlockGate.opens("U", false, true, true)).isFalse();
        assertThat(UnlockGate.opens("F4", true, true, true)).isFalse();
    }

    @Test
    void theRightPasswordUnlocksAndIsWipedAfterwards() {
        UnlockGate gate = new UnlockGate(hash, clock);
        char[] typed = "tecnico-2026".toCharArray();
        assertThat(gate.attempt(typed)).isEqualTo(UnlockGate.Answer.UNLOCKED);
        assertThat(new String(typed)).isEqualTo("\0".repeat(typed.length));
        assertThat(gate.attempt(new char[0])).isEqualTo(UnlockGate.Answer.WRONG);
    }

    @Test
    void threeWrongPasswordsCloseTheGateForAMinuteEvenToTheRightOne() {
        UnlockGate gate = new UnlockGate(hash, clock);
        assertThat(gate.attempt("a".toCharArray())).isEqualTo(UnlockGate.Answer.WRONG);
        assertThat(gate.attempt("b".toCharArray())).isEqualTo(UnlockGate.Answer.WRONG);
        assertThat(gate.attempt("c".toCharArray())).isEqualTo(UnlockGate.Answer.LOCKED_OUT);
        assertThat(gate.attempt("tecnico-2026".toCharArray())).isEqualTo(UnlockGate.Answer.LOCKED_OUT);
        clock.advance(Duration.ofSeconds(61));
        assertThat(gate.attempt("tecnico-2026".toCharArray())).isEqualTo(UnlockGate.Answer.UNLOCKED);
    }

    @Test
    void theHashComesFromTheFileTheApplianceUnitNames(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("unlock");
        Files.writeString(file, hash + "\n");
        assertThat(UnlockFile.hash(Map.of(UnlockFile.VARIABLE, file.toString()))).contains(hash);
        assertThat(UnlockFile.hash(Map.of())).as("not an appliance: no gate").isEmpty();
        assertThat(UnlockFile.hash(Map.of(UnlockFile.VARIABLE, dir.resolve("missing").toString()))).isEmpty();
    }
}
