package org.sportello.model.seal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.sportello.model.protocol.DocumentHash;
import org.sportello.model.protocol.ProtocolNumber;

/**
 * What the QR code on a document holds (ADR 12):
 * {@code SPT1|<protocol number>|<SHA-256, base64url>|<key id>|<Ed25519 signature, base64url>}.
 * The signature covers everything before its own separator, as UTF-8. Plain text keeps it readable
 * by any scanner app and short enough for a QR that prints well at 3 cm.
 */
public record SealPayload(ProtocolNumber number, DocumentHash hash, String keyId, byte[] signature) {
    public static final String VERSION = "SPT1";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getUrlDecoder();

    public SealPayload {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(keyId, "keyId");
        signature = signature.clone();
    }

    /** The exact bytes the office signs. */
    public static byte[] signedBytes(ProtocolNumber number, DocumentHash hash, String keyId) {
        return (VERSION + "|" + number.format() + "|" + B64.encodeToString(hash.bytes()) + "|" + keyId)
                .getBytes(StandardCharsets.UTF_8);
    }

    public byte[] signedBytes() {
        return signedBytes(number, hash, keyId);
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    public String encode() {
        return new String(signedBytes(), StandardCharsets.UTF_8) + "|" + B64.encodeToString(signature);
    }

    /** Empty when the text is not a seal of this version (another QR, a garbled scan). */
    public static Optional<SealPayload> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("\\|", -1);
        if (parts.length != 5 || !parts[0].equals(VERSION) || !parts[3].matches("[0-9a-f]{16}")) {
            return Optional.empty();
        }
        try {
            Optional<ProtocolNumber> number = ProtocolNumber.parse(parts[1]);
            byte[] hash = B64_DECODER.decode(parts[2]);
            byte[] signature = B64_DECODER.decode(parts[4]);
            // Canonical forms only: base64 has spare bits in its last character, and a payload that
            // differs from the printed one must never verify as the same paper.
            if (number.isEmpty() || hash.length != 32 || signature.length != 64
                    || !parts[1].equals(number.get().format()) || !parts[2].equals(B64.encodeToString(hash))
                    || !parts[4].equals(B64.encodeToString(signature))) {
                return Optional.empty();
            }
            return Optional.of(new SealPayload(number.get(), DocumentHash.of(hash), parts[3], signature));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SealPayload p && number.equals(p.number) && hash.equals(p.hash) && keyId.equals(p.keyId)
                && java.util.Arrays.equals(signature, p.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, hash, keyId, java.util.Arrays.hashCode(signature));
    }

    @Override
    public String toString() {
        return encode();
    }
}
