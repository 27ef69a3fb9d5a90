package org.sportello.model.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every problem says itself in every language the apps offer, with plural forms that agree. */
class ProblemTextsTest {
    private static final String BUNDLE = "org.sportello.model.problems";

    @Test
    void everyProblemHasItsTextInEveryBundle() {
        for (Locale locale : new Locale[] {Locale.ITALIAN, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (Problem p : Problem.values()) {
                assertThat(bundle.containsKey(p.key())).as("%s in %s", p.key(), locale).isTrue();
            }
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        Set<String> it = keys(Locale.ITALIAN);
        Set<String> en = keys(Locale.ENGLISH);
        assertThat(it).containsExactlyInAnyOrderElementsOf(en);
    }

    @Test
    void englishStaysEnglishOnAnItalianMachine() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ITALY);
        try {
            assertThat(new SportelloException(Problem.COUNTER_PAUSED, 2).localizedMessage(Locale.ENGLISH))
                    .startsWith("Counter 2 is paused");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void recallsAgreeWithTheirNumberEvenWhenTheyCameAsText() {
        // As the office protocol hands them over: every argument as a string.
        assertThat(new SportelloException(Problem.NOT_ENOUGH_RECALLS, "A001", "0", "1").localizedMessage(Locale.ITALIAN))
                .isEqualTo("Il biglietto A001 non è ancora stato richiamato; richiamarlo almeno una volta "
                        + "prima di segnarlo come assente.");
        assertThat(new SportelloException(Problem.NOT_ENOUGH_RECALLS, "A001", 1, 2).localizedMessage(Locale.ITALIAN))
                .contains("è stato richiamato una volta; richiamarlo almeno 2 volte");
        assertThat(new SportelloException(Problem.NOT_ENOUGH_RECALLS, "A001", "2", "3").localizedMessage(Locale.ENGLISH))
                .contains("was recalled 2 times; recall it at least 3 times");
        assertThat(new SportelloException(Problem.NOT_ENOUGH_RECALLS, "A001", "0", "1").localizedMessage(Locale.ENGLISH))
                .contains("has not been recalled yet; recall it at least once");
    }

    @Test
    void textWhereANumberWasExpectedIsShownNotThrown() {
        assertThat(new SportelloException(Problem.NOT_ENOUGH_RECALLS, "A001", "x", "y").localizedMessage(Locale.ITALIAN))
                .contains("A001").contains("x");
    }

    private static Set<String> keys(Locale locale) {
        return new HashSet<>(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).keySet());
    }
}
