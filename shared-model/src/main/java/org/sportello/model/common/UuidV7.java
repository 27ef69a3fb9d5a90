package org.sportello.model.common;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered UUIDs (RFC 9562 version 7): keys made on different office
 * machines never collide, and sort roughly by creation time, which keeps
 * B-tree inserts local and sync batches in order.
 *
 * <p>Within one process the ids are strictly increasing while the clock does not
 * step back (RFC 9562 §6.2, method 1: the 12-bit {@code rand_a} field counts
 * within a millisecond). Queues break ties between tickets queued
 * in the same millisecond by id, so "first come, first served" must not depend
 * on a coin toss.
 */
public final class UuidV7 {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int COUNTER_LIMIT = 1 << 12;
    /** How far ids may run ahead of a stopped or stepped-back clock before it is trusted again. */
    private static final long BORROW_LIMIT_MILLIS = 1_000;
    private static long lastMillis = -1;
    private static int counter;

    private UuidV7() {
    }

    public static UUID next() {
        return next(Clock.systemUTC());
    }

    public static UUID next(Clock clock) {
        long millis;
        long randA;
        synchronized (UuidV7.class) {
            millis = clock.millis();
            if (millis <= lastMillis && lastMillis - millis <= BORROW_LIMIT_MILLIS) {
                // Same millisecond, or a little behind after borrowing: keep counting on the last one.
                millis = lastMillis;
                if (++counter == COUNTER_LIMIT) {
                    counter = 0;
                    millis = ++lastMillis;
                }
            } else if (millis > lastMillis) {
                // A new millisecond: start low so there is room to count.
                counter = RANDOM.nextInt(COUNTER_LIMIT / 2);
                lastMillis = millis;
            } else {
                // Far behind: another clock (tests mix them) or a big step back. A random id, and the
                // sequence of the clock we follow is left alone.
                return compose(millis, RANDOM.nextInt(COUNTER_LIMIT));
            }
            randA = counter;
        }
        return compose(millis, randA);
    }

    private static UUID compose(long millis, long randA) {
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
