package org.sportello.kiosk.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The texts formatted without ICU come out exactly as ICU makes them; everything else is left to ICU. */
class MessageFormattingTest {
    private static final List<Object[]> ARGUMENTS = List.of(new Object[0], new Object[] {"08:30"},
            new Object[] {"Maria Rossi", "Sportello 3"}, new Object[] {"l'ufficio", "{0}", "''"},
            new Object[] {3, "08:30"}, new Object[] {"x", 12}, new Object[] {1});

    private static String icu(String pattern, String tag, Object... args) {
        return new MessageFormat(pattern, new ULocale(tag + "@numbers=latn")).format(args);
    }

    private static String outcome(Supplier<String> format) {
        try {
            return format.get();
        } catch (IllegalArgumentException e) {
            return "refused: " + e.getMessage();
        }
    }

    private static void sameAsIcu(String bundle, KioskLanguage language) {
        ResourceBundle texts = ResourceBundle.getBundle(bundle, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        MessageFormatting formatting = new MessageFormatting(language.tag());
        List<String> checked = new ArrayList<>();
        for (String key : texts.keySet()) {
            String pattern = texts.getString(key);
            for (Object[] args : ARGUMENTS) {
                // A plural given a text fails in both, the same way.
                assertThat(outcome(() -> formatting.format(pattern, args))).as("%s %s %s", language, key, List.of(args))
                        .isEqualTo(outcome(() -> icu(pattern, language.tag(), args)));
            }
            checked.add(key);
        }
        assertThat(checked).as("texts of %s", language).hasSizeGreaterThan(10);
    }

    @ParameterizedTest
    @EnumSource(KioskLanguage.class)
    void everyKioskTextInEveryLanguageIsWhatIcuMakes(KioskLanguage language) {
        sameAsIcu("org.sportello.kiosk.language.kiosk", language);
    }

    @Test
    void everyTerminalTextIsWhatIcuMakes() {
        for (KioskLanguage language : List.of(KioskLanguage.ITALIAN, KioskLanguage.ENGLISH)) {
            sameAsIcu("org.sportello.selfservice.terminal", language);
        }
    }

    @Test
    void wordsApostrophesAndTextArgumentsAreDoneWithoutIcu() {
        assertThat(MessageFormatting.plain("Per aiuto chieda all''accoglienza.", new Object[0]))
                .isEqualTo("Per aiuto chieda all'accoglienza.");
        assertThat(MessageFormatting.plain("L'ufficio apre {1} alle {0}.", new Object[] {"08:30", "lunedì"}))
                .isEqualTo("L'ufficio apre lunedì alle 08:30.");
        assertThat(MessageFormatting.plain("", new Object[0])).isEmpty();
    }

    @Test
    void pluralsNumbersQuotesAndMissingArgumentsAreLeftToIcu() {
        assertThat(MessageFormatting.plain("{0, plural, one{# minuto} other{# minuti}}", new Object[] {2})).isNull();
        assertThat(MessageFormatting.plain("Sportello {0}", new Object[] {3})).as("a number").isNull();
        assertThat(MessageFormatting.plain("Sportello {0}", new Object[0])).as("no argument").isNull();
        assertThat(MessageFormatting.plain("Sportello {1}", new Object[] {"3"})).isNull();
        assertThat(MessageFormatting.plain("'{0}' letterale", new Object[] {"x"})).as("quoted brace").isNull();
        assertThat(MessageFormatting.plain("{0,time,short}", new Object[] {"x"})).isNull();
        assertThat(MessageFormatting.plain("a } b", new Object[0])).isNull();
        assertThat(MessageFormatting.plain("{ 0 }", new Object[] {"x"})).isNull();
        MessageFormatting it = new MessageFormatting("it");
        assertThat(it.format("Sportello {0}", 3)).isEqualTo("Sportello 3");
        assertThat(it.format("'{0}' letterale", "x")).isEqualTo("{0} letterale");
        assertThat(new MessageFormatting("ar").format("{0}", 12)).as("Latin digits").isEqualTo("12");
    }
}
