package org.sportello.model.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/** A SHA-256 digest, kept as 64 lower-case hex digits (the register's column and the printed form). */
public record DocumentHash(String hex) {
    public DocumentHash {
        Objects.requireNonNull(hex, "hex");
        hex = hex.strip().toLowerCase(Locale.ROOT);
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a SHA-256 is 64 hex digits");
        }
    }

    public static DocumentHash of(byte[] digest) {
        if (digest.length != 32) {
            throw new IllegalArgumentException("a SHA-256 has 32 bytes, not " + digest.length);
        }
        return new DocumentHash(HexFormat.of().formatHex(digest));
    }

    public static DocumentHash sha256(byte[] content) {
        try {
            return of(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static DocumentHash sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] bytes() {
        return HexFormat.of().parseHex(hex);
    }

    @Override
    public String toString() {
        return hex;
    }
}
