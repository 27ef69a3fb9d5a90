package org.sportello.model.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;

/**
 * Whatever an office's IT staff write in the set-up file, reading it gives a set-up or a
 * {@link SportelloException} with {@link Problem#INVALID_SETUP} whose message reads in Italian and
 * English; no other exception escapes. Random text, and the demo set-up with characters flipped,
 * inserted or deleted (an edit in a key, a number, a day range, a weight list). 100,000 files.
 */
class OfficeSetupFileFuzzTest {
    private static final boolean LONG = Boolean.getBoolean("sportello.fuzz.long");
    private static final String CHARACTERS = "abcdefghilmnoprstuvz.=:,;-# \n\\0123456789ABCEFMORSTUW";
    private static final List<String> DEMO = demoLines();
    private static final String MINIMAL = """
            office.code=BO01
            office.name=Centro per l'Impiego
            service.A.name.it=Accoglienza
            service.A.name.en=Reception
            service.A.area=PERSONS
            counter.1.services=A:2
            """;

    @Property(tries = 100_000)
    void anySetUpFileGivesASetUpOrAClearProblem(@ForAll("files") String text) {
        check(text);
        for (int i = 0; LONG && i < 9; i++) {
            check(files().sample());
        }
    }

    private static void check(String text) {
        assertThatCode(() -> {
            try {
                OfficeSetup setup = OfficeSetupFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
                assertThat(setup.services()).isNotEmpty();
            } catch (SportelloException refused) {
                assertThat(refused.problem()).isEqualTo(Problem.INVALID_SETUP);
                for (Locale locale : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
                    assertThat(refused.localizedMessage(locale)).isNotBlank().isNotEqualTo(Problem.INVALID_SETUP.key());
                }
            }
        }).as(show(text)).doesNotThrowAnyException();
    }

    @Provide
    Arbitrary<String> files() {
        // The smallest valid office plus a dozen lines of the demo: short files parse fast, and an edit
        // lands on a line that matters more often than not.
        Arbitrary<String> valid = Arbitraries.integers().between(0, DEMO.size() - 1).list().ofMaxSize(12)
                .map(lines -> {
                    StringBuilder s = new StringBuilder(MINIMAL);
                    lines.forEach(i -> s.append(DEMO.get(i)).append('\n'));
                    return s.toString();
                });
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 1 << 20), Arbitraries.of((CHARACTERS + "\u0000\u00e8").toCharArray()))
                .as((kind, at, c) -> new int[] {kind, at, c});
        Arbitrary<String> mutated = Combinators.combine(valid, edit.list().ofMinSize(1).ofMaxSize(4))
                .as((s, edits) -> {
                    StringBuilder b = new StringBuilder(s);
                    for (int[] e : edits) {
                        int at = e[1] % (b.length() + 1);
                        switch (e[0]) {
                            case 0 -> b.insert(at, (char) e[2]);
                            case 1 -> {
                                if (at < b.length()) {
                                    b.deleteCharAt(at);
                                }
                            }
                            default -> {
                                if (at < b.length()) {
                                    b.setCharAt(at, (char) e[2]);
                                }
                            }
                        }
                    }
                    return b.toString();
                });
        Arbitrary<String> oddValues = Combinators.combine(valid, Arbitraries.of("counter.1.services",
                        "counter.99999999999.services", "service.A.hours", "session.idle.minutes", "service.B.area",
                        "operator.x.role", "service.A.order", "counter.2.services"),
                Arbitraries.of(":", "A:", ":1", "A:99999999999", "-", "MON-", "-FRI 08:00-12:00", "MON 8-", "\\u12",
                        "\\uZZZZ", "MON-SUN 25:00-26:00", "FRI-MON 08:00-09:00", "", "0", "-1", "A:1,,B"))
                .as((s, key, value) -> s + key + "=" + value + "\n");
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(200)),
                Tuple.of(1, Arbitraries.strings().withChars(CHARACTERS).ofMaxLength(200)),
                Tuple.of(2, oddValues),
                Tuple.of(6, mutated));
    }

    private static List<String> demoLines() {
        try (InputStream in = OfficeSetupFile.class.getResourceAsStream("demo-office.properties")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String show(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(cp -> out.append(cp < 0x20 || cp > 0x7e ? String.format("\\u%04x", cp)
                : Character.toString(cp)));
        return out.append('"').toString();
    }
}
