package org.sportello.server.sync;

import java.util.List;
import org.sportello.server.dossier.DossierTables;

/** An office's whole dossier as JSON, for the review list (central keeps it as jsonb). */
final class DossierJson {
    private DossierJson() {
    }

    static String of(LocalDossier d) {
        StringBuilder json = new StringBuilder("{");
        fields(json, DossierTables.PERSON, d.person());
        json.append(", \"office_version\": ").append(d.version());
        // Every child under its part's name: a review resolved for the office restores all of them (central V4_3).
        for (DossierTables.Child child : DossierTables.CHILDREN) {
            json.append(", ");
            string(json, child.part());
            json.append(": ");
            array(json, child.columns(), d.rows(child));
        }
        return json.append('}').toString();
    }

    private static void array(StringBuilder json, List<String> columns, List<Object[]> rows) {
        json.append('[');
        for (int r = 0; r < rows.size(); r++) {
            json.append(r == 0 ? "{" : ", {");
            fields(json, columns, rows.get(r));
            json.append('}');
        }
        json.append(']');
    }

    private static void fields(StringBuilder json, List<String> columns, Object[] row) {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                json.append(", ");
            }
            string(json, columns.get(i));
            json.append(": ");
            Object v = row[i];
            if (v == null) {
                json.append("null");
            } else if (v instanceof Number) {
                json.append(v);
            } else {
                string(json, v.toString());
            }
        }
    }

    private static void string(StringBuilder json, String s) {
        json.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
