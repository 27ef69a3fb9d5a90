package org.sportello.protocol.station;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a joining station sends instead of its one-time code:
 * {@code HMAC-SHA256(key = code, message = SHA-256(server certificate DER) || public key DER)}.
 * It binds the code to the server certificate the station saw in the TLS handshake, so a man in the
 * middle (who must show another certificate) gets a proof the real server refuses, and never the code.
 */
public final class JoinProof {
    private JoinProof() {
    }

    public static byte[] compute(String code, byte[] serverCertificateDer, byte[] publicKeyDer) {
        try {
            byte[] certificateDigest = MessageDigest.getInstance("SHA-256").digest(serverCertificateDer);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(EnrolmentCodes.normalise(code).getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            mac.update(certificateDigest);
            mac.update(publicKeyDer);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 and HMAC-SHA256 are part of every Java runtime", e);
        }
    }

    /** Compares in constant time, so the answer's timing says nothing about how close a guess was. */
    public static boolean matches(String code, byte[] serverCertificateDer, byte[] publicKeyDer, byte[] proof) {
        return MessageDigest.isEqual(compute(code, serverCertificateDer, publicKeyDer), proof);
    }
}
