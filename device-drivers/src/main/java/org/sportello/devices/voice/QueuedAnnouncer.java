package org.sportello.devices.voice;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.sportello.devices.DeviceStatus;

/**
 * Plays announcements one at a time on a single worker thread, in the order they were asked for.
 * Each announcement is assembled into one PCM buffer and handed to the sink, which returns only
 * when it has been played: so two calls can never overlap or cut each other off, however fast the
 * operators press "call". A missing audio device makes that announcement fail with a reason and
 * the status OFFLINE; the next one tries the device again.
 */
public final class QueuedAnnouncer implements Announcer {
    /** More waiting calls than this means the hall is hearing stale numbers; later ones are refused with a reason. */
    static final int MAX_WAITING = 20;

    private final VoiceClips clips;
    private final AudioSink sink;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().daemon().name("announcer").unstarted(r));
    private final AtomicInteger waiting = new AtomicInteger();
    private volatile DeviceStatus status = DeviceStatus.UNKNOWN;

    public QueuedAnnouncer(VoiceClips clips, AudioSink sink) {
        this.clips = clips;
        this.sink = sink;
    }

    @Override
    public CompletableFuture<AnnouncementResult> announce(Announcement announcement) {
        if (waiting.incrementAndGet() > MAX_WAITING) {
            waiting.decrementAndGet();
            return CompletableFuture.completedFuture(new AnnouncementResult(announcement, false, Duration.ZERO,
                    "more than " + MAX_WAITING + " announcements waiting; this one was skipped"));
        }
        try {
            return CompletableFuture.supplyAsync(() -> {
                waiting.decrementAndGet();
                return play(announcement);
            }, worker);
        } catch (RejectedExecutionException closed) {
            waiting.decrementAndGet();
            return CompletableFuture.completedFuture(
                    new AnnouncementResult(announcement, false, Duration.ZERO, "announcer is closed"));
        }
    }

    @Override
    public DeviceStatus status() {
        return status;
    }

    /** Lets queued announcements finish (bounded wait), then stops the worker. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private AnnouncementResult play(Announcement announcement) {
        byte[] pcm;
        try {
            pcm = clips.assemble(ClipPlanner.plan(announcement));
        } catch (IOException e) {
            return new AnnouncementResult(announcement, false, Duration.ZERO, e.getMessage());
        }
        Duration length = VoiceClips.length(pcm);
        try {
            sink.play(pcm, VoiceClips.FORMAT);
            status = DeviceStatus.READY;
            return new AnnouncementResult(announcement, true, length, "");
        } catch (AudioUnavailableException e) {
            status = DeviceStatus.OFFLINE;
            return new AnnouncementResult(announcement, false, length, e.getMessage());
        } catch (RuntimeException e) {
            // A sound driver failing oddly must not kill the worker: later calls still get played.
            status = DeviceStatus.OFFLINE;
            return new AnnouncementResult(announcement, false, length, "audio failure: " + e);
        }
    }
}
