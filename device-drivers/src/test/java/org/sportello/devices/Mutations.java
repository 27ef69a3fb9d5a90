package org.sportello.devices;

import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Near-valid inputs for the fuzzers: a valid input with a few characters (or bytes) flipped, inserted,
 * deleted or swapped. Random noise alone rarely gets past a parser's first check; these reach the
 * branches behind it. {@link #LONG} is set by {@code -Pfuzz-long}: each try then checks ten inputs.
 */
public final class Mutations {
    public static final boolean LONG = Boolean.getBoolean("sportello.fuzz.long");
    /** Extra inputs per try in the long run (100,000 tries × 10 = 1,000,000 inputs). */
    public static final int EXTRA = LONG ? 9 : 0;

    private Mutations() {
    }

    /** {@code valid} with zero to {@code maxEdits} edits, the new characters taken from {@code alphabet}. */
    public static Arbitrary<String> of(Arbitrary<String> valid, String alphabet, int maxEdits) {
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 200), Arbitraries.integers().between(0, alphabet.length() - 1))
                .as((kind, at, c) -> new int[] {kind, at, alphabet.charAt(c)});
        return Combinators.combine(valid, edit.list().ofMaxSize(maxEdits)).as(Mutations::apply);
    }

    /** The same for bytes: a flipped bit is the typical fault of a magnetic head or a serial line. */
    public static Arbitrary<byte[]> ofBytes(Arbitrary<byte[]> valid, int maxEdits) {
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 200), Arbitraries.integers().between(0, 255))
                .as((kind, at, b) -> new int[] {kind, at, b});
        return Combinators.combine(valid, edit.list().ofMaxSize(maxEdits)).as((bytes, edits) -> {
            StringBuilder s = new StringBuilder();
            for (byte b : bytes) {
                s.append((char) (b & 0xFF));
            }
            for (int[] e : edits) {
                if (e[0] == 3 && s.length() > 0) {
                    int at = e[1] % s.length();
                    s.setCharAt(at, (char) (s.charAt(at) ^ (1 << (e[2] % 8))));
                } else {
                    apply(s, e);
                }
            }
            byte[] out = new byte[s.length()];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) s.charAt(i);
            }
            return out;
        });
    }

    private static String apply(String valid, List<int[]> edits) {
        StringBuilder s = new StringBuilder(valid);
        edits.forEach(e -> apply(s, e));
        return s.toString();
    }

    private static void apply(StringBuilder s, int[] edit) {
        int at = s.isEmpty() ? 0 : edit[1] % (s.length() + 1);
        char c = (char) edit[2];
        switch (edit[0]) {
            case 0 -> s.insert(at, c);
            case 1 -> {
                if (at < s.length()) {
                    s.deleteCharAt(at);
                }
            }
            case 2 -> {
                if (at + 1 < s.length()) {
                    char t = s.charAt(at);
                    s.setCharAt(at, s.charAt(at + 1));
                    s.setCharAt(at + 1, t);
                }
            }
            default -> {
                if (at < s.length()) {
                    s.setCharAt(at, c);
                }
            }
        }
    }

    /** A check that may throw anything: whatever it throws fails the property. */
    @FunctionalInterface
    public interface Check {
        void run() throws Exception;
    }

    /**
     * Runs a check and, only when it fails, names the input: spelling out 100,000 inputs that pass
     * would cost more than checking them.
     */
    public static void about(Supplier<String> input, Check check) {
        try {
            check.run();
        } catch (AssertionError | Exception e) {
            throw new AssertionError("for " + input.get() + ": " + e, e);
        }
    }

    /** The input as a failure report should print it: invisible characters spelled out. */
    public static String show(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(cp -> out.append(cp < 0x20 || cp > 0x7e ? String.format("\\u%04x", cp)
                : Character.toString(cp)));
        return out.append('"').toString();
    }

    public static String show(byte[] bytes) {
        StringBuilder out = new StringBuilder("[");
        for (byte b : bytes) {
            out.append(String.format("%02x", b & 0xFF));
        }
        return out.append(']').toString();
    }

    /** True when the text could be shown to a person as it is: no control, format or lone surrogate characters. */
    public static boolean printable(String text) {
        return text.codePoints().noneMatch(cp -> Character.isISOControl(cp)
                || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SURROGATE);
    }
}
