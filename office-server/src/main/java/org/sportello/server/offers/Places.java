package org.sportello.server.offers;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.sportello.server.storage.JdbcTransaction;
import org.sportello.model.offers.Workplace;
import org.sportello.model.profile.Address;

/**
 * The office's places file in the database ({@code place}), and the lookup a "Dove" needs: "Imola",
 * "imola (bo)" or "IMOLA" name the same municipality. Held in memory (a region has a few hundred
 * municipalities, Italy under 8,000); an import replaces it.
 */
public final class Places {
    private static final Pattern WITH_PROVINCE = Pattern.compile("^(.+?)\\s*\\(\\s*([A-Za-z]{2})\\s*\\)$");

    private final DataSource office;
    private volatile Map<String, Place> byKey;
    private volatile Map<String, List<Place>> byName;

    public Places(DataSource office) {
        this.office = office;
    }

    /** Adds or replaces these places in one transaction; the count of rows written. */
    public int putAll(Collection<Place> places) {
        int n = JdbcTransaction.run(office, c -> {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO place (place_key, name_key, name, province, lat, lon)"
                    + " KEY (place_key) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Place p : places) {
                    ps.setString(1, p.key());
                    ps.setString(2, p.nameKey());
                    ps.setString(3, p.name());
                    ps.setString(4, p.province());
                    ps.setDouble(5, p.lat());
                    ps.setDouble(6, p.lon());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return places.size();
        });
        byKey = null;
        return n;
    }

    /** The municipality a "Dove" names, or empty when the places file does not know it. */
    public Optional<Place> find(String where) {
        if (where == null || where.isBlank()) {
            return Optional.empty();
        }
        load();
        Matcher m = WITH_PROVINCE.matcher(where.strip());
        if (m.matches()) {
            return Optional.ofNullable(byKey.get(Address.key(m.group(1), m.group(2))));
        }
        List<Place> named = byName.getOrDefault(Address.key(where, null), List.of());
        return named.isEmpty() ? Optional.empty() : Optional.of(named.getFirst());
    }

    /** The place of a municipality in a province (either may be loosely written); empty when unknown. */
    public Optional<Place> find(String municipality, String province) {
        if (municipality == null || municipality.isBlank()) {
            return Optional.empty();
        }
        load();
        if (province != null && !province.isBlank()) {
            Place p = byKey.get(Address.key(municipality, province));
            if (p != null) {
                return Optional.of(p);
            }
        }
        return find(municipality);
    }

    /** The workplace with coordinates from the places file when it came without them. */
    public Workplace locate(Workplace w) {
        if (w.located()) {
            return w;
        }
        return find(w.municipality(), w.province())
                .map(p -> new Workplace(w.municipality(), w.province() == null ? p.province() : w.province(), p.lat(), p.lon()))
                .orElse(w);
    }

    public int count() {
        load();
        return byKey.size();
    }

    private void load() {
        if (byKey != null) {
            return;
        }
        synchronized (this) {
            if (byKey != null) {
                return;
            }
            List<Place> all = JdbcTransaction.run(office, c -> {
                List<Place> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT name, province, lat, lon FROM place ORDER BY place_key");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Place(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4)));
                    }
                }
                return out;
            });
            Map<String, List<Place>> names = new HashMap<>();
            Map<String, Place> keys = new HashMap<>();
            for (Place p : all) {
                keys.put(p.key(), p);
                names.computeIfAbsent(p.nameKey(), k -> new ArrayList<>()).add(p);
            }
            byName = names;
            byKey = keys;
        }
    }
}
