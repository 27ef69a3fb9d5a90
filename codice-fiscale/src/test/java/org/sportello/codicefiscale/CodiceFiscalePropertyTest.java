package org.sportello.codicefiscale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Generated people: their codes decode back, single-character typos never pass, omocodia keeps identity. */
class CodiceFiscalePropertyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    record Person(String letters, LocalDate birth, Sex sex, String place) {
        String code() {
            int day = birth.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
            String first15 = letters + String.format("%02d", birth.getYear() % 100)
                    + CodiceFiscale.MONTH_LETTERS.charAt(birth.getMonthValue() - 1)
                    + String.format("%02d", day) + place;
            return first15 + CodiceFiscale.checkCharacter(first15);
        }
    }

    @Provide
    Arbitrary<Person> people() {
        Arbitrary<String> letters = Arbitraries.strings().withCharRange('A', 'Z').ofLength(6);
        // Within the last 100 years, so the century guess is unambiguous.
        Arbitrary<LocalDate> births = Arbitraries.longs().between(0, 36_400)
                .map(days -> TODAY.minusDays(days));
        Arbitrary<Sex> sexes = Arbitraries.of(Sex.class);
        Arbitrary<String> places = Combinators.combine(
                Arbitraries.chars().range('A', 'Z'), Arbitraries.integers().between(0, 999))
                .as((c, n) -> c + String.format("%03d", n));
        return Combinators.combine(letters, births, sexes, places).as(Person::new);
    }

    @Property(tries = 500)
    void generatedCodesDecodeToThePerson(@ForAll("people") Person person) {
        CodiceFiscale cf = CodiceFiscale.of(person.code(), TODAY);
        assertThat(cf.birthDate()).isEqualTo(person.birth());
        assertThat(cf.sex()).isEqualTo(person.sex());
        assertThat(cf.birthPlace()).isEqualTo(person.place());
        assertThat(cf.isOmocodic()).isFalse();
    }

    @Property(tries = 300)
    void everySingleCharacterMutationIsRejectedOrDecodesIdentically(@ForAll("people") Person person,
            @ForAll @IntRange(min = 0, max = 15) int position) {
        String code = person.code();
        CodiceFiscale original = CodiceFiscale.of(code, TODAY);
        for (char replacement : ALPHABET.toCharArray()) {
            if (replacement == code.charAt(position)) {
                continue;
            }
            String mutated = code.substring(0, position) + replacement + code.substring(position + 1);
            CodiceFiscaleCheck check = CodiceFiscale.check(mutated, TODAY);
            check.value().ifPresent(decoded -> {
                assertThat(decoded.birthDate()).isEqualTo(original.birthDate());
                assertThat(decoded.sex()).isEqualTo(original.sex());
                assertThat(decoded.birthPlace()).isEqualTo(original.birthPlace());
            });
            // The check character catches every single substitution.
            assertThat(check.isValid()).as(mutated).isFalse();
        }
    }

    @Property(tries = 300)
    void omocodicVariantsValidateAndDecodeToTheSamePerson(@ForAll("people") Person person,
            @ForAll @IntRange(min = 1, max = 7) int replaced) {
        String code = person.code();
        char[] chars = code.substring(0, 15).toCharArray();
        // The Agenzia replaces digits starting from the rightmost one.
        for (int k = 0; k < replaced; k++) {
            int i = CodiceFiscale.OMOCODIA_POSITIONS[CodiceFiscale.OMOCODIA_POSITIONS.length - 1 - k];
            chars[i] = CodiceFiscale.OMOCODIA_LETTERS.charAt(chars[i] - '0');
        }
        String first15 = new String(chars);
        CodiceFiscale variant = CodiceFiscale.of(first15 + CodiceFiscale.checkCharacter(first15), TODAY);
        CodiceFiscale original = CodiceFiscale.of(code, TODAY);
        assertThat(variant.isOmocodic()).isTrue();
        assertThat(variant.canonical()).isEqualTo(code);
        assertThat(variant.samePersonAs(original)).isTrue();
        assertThat(variant.birthDate()).isEqualTo(person.birth());
        assertThat(variant.sex()).isEqualTo(person.sex());
        assertThat(variant.birthPlace()).isEqualTo(person.place());
    }
}
