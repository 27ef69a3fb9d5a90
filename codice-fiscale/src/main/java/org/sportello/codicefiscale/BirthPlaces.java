package org.sportello.codicefiscale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The official names behind the codici catastali a codice fiscale carries as birthplace: Italian
 * municipalities (with their province) and foreign states (Z codes). The list ships with the library;
 * its source and date are in the README beside {@code birthplaces.csv}.
 */
public final class BirthPlaces {
    /** A place as the list names it. */
    public record Place(String code, String province, String name, boolean current) {
        public boolean foreign() {
            return "EE".equals(province);
        }

        /** "SAN GIULIANO TERME (PI)", or the state's name alone. */
        public String describe() {
            return foreign() ? name : name + " (" + province + ")";
        }
    }

    private static final BirthPlaces BUNDLED = load();
    private final Map<String, Place> byCode;

    private BirthPlaces(Map<String, Place> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    /** The list that ships with Sportello. */
    public static BirthPlaces bundled() {
        return BUNDLED;
    }

    /** The place of a cadastral code ("A944"), if the list knows it. */
    public Optional<Place> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    public int size() {
        return byCode.size();
    }

    private static BirthPlaces load() {
        Map<String, Place> places = new HashMap<>();
        try (InputStream in = Objects.requireNonNull(BirthPlaces.class.getResourceAsStream("birthplaces.csv"),
                "birthplaces.csv");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(";", -1);
                places.put(f[0], new Place(f[0], f[1], f[2], "1".equals(f[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read birthplaces.csv", e);
        }
        return new BirthPlaces(places);
    }
}
