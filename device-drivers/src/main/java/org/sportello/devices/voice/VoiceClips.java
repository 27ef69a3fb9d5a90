package org.sportello.devices.voice;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * The recorded clips shipped in the resources (see device-drivers/tools/README.md), decoded once
 * and kept in memory as PCM, and the assembly of one announcement into a single buffer: one
 * buffer per announcement means one playback, so nothing can slip between its words.
 */
public final class VoiceClips {
    /** 16 kHz mono 16-bit signed little-endian: the format of every shipped clip. */
    public static final AudioFormat FORMAT = new AudioFormat(16_000f, 16, 1, true, false);
    static final String ROOT = "/org/sportello/devices/voice/clips/";
    private static final Duration GAP_AFTER_CHIME = Duration.ofMillis(250);
    private static final Duration GAP_BETWEEN_WORDS = Duration.ofMillis(90);

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    /** The PCM of one clip ("chime", "it/numero", "en/7"), in {@link #FORMAT}. */
    public byte[] pcm(String clip) throws IOException {
        byte[] cached = cache.get(clip);
        if (cached != null) {
            return cached;
        }
        byte[] decoded = decode(clip);
        cache.put(clip, decoded);
        return decoded;
    }

    /** All clips of a plan in one buffer, with short silences between words and after the chime. */
    public byte[] assemble(List<String> plan) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < plan.size(); i++) {
            if (i > 0) {
                out.writeBytes(silence(plan.get(i - 1).equals(ClipPlanner.CHIME) ? GAP_AFTER_CHIME : GAP_BETWEEN_WORDS));
            }
            out.writeBytes(pcm(plan.get(i)));
        }
        return out.toByteArray();
    }

    public static Duration length(byte[] pcm) {
        long frames = pcm.length / FORMAT.getFrameSize();
        return Duration.ofNanos(Math.round(frames * 1e9 / FORMAT.getFrameRate()));
    }

    static byte[] silence(Duration d) {
        int frames = (int) (d.toNanos() * (long) FORMAT.getFrameRate() / 1_000_000_000L);
        return new byte[frames * FORMAT.getFrameSize()];
    }

    private static byte[] decode(String clip) throws IOException {
        InputStream resource = VoiceClips.class.getResourceAsStream(ROOT + clip + ".wav");
        if (resource == null) {
            throw new IOException("voice clip missing from the resources: " + clip + ".wav");
        }
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new BufferedInputStream(resource))) {
            AudioInputStream pcm = in.getFormat().matches(FORMAT) ? in : AudioSystem.getAudioInputStream(FORMAT, in);
            return pcm.readAllBytes();
        } catch (UnsupportedAudioFileException | IllegalArgumentException e) {
            throw new IOException("voice clip " + clip + ".wav cannot be decoded: " + e.getMessage(), e);
        }
    }
}
