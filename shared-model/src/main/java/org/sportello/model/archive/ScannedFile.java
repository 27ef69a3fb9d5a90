package org.sportello.model.archive;

import java.util.Locale;
import java.util.Objects;
import org.sportello.model.protocol.DocumentHash;

/** A scanned file as read from disk or a scanner: its name, media type, bytes and their SHA-256. */
public record ScannedFile(String name, String mediaType, byte[] bytes, DocumentHash sha256) {
    public ScannedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        if (bytes.length == 0) {
            throw new IllegalArgumentException("an empty file is not a scan: " + name);
        }
        bytes = bytes.clone();
        if (!DocumentHash.sha256(bytes).equals(sha256)) {
            throw new IllegalArgumentException("hash does not match the bytes of " + name);
        }
    }

    public static ScannedFile of(String name, byte[] bytes) {
        return new ScannedFile(name, mediaTypeOf(name), bytes, DocumentHash.sha256(bytes));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** From the extension: scanners name their files, and the archive only needs it to show them again. */
    static String mediaTypeOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (lower.endsWith(".tif") || lower.endsWith(".tiff")) {
            return "image/tiff";
        }
        return "application/octet-stream";
    }
}
