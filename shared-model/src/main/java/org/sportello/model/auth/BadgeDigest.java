package org.sportello.model.auth;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the office keeps of a badge: HMAC-SHA256 of its identifier under the office's badge key
 * (ADR 0013). Unlike a password hash it has no salt and no work factor: a login must find the badge
 * with one indexed lookup, and the key, not the slowness, is what stops a copied table from giving
 * away badge numbers.
 */
public final class BadgeDigest {
    /** Readers type UIDs as hex or decimal, magstripe badges as digits; separators vary by model. */
    private static final Pattern ID = Pattern.compile("[0-9A-Z]{4,64}");
    private final byte[] key;

    public BadgeDigest(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("a badge key has at least 128 bits");
        }
        this.key = key.clone();
    }

    /**
     * The identifier as stored and compared: upper case, without the ':', '-' and spaces some
     * readers put between bytes. Empty when it cannot be a badge identifier at all.
     */
    public static java.util.Optional<String> normalize(String badgeId) {
        if (badgeId == null) {
            return java.util.Optional.empty();
        }
        String id = badgeId.strip().toUpperCase(Locale.ROOT).replaceAll("[:\\- ]", "");
        return ID.matcher(id).matches() ? java.util.Optional.of(id) : java.util.Optional.empty();
    }

    /** 64 lower-case hex digits; {@code normalizedId} must come from {@link #normalize}. */
    public String digest(String normalizedId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(normalizedId.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
