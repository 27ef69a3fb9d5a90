package org.sportello.model.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    final PasswordHasher hasher = new PasswordHasher(2000);

    @Test
    void verifiesOnlyTheRightPassword() {
        String stored = hasher.hash("s3greto!".toCharArray());
        assertThat(stored).startsWith("pbkdf2-sha256$2000$").doesNotContain("s3greto");
        assertThat(hasher.verify("s3greto!".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("s3greto".toCharArray(), stored)).isFalse();
    }

    @Test
    void saltsEveryHash() {
        assertThat(hasher.hash("same".toCharArray())).isNotEqualTo(hasher.hash("same".toCharArray()));
    }

    @Test
    void theStoredIterationCountIsUsed() {
        String stored = new PasswordHasher(1000).hash("pw".toCharArray());
        assertThat(new PasswordHasher().verify("pw".toCharArray(), stored)).isTrue();
    }

    @Test
    void garbageHashesNeverVerify() {
        assertThat(hasher.verify("pw".toCharArray(), "plain-text")).isFalse();
        assertThat(hasher.verify("pw".toCharArray(), "pbkdf2-sha256$x$y$z")).isFalse();
    }

    @Test
    void rolesNest() {
        assertThat(Role.ADMIN.includes(Role.SUPERVISOR)).isTrue();
        assertThat(Role.SUPERVISOR.includes(Role.OPERATOR)).isTrue();
        assertThat(Role.OPERATOR.includes(Role.SUPERVISOR)).isFalse();
    }
}
