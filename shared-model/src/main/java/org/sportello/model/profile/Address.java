package org.sportello.model.profile;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A residence or domicile. The municipality and its province (two letters) are what decide which
 * office is competent; street and postcode are for letters.
 */
public record Address(String street, String postcode, String municipality, String province) {
    public static final Address NONE = new Address(null, null, null, null);

    public Address {
        street = Texts.clean(street);
        postcode = Texts.clean(postcode);
        municipality = Texts.clean(municipality);
        province = Texts.clean(province) == null ? null : province.strip().toUpperCase(Locale.ROOT);
    }

    public boolean isEmpty() {
        return street == null && postcode == null && municipality == null && province == null;
    }

    /**
     * The municipality as offices' territory lists key it: upper case, accents and apostrophes folded,
     * so "Sant'Agata" and "SANT AGATA" are the same place; null when there is no municipality.
     */
    public String municipalityKey() {
        return key(municipality, province);
    }

    public static String key(String municipality, String province) {
        if (municipality == null || municipality.isBlank()) {
            return null;
        }
        String folded = Normalizer.normalize(municipality, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").strip();
        return province == null || province.isBlank() ? folded : folded + " (" + province.strip().toUpperCase(Locale.ROOT) + ")";
    }
}
