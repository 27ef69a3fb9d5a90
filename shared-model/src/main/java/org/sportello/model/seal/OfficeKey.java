package org.sportello.model.seal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.sportello.model.protocol.DocumentHash;

/**
 * An office's public signing key: what another office needs to check that office's papers. The
 * key id is the first 8 bytes of the SHA-256 of the encoded key, so a payload can name its key in
 * 16 characters and rotation needs no registry of ids.
 */
public record OfficeKey(String officeCode, String keyId, PublicKey publicKey) {
    public static final String ALGORITHM = "Ed25519";
    private static final String EXPORT_HEADER = "sportello-office-key-v1";

    public OfficeKey {
        Objects.requireNonNull(officeCode, "officeCode");
        Objects.requireNonNull(publicKey, "publicKey");
        if (!keyId.equals(idOf(publicKey))) {
            throw new IllegalArgumentException("key id " + keyId + " does not belong to this key");
        }
    }

    public static OfficeKey of(String officeCode, PublicKey publicKey) {
        return new OfficeKey(officeCode, idOf(publicKey), publicKey);
    }

    public static String idOf(PublicKey key) {
        byte[] digest = DocumentHash.sha256(key.getEncoded()).bytes();
        return HexFormat.of().formatHex(digest, 0, 8);
    }

    /** The X.509 (SubjectPublicKeyInfo) encoding in Base64, as stored and exported. */
    public String encoded() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    public static PublicKey decodePublicKey(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    /** One line to send to central or another office: header, office code, key id, key. */
    public String export() {
        return EXPORT_HEADER + " " + officeCode + " " + keyId + " " + encoded();
    }

    /** Reads {@link #export()}'s line; empty when it is not one or the id does not match the key. */
    public static Optional<OfficeKey> parseExport(String line) {
        if (line == null) {
            return Optional.empty();
        }
        String[] parts = line.strip().split("\\s+");
        if (parts.length != 4 || !parts[0].equals(EXPORT_HEADER)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new OfficeKey(parts[1], parts[2], decodePublicKey(parts[3])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
