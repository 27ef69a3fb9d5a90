package org.sportello.display;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineUnavailableException;

/**
 * A soft two-note "ding-dong" made in memory (no sound file to ship), played on its own thread so
 * a slow or missing sound device never holds up the board. Without a device it stays quiet and says
 * so once in the log.
 */
public final class ToneChime implements Chime, AutoCloseable {
    static final float SAMPLE_RATE = 44_100f;
    /** E5 then C5: the interval public-address chimes use; pleasant, and clear over hall noise. */
    private static final double[] NOTES_HZ = {659.25, 523.25};
    private static final double NOTE_SECONDS = 0.45;
    private static final double VOLUME = 0.5;
    private static final System.Logger LOG = System.getLogger(ToneChime.class.getName());

    private final ExecutorService player = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "chime");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean unavailable;
    private Clip clip;

    @Override
    public void play() {
        if (unavailable) {
            return;
        }
        try {
            player.execute(this::ring);
        } catch (RejectedExecutionException closed) {
            // The display is shutting down: nothing to announce any more.
        }
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    private void ring() {
        try {
            if (clip == null) {
                byte[] pcm = samples();
                Clip c = AudioSystem.getClip();
                c.open(format(), pcm, 0, pcm.length);
                clip = c;
            }
            clip.stop();
            clip.setFramePosition(0);
            clip.start();
        } catch (LineUnavailableException | RuntimeException | LinkageError e) {
            unavailable = true;
            LOG.log(System.Logger.Level.INFO, "no sound device, calls are shown without a chime ({0})", e.toString());
        }
    }

    static AudioFormat format() {
        return new AudioFormat(SAMPLE_RATE, 16, 1, true, false);
    }

    /** 16-bit little-endian mono PCM: each note struck, then fading, like a bell. */
    static byte[] samples() {
        int perNote = (int) (SAMPLE_RATE * NOTE_SECONDS);
        byte[] pcm = new byte[perNote * NOTES_HZ.length * 2];
        int i = 0;
        for (double hz : NOTES_HZ) {
            for (int n = 0; n < perNote; n++) {
                double t = n / SAMPLE_RATE;
                double attack = Math.min(1, n / (SAMPLE_RATE * 0.01));
                double decay = Math.exp(-4.5 * t / NOTE_SECONDS);
                double wave = Math.sin(2 * Math.PI * hz * t) + 0.25 * Math.sin(4 * Math.PI * hz * t);
                short s = (short) Math.round(wave / 1.25 * attack * decay * VOLUME * Short.MAX_VALUE);
                pcm[i++] = (byte) s;
                pcm[i++] = (byte) (s >> 8);
            }
        }
        return pcm;
    }

    @Override
    public void close() {
        player.shutdownNow();
        if (clip != null) {
            clip.close();
        }
    }
}
