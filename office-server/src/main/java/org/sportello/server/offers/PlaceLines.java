package org.sportello.server.offers;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sportello places import}: CSV {@code name,province,lat,lon} (decimal degrees, a dot for the
 * decimals), an optional header line with those names, a name in double quotes when it holds a comma.
 */
public final class PlaceLines {
    public static final int MAX_PLACES = 20_000;

    private PlaceLines() {
    }

    public static ImportReport<Place> read(Reader in, OfferTexts texts) throws IOException {
        return ImportFile.read(in, line -> place(line, texts), Place::key, MAX_PLACES, texts);
    }

    static Place place(String line, OfferTexts t) {
        if (line.length() > 1000) {
            throw new JsonLine.Refused(t.text("import.line-too-long", 1000));
        }
        List<String> cells = cells(line, t);
        if (cells.size() == 4 && cells.get(0).equalsIgnoreCase("name") && cells.get(2).equalsIgnoreCase("lat")) {
            return null;
        }
        if (cells.size() != 4) {
            throw new JsonLine.Refused(t.text("import.csv-cells", cells.size()));
        }
        double lat;
        double lon;
        try {
            lat = Double.parseDouble(cells.get(2).strip());
            lon = Double.parseDouble(cells.get(3).strip());
        } catch (NumberFormatException e) {
            throw new JsonLine.Refused(t.text("import.bad-coordinates"));
        }
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new JsonLine.Refused(t.text("import.bad-coordinates"));
        }
        if (!cells.get(1).strip().matches("[A-Za-z]{2}")) {
            throw new JsonLine.Refused(t.text("import.bad-province", cells.get(1).strip()));
        }
        if (cells.get(0).isBlank() || cells.get(0).strip().length() > Place.MAX_NAME
                || cells.get(0).chars().anyMatch(Character::isISOControl)) {
            throw new JsonLine.Refused(t.text("import.bad-place-name"));
        }
        return new Place(cells.get(0), cells.get(1), lat, lon);
    }

    private static List<String> cells(String line, OfferTexts t) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new JsonLine.Refused(t.text("import.csv-quote"));
        }
        out.add(cell.toString());
        return out;
    }
}
