package org.sportello.codicefiscale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(10)
class CodiceFiscaleTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void decodesAWellKnownValidCode() {
        // The textbook example: Mario Rossi, born 10 December 1985, place A562.
        CodiceFiscale cf = CodiceFiscale.of("RSSMRA85T10A562S", TODAY);
        assertThat(cf.birthDate()).isEqualTo(LocalDate.of(1985, 12, 10));
        assertThat(cf.sex()).isEqualTo(Sex.MALE);
        assertThat(cf.birthPlace()).isEqualTo("A562");
        assertThat(cf.isOmocodic()).isFalse();
        assertThat(cf.bornAbroad()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "RSSMRA85T10A562S, 1985-12-10, MALE, A562",
        // Born 1925 in the source example, but two digits cannot tell: the guess is the recent century.
        "MRTMTT25D09F205Z, 2025-04-09, MALE, F205",
        "rssmra85t10a562s, 1985-12-10, MALE, A562",
        "'  RSSMRA85T10A562S ', 1985-12-10, MALE, A562",
    })
    void knownValidCodes(String text, LocalDate birth, Sex sex, String place) {
        CodiceFiscale cf = CodiceFiscale.of(text, TODAY);
        assertThat(cf.birthDate()).isEqualTo(birth);
        assertThat(cf.sex()).isEqualTo(sex);
        assertThat(cf.birthPlace()).isEqualTo(place);
    }

    @Test
    void womenHaveFortyAddedToTheDay() {
        String first15 = "RSSMRA85T50H501";
        CodiceFiscale cf = CodiceFiscale.of(first15 + CodiceFiscale.checkCharacter(first15), TODAY);
        assertThat(cf.sex()).isEqualTo(Sex.FEMALE);
        assertThat(cf.birthDate()).isEqualTo(LocalDate.of(1985, 12, 10));
        assertThat(cf.birthPlace()).isEqualTo("H501");
    }

    @Test
    void centuryIsTheMostRecentOneNotInTheFuture() {
        String born2024 = "RSSMRA24A01H501";
        assertThat(CodiceFiscale.of(born2024 + CodiceFiscale.checkCharacter(born2024), TODAY).birthDate())
                .isEqualTo(LocalDate.of(2024, 1, 1));
        // December of this year's two digits has not come yet: it must be 1926.
        String born26December = "RSSMRA26T01H501";
        assertThat(CodiceFiscale.of(born26December + CodiceFiscale.checkCharacter(born26December), TODAY)
                .birthDate()).isEqualTo(LocalDate.of(1926, 12, 1));
        String born27 = "RSSMRA27A01H501";
        assertThat(CodiceFiscale.of(born27 + CodiceFiscale.checkCharacter(born27), TODAY).birthDate())
                .isEqualTo(LocalDate.of(1927, 1, 1));
    }

    @Test
    void leapDayPicksTheCenturyWhereItExists() {
        // 29 February 2000 exists, 29 February 1900 does not.
        String leap = "RSSMRA00B29H501";
        assertThat(CodiceFiscale.of(leap + CodiceFiscale.checkCharacter(leap), TODAY).birthDate())
                .isEqualTo(LocalDate.of(2000, 2, 29));
        String notLeap = "RSSMRA01B29H501";
        var check = CodiceFiscale.check(notLeap + CodiceFiscale.checkCharacter(notLeap), TODAY);
        assertThat(check).isEqualTo(new CodiceFiscaleCheck.Invalid(CodiceFiscaleError.INVALID_DATE,
                CodiceFiscaleError.INVALID_DATE.message() + ": day 29 of month 2 of year ..01"));
    }

    @Test
    void omocodicVariantDecodesToTheSamePerson() {
        // Last digit 2 -> N (omocodia), check character recomputed.
        String first15 = "RSSMRA85T10A56N";
        CodiceFiscale omocodic = CodiceFiscale.of(first15 + CodiceFiscale.checkCharacter(first15), TODAY);
        CodiceFiscale plain = CodiceFiscale.of("RSSMRA85T10A562S", TODAY);
        assertThat(omocodic.isOmocodic()).isTrue();
        assertThat(omocodic.canonical()).isEqualTo("RSSMRA85T10A562S");
        assertThat(omocodic.samePersonAs(plain)).isTrue();
        assertThat(omocodic).isNotEqualTo(plain);
        assertThat(omocodic.birthDate()).isEqualTo(plain.birthDate());
        assertThat(omocodic.birthPlace()).isEqualTo("A562");
    }

    @ParameterizedTest
    @CsvSource({
        "'', EMPTY",
        "'   ', EMPTY",
        "RSSMRA85T10A562, WRONG_LENGTH",
        "RSSMRA85T10A562SX, WRONG_LENGTH",
        "RSSMRA85T10A56-S, INVALID_CHARACTER",
        "RSSMRÀ85T10A562S, INVALID_CHARACTER",
        "RSSMR185T10A562S, LETTER_EXPECTED",
        "RSSMRA8XT10A562S, DIGIT_EXPECTED",
        "RSSMRA85T10A562T, WRONG_CHECK_CHARACTER",
        "RSSMRA85T10A5N2S, OMOCODIA_OUT_OF_ORDER",
    })
    void malformedInputHasAReason(String text, CodiceFiscaleError reason) {
        var check = CodiceFiscale.check(text, TODAY);
        assertThat(check).isInstanceOfSatisfying(CodiceFiscaleCheck.Invalid.class,
                invalid -> {
                    assertThat(invalid.error()).isEqualTo(reason);
                    assertThat(invalid.detail()).startsWith(reason.message());
                });
    }

    @ParameterizedTest
    @CsvSource({
        "RSSMRA85F10A562, INVALID_MONTH",
        "RSSMRA85T32A562, INVALID_DAY",
        "RSSMRA85T00A562, INVALID_DAY",
        "RSSMRA85T72A562, INVALID_DAY",
        "RSSMRA85B30A562, INVALID_DATE",
        "RSSMRA85T101562, INVALID_PLACE",
    })
    void wellCheckedButMeaninglessCodesAreRefused(String first15, CodiceFiscaleError reason) {
        // A correct check character, so only the content rule can refuse it.
        var check = CodiceFiscale.check(first15 + CodiceFiscale.checkCharacter(first15), TODAY);
        assertThat(check).isInstanceOfSatisfying(CodiceFiscaleCheck.Invalid.class,
                invalid -> assertThat(invalid.error()).isEqualTo(reason));
    }

    @Test
    void ofThrowsWithTheReason() {
        assertThatThrownBy(() -> CodiceFiscale.of("RSSMRA85T10A562T", TODAY))
                .isInstanceOfSatisfying(InvalidCodiceFiscaleException.class,
                        e -> assertThat(e.error()).isEqualTo(CodiceFiscaleError.WRONG_CHECK_CHARACTER))
                .hasMessageContaining("'S' expected");
    }
}
