package org.sportello.server.sync;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The protocol register and the document archive on their way to central (ADR 0021). They are found
 * as the tickets are, through the events a batch carries: PROTOCOL_REGISTERED, PROTOCOL_ANNULLED,
 * DOCUMENT_REPRINTED and SCAN_ATTACHED name their entry by its number (the first word of the detail),
 * and each is written in the same office transaction as its rows. The entry goes with its archived
 * PDF (the bytes), its reprints and its scanned pages (their hash: the scans stay in the office).
 * Entries take the newer version; everything else is append-only.
 */
final class DocumentPush {
    static final Set<String> EVENT_TYPES = Set.of("PROTOCOL_REGISTERED", "PROTOCOL_ANNULLED", "DOCUMENT_REPRINTED",
            "SCAN_ATTACHED");

    static final List<String> ENTRY = List.of("id", "office_id", "protocol_year", "number", "code", "kind",
            "subject_kind", "subject_code", "subject_name", "title", "document_sha256", "operator_id", "registered_at",
            "status", "annulled_at", "annulled_by", "annulment_reason", "version");
    static final List<String> ENTRY_TYPES = List.of("uuid", "uuid", "int", "int", "varchar", "varchar",
            "varchar", "varchar", "varchar", "varchar", "varchar", "uuid", "timestamptz",
            "varchar", "timestamptz", "uuid", "varchar", "bigint");
    static final List<String> ARCHIVED = List.of("protocol_entry_id", "office_id", "pdf_sha256", "archived_at");
    static final List<String> ARCHIVED_TYPES = List.of("uuid", "uuid", "varchar", "timestamptz");
    static final List<String> REPRINT = List.of("id", "office_id", "protocol_entry_id", "operator_id", "printed_at",
            "copy_sha256");
    static final List<String> REPRINT_TYPES = List.of("uuid", "uuid", "uuid", "uuid", "timestamptz", "varchar");
    static final List<String> PAGE = List.of("id", "office_id", "protocol_entry_id", "file_sha256", "page_number",
            "source_name", "read_from", "operator_id", "attached_at");
    static final List<String> PAGE_TYPES = List.of("uuid", "uuid", "uuid", "varchar", "int", "varchar", "varchar",
            "uuid", "timestamptz");
    /** archive_file without its bytes: what a scanned page's file is at central. */
    static final List<String> FILE = List.of("office_id", "sha256", "media_type", "size_bytes", "stored_at");
    static final List<String> FILE_TYPES = List.of("uuid", "varchar", "varchar", "bigint", "timestamptz");

    /** PDFs per statement, and bytes: a catch-up of a day of certificates (~45 KB each) stays in small pieces. */
    private static final int FILES_PER_STATEMENT = 64;
    private static final long BYTES_PER_STATEMENT = 8L << 20;
    private static final int IN_CHUNK = 500;

    /** The rows a batch's document events name; the PDFs' bytes are read while they are written. */
    record Documents(List<Object[]> entries, List<Object[]> archived, List<Object[]> reprints, List<Object[]> pages,
                     List<Object[]> scanFiles) {
        static final Documents NONE = new Documents(List.of(), List.of(), List.of(), List.of(), List.of());

        boolean isEmpty() {
            return entries.isEmpty();
        }
    }

    private DocumentPush() {
    }

    /** @param events office_event rows, columns {@link SyncedColumns#EVENT} */
    static Documents read(Connection office, List<Object[]> events) throws SQLException {
        Set<String> codes = new LinkedHashSet<>();
        for (Object[] e : events) {
            if (EVENT_TYPES.contains(e[4]) && e[11] instanceof String detail && !detail.isBlank()) {
                codes.add(detail.strip().split("\\s+", 2)[0]);
            }
        }
        if (codes.isEmpty()) {
            return Documents.NONE;
        }
        Map<UUID, Object[]> entries = new LinkedHashMap<>();
        for (Object[] row : select(office, ENTRY, ENTRY_TYPES, "protocol_entry", "code", codes)) {
            // A kiosk's attendance stamp names its station, not an operator; central's register has no column for
            // that yet (operator_id NOT NULL there), so those entries stay in the office for now (ADR 35).
            if (row[ENTRY.indexOf("operator_id")] != null) {
                entries.putIfAbsent((UUID) row[0], row);
            }
        }
        Set<UUID> ids = entries.keySet();
        List<Object[]> pages = select(office, PAGE, PAGE_TYPES, "scanned_page", "protocol_entry_id", ids);
        Set<String> scanHashes = new LinkedHashSet<>();
        for (Object[] p : pages) {
            scanHashes.add((String) p[3]);
        }
        return new Documents(List.copyOf(entries.values()),
                select(office, ARCHIVED, ARCHIVED_TYPES, "archived_document", "protocol_entry_id", ids),
                select(office, REPRINT, REPRINT_TYPES, "document_reprint", "protocol_entry_id", ids), pages,
                scanHashes.isEmpty() ? List.of() : scanFiles(office, scanHashes));
    }

    /** Writes them in the caller's central transaction; reads the PDFs central does not have yet from the office. */
    static void write(Connection central, Connection office, UUID officeId, Documents d) throws SQLException {
        if (d.isEmpty()) {
            return;
        }
        CentralWriter.write(central, CentralWriter.upsert("protocol_entry", ENTRY, ENTRY_TYPES, "id",
                "protocol_entry.version < EXCLUDED.version"), ENTRY.size(), d.entries());
        CentralWriter.write(central, CentralWriter.insert("archived_document", ARCHIVED, ARCHIVED_TYPES,
                "protocol_entry_id"), ARCHIVED.size(), d.archived());
        CentralWriter.write(central, CentralWriter.insert("document_reprint", REPRINT, REPRINT_TYPES, "id"),
                REPRINT.size(), d.reprints());
        CentralWriter.write(central, CentralWriter.insert("scanned_page", PAGE, PAGE_TYPES, "id"), PAGE.size(),
                d.pages());
        CentralWriter.write(central, CentralWriter.insert("archive_file", FILE, FILE_TYPES, "office_id, sha256"),
                FILE.size(), d.scanFiles());
        Set<String> pdfs = new LinkedHashSet<>();
        for (Object[] a : d.archived()) {
            pdfs.add((String) a[2]);
        }
        pdfs.removeAll(onCentral(central, pdfs));
        sendPdfs(central, office, officeId, List.copyOf(pdfs));
    }

    private static Set<String> onCentral(Connection central, Collection<String> hashes) throws SQLException {
        Set<String> known = new HashSet<>();
        if (hashes.isEmpty()) {
            return known;
        }
        try (PreparedStatement ps = central.prepareStatement(
                "SELECT sha256 FROM archive_file WHERE sha256 = ANY (?) AND content IS NOT NULL")) {
            Array array = central.createArrayOf("varchar", hashes.toArray());
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    known.add(rs.getString(1));
                }
            }
        }
        return known;
    }

    /** A few PDFs at a time, read from the office just before they are sent: memory stays bounded. */
    private static void sendPdfs(Connection central, Connection office, UUID officeId, List<String> hashes)
            throws SQLException {
        for (int from = 0; from < hashes.size(); ) {
            List<Object[]> group = new ArrayList<>();
            long bytes = 0;
            try (PreparedStatement ps = office.prepareStatement("SELECT sha256, media_type, size_bytes, stored_at,"
                    + " content FROM archive_file WHERE sha256 = ?")) {
                while (from < hashes.size() && group.size() < FILES_PER_STATEMENT && bytes < BYTES_PER_STATEMENT) {
                    ps.setString(1, hashes.get(from++));
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            group.add(new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3),
                                    rs.getObject(4, java.time.OffsetDateTime.class), rs.getBytes(5)});
                            bytes += rs.getLong(3);
                        }
                    }
                }
            }
            if (group.isEmpty()) {
                continue;
            }
            StringBuilder sql = new StringBuilder("INSERT INTO archive_file (office_id, sha256, media_type, size_bytes,"
                    + " stored_at, content) VALUES ");
            for (int i = 0; i < group.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
            }
            // A scan's row came first without bytes (the same file attached as a page): the PDF fills it in.
            sql.append(" ON CONFLICT (office_id, sha256) DO UPDATE SET content = EXCLUDED.content"
                    + " WHERE archive_file.content IS NULL");
            try (PreparedStatement ps = central.prepareStatement(sql.toString())) {
                int p = 1;
                for (Object[] f : group) {
                    ps.setObject(p++, officeId);
                    ps.setString(p++, (String) f[0]);
                    ps.setString(p++, (String) f[1]);
                    ps.setLong(p++, (Long) f[2]);
                    ps.setObject(p++, f[3]);
                    ps.setBytes(p++, (byte[]) f[4]);
                }
                ps.executeUpdate();
            }
        }
    }

    private static List<Object[]> scanFiles(Connection office, Set<String> hashes) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        List<String> all = List.copyOf(hashes);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            try (PreparedStatement ps = office.prepareStatement("SELECT (SELECT id FROM office), sha256, media_type,"
                    + " size_bytes, stored_at FROM archive_file WHERE sha256 IN ("
                    + SyncedColumns.placeholders(chunk.size()) + ")")) {
                Rows.bind(ps, 1, chunk.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(Rows.read(rs, FILE_TYPES));
                    }
                }
            }
        }
        return rows;
    }

    private static List<Object[]> select(Connection office, List<String> columns, List<String> types, String table,
                                         String key, Collection<?> values) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        List<?> all = List.copyOf(values);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<?> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            try (PreparedStatement ps = office.prepareStatement("SELECT " + SyncedColumns.list(columns) + " FROM "
                    + table + " WHERE " + key + " IN (" + SyncedColumns.placeholders(chunk.size()) + ")")) {
                Rows.bind(ps, 1, chunk.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(Rows.read(rs, types));
                    }
                }
            }
        }
        return rows;
    }
}
