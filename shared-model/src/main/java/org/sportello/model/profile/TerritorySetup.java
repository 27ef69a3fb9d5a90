package org.sportello.model.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;

/**
 * The territory part of an office's set-up file: which municipalities each office serves.
 * <pre>
 * territory.office.BO01=Centro per l'Impiego di Bologna | Via Marco Emilio Lepido 1, Bologna
 * territory.BO01=Bologna (BO); Casalecchio di Reno (BO)
 * </pre>
 * The office's own code lists its area; other codes name where the desk sends people from elsewhere.
 */
public final class TerritorySetup {
    private static final Pattern LIST_KEY = Pattern.compile("territory\\.([A-Z0-9]{2,16})");
    private static final Pattern TOWN = Pattern.compile("\\s*(.+?)\\s*(?:\\(([A-Za-z]{2})\\))?\\s*");

    private TerritorySetup() {
    }

    public static List<TerritoryEntry> read(Path setupFile) {
        try (InputStream in = Files.newInputStream(setupFile)) {
            return read(in);
        } catch (IOException e) {
            throw new SportelloException(Problem.INVALID_SETUP, e, setupFile + ": " + e.getMessage());
        }
    }

    /** The demo office's territory (in {@code demo-office.properties}; illustrative, not the real areas). */
    public static List<TerritoryEntry> demo() {
        try (InputStream in = org.sportello.model.setup.OfficeSetupFile.class
                .getResourceAsStream("demo-office.properties")) {
            return read(in);
        } catch (IOException e) {
            throw new IllegalStateException("the demo set-up ships inside the jar", e);
        }
    }

    public static List<TerritoryEntry> read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<TerritoryEntry> entries = new ArrayList<>();
        for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
            Matcher m = LIST_KEY.matcher(key);
            if (!m.matches()) {
                continue;
            }
            String code = m.group(1);
            String office = p.getProperty("territory.office." + code);
            if (office == null || office.isBlank()) {
                throw new SportelloException(Problem.INVALID_SETUP, key + " needs territory.office." + code
                        + "=NAME | ADDRESS");
            }
            String[] nameAddress = office.split("\\|", 2);
            for (String town : p.getProperty(key).split(";")) {
                if (town.isBlank()) {
                    continue;
                }
                Matcher t = TOWN.matcher(town);
                if (!t.matches()) {
                    throw new SportelloException(Problem.INVALID_SETUP, key + ": not a municipality: " + town);
                }
                entries.add(new TerritoryEntry(t.group(1), t.group(2), code, nameAddress[0],
                        nameAddress.length > 1 ? nameAddress[1] : null));
            }
        }
        return entries;
    }
}
