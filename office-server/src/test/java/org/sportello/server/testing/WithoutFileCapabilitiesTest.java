package org.sportello.server.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The helper on real files: a mode-000 file is refused inside whoever runs the tests, and root's
 * capabilities stay with the threads outside. Every check here fails if the drop did not happen.
 */
@Timeout(20)
class WithoutFileCapabilitiesTest {
    private static final byte[] CONTENT = "secret".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    Path locked;

    @BeforeEach
    void lockedFile() throws IOException {
        locked = Files.write(dir.resolve("locked"), CONTENT);
        Files.setPosixFilePermissions(locked, Set.of());
    }

    @Test
    void aModeZeroFileCannotBeReadInside() throws Exception {
        assertThat(WithoutFileCapabilities.run(() -> Files.isReadable(locked))).as("access(2)").isFalse();
        assertThat(WithoutFileCapabilities.run(() -> Files.isWritable(locked))).as("access(2)").isFalse();
        assertThatThrownBy(() -> WithoutFileCapabilities.run(() -> Files.readAllBytes(locked)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining(locked.toString());
        assertThat(WithoutFileCapabilities.run(WithoutFileCapabilities::heldByThisThread)).isFalse();
    }

    @Test
    void theCallingThreadKeepsItsCapabilities() throws Exception {
        boolean before = WithoutFileCapabilities.heldByThisThread();
        assertThat(WithoutFileCapabilities.run(() -> Files.isReadable(locked))).isFalse();
        assertThat(WithoutFileCapabilities.heldByThisThread()).isEqualTo(before);
        if (before) {
            // Running as root: the mode means nothing to this thread, as before the call.
            assertThat(Files.isReadable(locked)).isTrue();
            assertThat(Files.readAllBytes(locked)).isEqualTo(CONTENT);
            assertThat(WithoutFileCapabilities.run(Thread::currentThread)).as("ran on its own thread")
                    .isNotSameAs(Thread.currentThread());
        } else {
            assertThat(Files.isReadable(locked)).as("an ordinary user is refused anyway").isFalse();
        }
    }

    @Test
    void threadsStartedInsideAreRefusedToo() throws Exception {
        boolean childReads = WithoutFileCapabilities.run(() -> {
            AtomicBoolean readable = new AtomicBoolean(true);
            Thread child = Thread.ofPlatform().start(() -> readable.set(Files.isReadable(locked)));
            child.join();
            return readable.get();
        });
        assertThat(childReads).isFalse();
    }

    @Test
    void aThreadStillRunningAfterTheCodeIsALeak() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try {
            if (WithoutFileCapabilities.heldByThisThread()) {
                assertThatThrownBy(() -> WithoutFileCapabilities.run(() -> Thread.ofPlatform().name("lingering")
                        .start(() -> awaitQuietly(release))))
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining("lingering");
            } else {
                // Nothing is dropped for an ordinary user, so nothing can leak.
                assertThat(WithoutFileCapabilities.run(() -> Thread.ofPlatform().name("lingering")
                        .start(() -> awaitQuietly(release))).isAlive()).isTrue();
            }
        } finally {
            release.countDown();
        }
    }

    @Test
    void resultsAndFailuresComeBackUnchanged() throws Exception {
        assertThat(WithoutFileCapabilities.run(() -> 42)).isEqualTo(42);
        IOException failure = new IOException("the code failed");
        assertThatThrownBy(() -> WithoutFileCapabilities.run(() -> {
            throw failure;
        })).isSameAs(failure);
        AssertionError broken = new AssertionError("an assertion inside");
        assertThatThrownBy(() -> WithoutFileCapabilities.run(() -> {
            throw broken;
        })).isSameAs(broken);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
