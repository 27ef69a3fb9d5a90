package org.sportello.server.offers;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One object of a JSON Lines import, read strictly: unknown fields, wrong types, over-long texts and
 * control characters are refused with a reason, so a bad line is skipped whole and never half read.
 */
final class JsonLine {
    /** Refused with a reason already in the reader's words. */
    static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    static final int MAX_LINE = 65_536;
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

    private final JsonObject object;
    private final OfferTexts texts;

    private JsonLine(JsonObject object, OfferTexts texts) {
        this.object = object;
        this.texts = texts;
    }

    static JsonLine parse(String line, Set<String> known, OfferTexts texts) {
        if (line.length() > MAX_LINE) {
            throw new Refused(texts.text("import.line-too-long", MAX_LINE));
        }
        JsonElement e;
        try {
            JsonReader reader = new JsonReader(new StringReader(line));
            reader.setStrictness(Strictness.STRICT);
            e = JsonParser.parseReader(reader);
            if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                throw new JsonParseException("more than one value on the line");
            }
        } catch (JsonParseException | java.io.IOException | IllegalStateException ex) {
            Throwable root = ex;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new Refused(texts.text("import.not-json", firstLine(root.getMessage())));
        }
        if (!e.isJsonObject()) {
            throw new Refused(texts.text("import.not-object"));
        }
        for (String name : e.getAsJsonObject().keySet()) {
            if (!known.contains(name)) {
                throw new Refused(texts.text("import.unknown-field", name));
            }
        }
        return new JsonLine(e.getAsJsonObject(), texts);
    }

    String id() {
        String id = text("id", 64, true);
        if (!ID.matcher(id).matches()) {
            throw new Refused(texts.text("import.bad-id", id));
        }
        return id;
    }

    /** A string field; absent, null or blank is null unless required. */
    String text(String field, int max, boolean required) {
        JsonElement e = object.get(field);
        if (e == null || e.isJsonNull()) {
            if (required) {
                throw new Refused(texts.text("import.missing", field));
            }
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new Refused(texts.text("import.not-text", field));
        }
        String s = e.getAsString().strip();
        if (s.isEmpty()) {
            if (required) {
                throw new Refused(texts.text("import.missing", field));
            }
            return null;
        }
        if (s.length() > max) {
            throw new Refused(texts.text("import.too-long", field, max));
        }
        if (CONTROL.matcher(s).find()) {
            throw new Refused(texts.text("import.control", field));
        }
        return s;
    }

    LocalDate date(String field, boolean required) {
        String s = text(field, 10, required);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new Refused(texts.text("import.bad-date", field, s));
        }
    }

    /** A number field; absent or null is {@code absent}. */
    double number(String field, double absent) {
        JsonElement e = object.get(field);
        if (e == null || e.isJsonNull()) {
            return absent;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new Refused(texts.text("import.not-number", field));
        }
        double d = e.getAsDouble();
        if (!Double.isFinite(d)) {
            throw new Refused(texts.text("import.not-number", field));
        }
        return d;
    }

    int integer(String field, int absent, int min, int max) {
        double d = number(field, Double.NaN);
        if (Double.isNaN(d)) {
            return absent;
        }
        if (d != Math.rint(d) || d < min || d > max) {
            throw new Refused(texts.text("import.out-of-range", field, min, max));
        }
        return (int) d;
    }

    boolean has(String field) {
        JsonElement e = object.get(field);
        return e != null && !e.isJsonNull();
    }

    /** A list of strings (absent: empty), each at most {@code maxEach} characters, at most {@code maxItems}. */
    List<String> texts(String field, int maxItems, int maxEach) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : array(field, maxItems)) {
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                throw new Refused(texts.text("import.not-text-list", field));
            }
            String s = e.getAsString().strip();
            if (s.length() > maxEach) {
                throw new Refused(texts.text("import.too-long", field, maxEach));
            }
            if (CONTROL.matcher(s).find() || s.contains("\n")) {
                throw new Refused(texts.text("import.control", field));
            }
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** A list of objects (absent: empty). */
    List<JsonObject> objects(String field, int maxItems) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement e : array(field, maxItems)) {
            if (!e.isJsonObject()) {
                throw new Refused(texts.text("import.not-object-list", field));
            }
            out.add(e.getAsJsonObject());
        }
        return out;
    }

    private JsonArray array(String field, int maxItems) {
        JsonElement e = object.get(field);
        if (e == null || e.isJsonNull()) {
            return new JsonArray();
        }
        if (!e.isJsonArray()) {
            throw new Refused(texts.text("import.not-list", field));
        }
        if (e.getAsJsonArray().size() > maxItems) {
            throw new Refused(texts.text("import.too-many", field, maxItems));
        }
        return e.getAsJsonArray();
    }

    OfferTexts texts() {
        return texts;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
