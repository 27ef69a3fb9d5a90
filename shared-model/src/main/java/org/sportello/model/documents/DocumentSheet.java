package org.sportello.model.documents;

import java.text.Normalizer;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sportello.model.protocol.DocumentHash;
import org.sportello.model.protocol.ProtocolNumber;

/**
 * Everything printed on a document, as text. Its {@link #hash()} is what the register stores and
 * the seal signs: the hash of the content, not of the PDF bytes, because the PDF carries the seal
 * itself (ADR 12).
 */
public record DocumentSheet(DocumentKind kind, Locale locale, ProtocolNumber number, ZonedDateTime issuedAt,
                            Letterhead letterhead, String title, List<Block> blocks, String signer,
                            boolean sample) {
    /** Changes whenever the canonical form below changes, so old hashes stay explainable. */
    static final String CANONICAL_VERSION = "sportello-document-v1";

    public DocumentSheet {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    /** One line per printed item, NFC-normalised, fields tab-separated. */
    public String canonicalText() {
        StringBuilder out = new StringBuilder(CANONICAL_VERSION).append('\n');
        line(out, "kind", kind.name());
        line(out, "language", locale.getLanguage());
        line(out, "number", number.format());
        line(out, "issued", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(issuedAt.withNano(0)));
        line(out, "office", letterhead.officeCode(), letterhead.officeName(), letterhead.address());
        line(out, "title", title);
        for (Block b : blocks) {
            switch (b) {
                case Block.Paragraph p -> line(out, "p", p.text());
                case Block.Fields f -> f.fields().forEach(x -> line(out, "field", x.label(), x.value()));
                case Block.Table t -> {
                    line(out, "th", t.headers().toArray(String[]::new));
                    t.rows().forEach(r -> line(out, "tr", r.toArray(String[]::new)));
                }
                case Block.Stamp s -> line(out, "stamp", s.lines().toArray(String[]::new));
                case Block.Signatures s -> line(out, "sign", s.parties().toArray(String[]::new));
            }
        }
        line(out, "signer", signer == null ? "" : signer);
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    public DocumentHash hash() {
        return DocumentHash.sha256(canonicalText());
    }

    private static void line(StringBuilder out, String tag, String... values) {
        out.append(tag);
        for (String v : values) {
            // Tabs and newlines inside a value would forge extra fields: flatten them.
            out.append('\t').append(v == null ? "" : v.replace('\t', ' ').replace('\n', ' '));
        }
        out.append('\n');
    }
}
