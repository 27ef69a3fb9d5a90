package org.sportello.server.storage;

import java.util.List;
import java.util.function.LongSupplier;
import org.sportello.model.office.CounterInfo;
import org.sportello.model.office.OfficeDirectory;
import org.sportello.model.office.OfficeInfo;
import org.sportello.model.office.ServiceInfo;

/**
 * An office directory that rereads the services at most once a second. Every ticket issued needs
 * its service; the services change when someone edits the office set-up, which a second of delay
 * does not hurt. Counters change state all day and are always read fresh.
 */
final class RecentOfficeDirectory implements OfficeDirectory {
    private static final long MAX_AGE_NANOS = 1_000_000_000L;

    private final OfficeDirectory source;
    private final LongSupplier nanoTime;
    private volatile Snapshot snapshot;

    private record Snapshot(List<ServiceInfo> services, long readAt) {
    }

    RecentOfficeDirectory(OfficeDirectory source, LongSupplier nanoTime) {
        this.source = source;
        this.nanoTime = nanoTime;
    }

    @Override
    public OfficeInfo office() {
        return source.office();
    }

    @Override
    public List<ServiceInfo> services() {
        long now = nanoTime.getAsLong();
        Snapshot s = snapshot;
        if (s == null || now - s.readAt() > MAX_AGE_NANOS) {
            s = new Snapshot(List.copyOf(source.services()), now);
            snapshot = s;
        }
        return s.services();
    }

    @Override
    public List<CounterInfo> counters() {
        return source.counters();
    }
}
