package org.sportello.model.seal;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Objects;
import org.sportello.model.protocol.DocumentHash;
import org.sportello.model.protocol.ProtocolNumber;

/** Signs seals with the office's private key. Ed25519 from the JDK: deterministic, 64-byte signatures. */
public final class OfficeSigner {
    private final KeyPair keys;
    private final OfficeKey publicKey;

    public OfficeSigner(String officeCode, KeyPair keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.publicKey = OfficeKey.of(officeCode, keys.getPublic());
    }

    public static KeyPair generateKeyPair() {
        try {
            return KeyPairGenerator.getInstance(OfficeKey.ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
        }
    }

    public OfficeKey publicKey() {
        return publicKey;
    }

    public SealPayload seal(ProtocolNumber number, DocumentHash hash) {
        if (!number.officeCode().equals(publicKey.officeCode())) {
            throw new IllegalArgumentException(number + " is not a number of office " + publicKey.officeCode());
        }
        try {
            Signature signer = Signature.getInstance(OfficeKey.ALGORITHM);
            signer.initSign(keys.getPrivate());
            signer.update(SealPayload.signedBytes(number, hash, publicKey.keyId()));
            return new SealPayload(number, hash, publicKey.keyId(), signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the office key", e);
        }
    }

    /** True when {@code payload} carries a valid signature by {@code key}. */
    public static boolean isSignedBy(SealPayload payload, OfficeKey key) {
        if (!payload.keyId().equals(key.keyId())) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(OfficeKey.ALGORITHM);
            verifier.initVerify(key.publicKey());
            verifier.update(payload.signedBytes());
            return verifier.verify(payload.signature());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
