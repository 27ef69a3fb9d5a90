package org.sportello.model.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every refusal has its line in both languages, naming the file, with no placeholder left unfilled. */
class RefusedFileTest {
    @Test
    void everyReasonReadsInItalianAndEnglish() {
        for (RefusedFile.Reason reason : RefusedFile.Reason.values()) {
            RefusedFile r = new RefusedFile("scan.pdf", reason, 60, 50, "/etc/passwd");
            String en = r.explain(Locale.ENGLISH);
            String it = r.explain(Locale.ITALIAN);
            assertThat(en).as(reason.name()).startsWith("REFUSED, NOT OPENED: scan.pdf").doesNotContain("{");
            assertThat(it).as(reason.name()).startsWith("RIFIUTATO, NON APERTO: scan.pdf").doesNotContain("{");
            assertThat(it).isNotEqualTo(en);
        }
    }

    @Test
    void limitsAreInThePersonsUnits() {
        assertThat(IntakeLimits.of(20, 40, 50)).isEqualTo(IntakeLimits.DEFAULTS);
        assertThat(new RefusedFile("a.png", RefusedFile.Reason.TOO_LARGE, 31_457_280, 20_971_520, "")
                .explain(Locale.ENGLISH)).contains("is 30.0 MB, more than the 20.0 MB");
        assertThatThrownBy(() -> IntakeLimits.of(0, 40, 50)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be positive");
    }
}
