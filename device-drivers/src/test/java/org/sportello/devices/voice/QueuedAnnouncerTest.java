package org.sportello.devices.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sportello.devices.DeviceStatus;

@Timeout(30)
class QueuedAnnouncerTest {
    private static final VoiceClips CLIPS = new VoiceClips();

    @Test
    void announcementsPlayInOrderAndNeverOverlap() throws Exception {
        RecordingAudioSink sink = new RecordingAudioSink(0.05); // 20x faster than real time
        List<CompletableFuture<AnnouncementResult>> futures = new ArrayList<>();
        List<Announcement> calls = List.of(
                new Announcement("A023", "5", AnnouncementLanguage.ITALIAN),
                new Announcement("B014", "2", AnnouncementLanguage.ENGLISH),
                new Announcement("A024", "12", AnnouncementLanguage.ITALIAN),
                new Announcement("C001", "3", AnnouncementLanguage.ITALIAN));
        try (QueuedAnnouncer announcer = new QueuedAnnouncer(CLIPS, sink)) {
            for (Announcement call : calls) {
                futures.add(announcer.announce(call)); // all at once, as from several counters
            }
            for (CompletableFuture<AnnouncementResult> f : futures) {
                assertThat(f.get(10, TimeUnit.SECONDS).played()).isTrue();
            }
            assertThat(announcer.status()).isEqualTo(DeviceStatus.READY);
        }
        List<RecordingAudioSink.Playback> played = sink.playbacks();
        assertThat(played).hasSize(calls.size());
        for (int i = 0; i < calls.size(); i++) {
            byte[] expected = CLIPS.assemble(ClipPlanner.plan(calls.get(i)));
            assertThat(played.get(i).pcm()).as("playback %d is call %d", i, i).isEqualTo(expected);
            if (i > 0) {
                assertThat(played.get(i).startNanos()).as("starts after the previous one ended")
                        .isGreaterThanOrEqualTo(played.get(i - 1).endNanos());
            }
        }
    }

    @Test
    void aMissingAudioDeviceIsAStatusNotACrash() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        AudioSink noDevice = (pcm, format) -> {
            if (attempts.incrementAndGet() == 1) {
                throw new AudioUnavailableException("no audio output: no sound card", null);
            }
        };
        try (QueuedAnnouncer announcer = new QueuedAnnouncer(CLIPS, noDevice)) {
            AnnouncementResult first = announcer.announce(new Announcement("A023", "5", AnnouncementLanguage.ITALIAN))
                    .get(10, TimeUnit.SECONDS);
            assertThat(first.played()).isFalse();
            assertThat(first.detail()).contains("no sound card");
            assertThat(announcer.status()).isEqualTo(DeviceStatus.OFFLINE);
            // The device came back: the next call plays.
            assertThat(announcer.announce(new Announcement("A024", "5", AnnouncementLanguage.ITALIAN))
                    .get(10, TimeUnit.SECONDS).played()).isTrue();
            assertThat(announcer.status()).isEqualTo(DeviceStatus.READY);
        }
    }

    @Test
    void aFloodOfCallsIsCappedWithAReason() throws Exception {
        RecordingAudioSink slow = new RecordingAudioSink(0.01);
        List<CompletableFuture<AnnouncementResult>> futures = new ArrayList<>();
        try (QueuedAnnouncer announcer = new QueuedAnnouncer(CLIPS, slow)) {
            for (int i = 0; i < QueuedAnnouncer.MAX_WAITING + 10; i++) {
                futures.add(announcer.announce(new Announcement("A" + i, "1", AnnouncementLanguage.ITALIAN)));
            }
            long skipped = 0;
            for (CompletableFuture<AnnouncementResult> f : futures) {
                AnnouncementResult r = f.get(20, TimeUnit.SECONDS);
                if (!r.played()) {
                    skipped++;
                    assertThat(r.detail()).contains("waiting");
                }
            }
            assertThat(skipped).isPositive();
        }
    }

    @Test
    void theRealSoundSinkEitherPlaysOrSaysWhyNot() {
        // On a headless CI machine there is usually no sound card: that must be a clear exception type.
        byte[] tenMs = VoiceClips.silence(Duration.ofMillis(10));
        String outcome;
        try {
            new JavaSoundSink().play(tenMs, VoiceClips.FORMAT);
            outcome = "played";
        } catch (AudioUnavailableException e) {
            outcome = e.getMessage();
        }
        assertThat(outcome).matches("played|no audio output: .+");
    }
}
