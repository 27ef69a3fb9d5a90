package org.sportello.kiosk.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The kiosk's translation files: complete, well-formed, plural-correct, and drawable with the kiosk's own fonts. */
class KioskTextsTest {
    private static final int[] COUNTS = {0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 101, 111};

    @ParameterizedTest
    @EnumSource(KioskLanguage.class)
    void everyFileHasEveryKeyOfTheItalianOneAndNoOther(KioskLanguage language) {
        Set<String> italian = KioskTexts.of(KioskLanguage.ITALIAN).keys();
        Set<String> keys = KioskTexts.of(language).keys();
        assertThat(new TreeSet<>(keys)).as("keys of %s", language).containsAll(italian);
        Set<String> extra = keys.stream().filter(k -> !italian.contains(k) && !k.startsWith("service."))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(extra).as("keys of %s the kiosk never asks for", language).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(KioskLanguage.class)
    void everyTextFormatsForEveryCountWithoutPlaceholdersLeft(KioskLanguage language) {
        KioskTexts t = KioskTexts.of(language);
        for (String key : t.keys()) {
            for (int n : COUNTS) {
                assertThatCode(() -> t.get(key, n, "x")).as("%s %s with %d", language, key, n).doesNotThrowAnyException();
                String text = t.get(key, n, "08:30");
                assertThat(text).as("%s %s", language, key).doesNotContain("{").doesNotContain("}").isNotBlank();
            }
        }
    }

    @Test
    void pluralsFollowEachLanguagesOwnRules() {
        KioskTexts uk = KioskTexts.of(KioskLanguage.UKRAINIAN);
        assertThat(uk.get("ticket.ahead", 1)).isEqualTo("Перед вами чекає 1 людина");
        assertThat(uk.get("ticket.ahead", 3)).isEqualTo("Перед вами чекають 3 людини");
        assertThat(uk.get("ticket.ahead", 5)).isEqualTo("Перед вами чекають 5 людей");
        assertThat(uk.get("ticket.ahead", 21)).isEqualTo("Перед вами чекає 21 людина");
        KioskTexts ro = KioskTexts.of(KioskLanguage.ROMANIAN);
        assertThat(ro.get("ticket.wait", 2)).isEqualTo("Așteptare: cam 2 minute");
        assertThat(ro.get("ticket.wait", 20)).isEqualTo("Așteptare: cam 20 de minute");
        KioskTexts ar = KioskTexts.of(KioskLanguage.ARABIC);
        assertThat(ar.get("ticket.wait", 2)).isEqualTo("الانتظار: حوالي دقيقتين");
        assertThat(ar.get("ticket.wait", 12)).as("Latin digits, as the hall display shows numbers")
                .isEqualTo("الانتظار: حوالي 12 دقيقة");
        KioskTexts fr = KioskTexts.of(KioskLanguage.FRENCH);
        assertThat(fr.get("ticket.ahead", 0)).isEqualTo("Personne n'attend avant vous");
        assertThat(KioskTexts.of(KioskLanguage.ITALIAN).get("ticket.ahead", 1)).isEqualTo("1 persona in attesa prima di lei");
    }

    @Test
    void everyLanguageIsNamedInItsOwnScriptAndOnlyOnce() {
        Set<String> names = new HashSet<>();
        for (KioskLanguage l : KioskLanguage.values()) {
            names.add(KioskTexts.of(l).get("language.name"));
        }
        assertThat(names).hasSize(KioskLanguage.values().length)
                .contains("Italiano", "English", "Română", "Shqip", "العربية", "Українська", "中文", "Español", "Français");
        assertThat(KioskLanguage.of(Locale.forLanguageTag("ar-MA"))).isEqualTo(KioskLanguage.ARABIC);
        assertThat(KioskLanguage.of(Locale.GERMAN)).as("a language the kiosk lacks").isEqualTo(KioskLanguage.ITALIAN);
    }

    @ParameterizedTest
    @EnumSource(KioskLanguage.class)
    void theKiosksOwnFontsDrawEveryCharacter(KioskLanguage language) {
        KioskTexts t = KioskTexts.of(language);
        for (boolean bold : new boolean[] {false, true}) {
            for (String key : t.keys()) {
                String text = t.get(key, 3, "08:30");
                assertThat(KioskFonts.canDraw(language, bold, text)).as("%s %s: %s", language, key, text).isTrue();
            }
        }
        assertThat(KioskFonts.awtFont(language, false, 20).canDisplayUpTo(t.get("home.title")))
                .as("the language's own font draws its words").isEqualTo(-1);
    }

    @ParameterizedTest
    @EnumSource(KioskLanguage.class)
    void theFilesArePlainUtf8(KioskLanguage language) throws IOException {
        String name = "kiosk_" + language.tag() + ".properties";
        try (InputStream in = KioskTexts.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            byte[] bytes = in.readAllBytes();
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text.getBytes(StandardCharsets.UTF_8)).as("%s is valid UTF-8", name).isEqualTo(bytes);
            assertThat(text).as("%s: no \\u escapes, an office edits it as it reads", name).doesNotContain("\\u0");
            Properties p = new Properties();
            p.load(new java.io.StringReader(text));
            assertThat(p).isNotEmpty();
        }
    }
}
