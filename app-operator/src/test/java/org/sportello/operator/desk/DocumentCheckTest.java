package org.sportello.operator.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.documents.DocumentSamples;
import org.sportello.model.documents.IssuedDocument;
import org.sportello.model.seal.Outcome;
import org.sportello.server.testing.TestOffice;
import org.sportello.operator.testing.DeskFixture;

/** The F8 check's texts, on a real office, without a screen. */
class DocumentCheckTest {
    @TempDir
    Path dir;
    DeskFixture f;
    DocumentCheck check;

    @BeforeEach
    void setUp() {
        f = new DeskFixture(dir);
        check = new DocumentCheck(f.work, TestOffice.ROME);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private IssuedDocument issue() {
        DocumentSamples samples = new DocumentSamples(LocalDate.of(2026, 11, 24), TestOffice.ROME);
        return f.office.connection().documents().issue(f.office.login("mrossi"),
                samples.facts(DocumentKind.STAMPED_RECEIPT, samples.samplePersonCode()), Locale.ITALIAN);
    }

    @Test
    void aSealIsGenuineAndABareNumberIsOnlyANumber() {
        IssuedDocument doc = issue();

        check.check("  " + doc.seal().encode() + "\r\n");
        assertThat(check.verdictProperty().get().outcome()).isEqualTo(Outcome.GENUINE);
        assertThat(check.headlineProperty().get()).isEqualTo("Autentico");
        assertThat(check.toneProperty().get()).isEqualTo(DocumentCheck.Tone.GOOD);
        assertThat(check.detailsProperty().get()).extracting(DocumentCheck.Detail::value)
                .contains(doc.entry().number().format(), "comunicazione di un'impresa (in entrata)");

        f.messages.localeProperty().set(Locale.ENGLISH);
        check.check(doc.entry().number().format().toLowerCase(Locale.ROOT));
        assertThat(check.verdictProperty().get().outcome()).isEqualTo(Outcome.REGISTERED_NUMBER);
        assertThat(check.headlineProperty().get()).isEqualTo("Number only: seal not checked");
        assertThat(check.explanationProperty().get()).startsWith("NUMBER ONLY");
        assertThat(check.toneProperty().get()).isEqualTo(DocumentCheck.Tone.WARN);

        check.check("MI01-2026-000007");
        assertThat(check.verdictProperty().get().outcome()).isEqualTo(Outcome.OTHER_OFFICE_UNVERIFIABLE);
        assertThat(check.detailsProperty().get()).isEmpty();
    }

    @Test
    void anOfficeThatDoesNotAnswerIsSaidAndNothingIsGuessed() {
        IssuedDocument doc = issue();
        check.check(doc.seal().encode());
        f.link.cut();

        check.check(doc.seal().encode());

        assertThat(check.verdictProperty().get()).as("the old verdict is gone").isNull();
        assertThat(check.errorProperty().get()).isEqualTo("L'ufficio non risponde: riprovare tra poco.");
        assertThat(check.checkingProperty().get()).isFalse();
        f.link.restore();
        check.check(doc.seal().encode());
        assertThat(check.errorProperty().get()).isEmpty();
        assertThat(check.verdictProperty().get().outcome()).isEqualTo(Outcome.GENUINE);
    }
}
