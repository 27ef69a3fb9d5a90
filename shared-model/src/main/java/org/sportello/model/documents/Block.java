package org.sportello.model.documents;

import java.util.List;

/** A piece of a document's body, in the order printed. Plain values: the renderer decides the look. */
public sealed interface Block {
    record Paragraph(String text) implements Block {
    }

    /** Label/value pairs, e.g. name, codice fiscale, birth date. */
    record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    record Field(String label, String value) {
    }

    record Table(List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** Signature lines for the parties that sign the paper by hand (a pact: the citizen and the case manager). */
    record Signatures(List<String> parties) implements Block {
        public Signatures {
            parties = List.copyOf(parties);
        }
    }

    /** The office's date-time stamp, as a rubber stamp would put it on a received paper. */
    record Stamp(List<String> lines) implements Block {
        public Stamp {
            lines = List.copyOf(lines);
        }
    }
}
