package org.sportello.devices.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class VoiceClipsTest {
    static List<String> allClips() {
        List<String> clips = new ArrayList<>();
        clips.add("chime");
        for (AnnouncementLanguage lang : AnnouncementLanguage.values()) {
            clips.add(lang.folder() + "/" + lang.numberWord());
            clips.add(lang.folder() + "/" + lang.counterWord());
            for (char c : "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray()) {
                clips.add(lang.folder() + "/" + c);
            }
        }
        return clips;
    }

    @Test
    void everyClipIsA16kMono16BitWavOfSpeechLength() throws Exception {
        List<String> clips = allClips();
        assertThat(clips).hasSize(1 + 2 * 38);
        for (String clip : clips) {
            try (InputStream in = VoiceClips.class.getResourceAsStream(VoiceClips.ROOT + clip + ".wav")) {
                assertThat(in).as(clip).isNotNull();
                AudioFileFormat file = AudioSystem.getAudioFileFormat(new BufferedInputStream(in));
                AudioFormat f = file.getFormat();
                assertThat(file.getType()).as(clip).isEqualTo(AudioFileFormat.Type.WAVE);
                assertThat(f.getEncoding()).as(clip).isEqualTo(AudioFormat.Encoding.PCM_SIGNED);
                assertThat(f.getSampleRate()).as(clip).isEqualTo(16_000f);
                assertThat(f.getChannels()).as(clip).isEqualTo(1);
                assertThat(f.getSampleSizeInBits()).as(clip).isEqualTo(16);
                assertThat(f.isBigEndian()).as(clip).isFalse();
            }
            byte[] pcm = new VoiceClips().pcm(clip);
            assertThat(VoiceClips.length(pcm)).as(clip).isBetween(Duration.ofMillis(150), Duration.ofMillis(1500));
            assertThat(peak(pcm)).as(clip + " is not silent").isGreaterThan(3000);
        }
    }

    @Test
    void anAnnouncementIsOneBufferOfItsClipsAndGaps() throws Exception {
        VoiceClips clips = new VoiceClips();
        List<String> plan = ClipPlanner.plan(new Announcement("A023", "5", AnnouncementLanguage.ITALIAN));
        long clipBytes = 0;
        for (String clip : plan) {
            clipBytes += clips.pcm(clip).length;
        }
        long gaps = VoiceClips.silence(Duration.ofMillis(250)).length
                + (plan.size() - 2) * (long) VoiceClips.silence(Duration.ofMillis(90)).length;
        byte[] buffer = clips.assemble(plan);
        assertThat(buffer.length).isEqualTo(clipBytes + gaps);
        // Starts with the chime itself.
        byte[] chime = clips.pcm("chime");
        assertThat(java.util.Arrays.copyOf(buffer, chime.length)).isEqualTo(chime);
        assertThat(VoiceClips.length(buffer)).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(8));
    }

    @Test
    void aMissingClipIsAClearError() {
        assertThatThrownBy(() -> new VoiceClips().pcm("it/parola-che-non-esiste"))
                .isInstanceOf(IOException.class).hasMessageContaining("missing");
    }

    private static int peak(byte[] pcm) {
        int peak = 0;
        for (int i = 0; i + 1 < pcm.length; i += 2) {
            peak = Math.max(peak, Math.abs((short) ((pcm[i] & 0xFF) | (pcm[i + 1] << 8))));
        }
        return peak;
    }
}
