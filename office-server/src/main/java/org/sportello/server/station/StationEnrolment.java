package org.sportello.server.station;

import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.protocol.station.JoinProof;

/**
 * Turns a station's proof of a one-time code into a signed certificate. The proof is checked against
 * every open code (there are few), over this server's own certificate: a station that talked to
 * someone in the middle computed it over another certificate, and nothing matches.
 */
public final class StationEnrolment {
    private final StationRegistry registry;
    private final OfficeCa ca;

    /** What the station gets back. */
    public record Joined(String name, org.sportello.protocol.StationRole role, X509Certificate certificate,
                         X509Certificate caCertificate, String officeCode) {
    }

    public StationEnrolment(StationRegistry registry, OfficeCa ca) {
        this.registry = registry;
        this.ca = ca;
    }

    /**
     * @throws SportelloException ENROLMENT_REFUSED when no open code matches the proof
     * @throws IllegalArgumentException when the key is not an EC P-256 public key
     */
    public synchronized Joined join(byte[] publicKeyDer, byte[] proof) {
        PublicKey key = OfficeCa.stationKey(publicKeyDer);
        byte[] serverCertificate;
        try {
            serverCertificate = ca.serverCertificate().getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("the server certificate cannot be encoded", e);
        }
        for (StationRegistry.OpenCode code : registry.openCodes()) {
            if (JoinProof.matches(code.code(), serverCertificate, publicKeyDer, proof)) {
                X509Certificate certificate = ca.signStation(code.name(), code.role(), key);
                String serial = certificate.getSerialNumber().toString(16);
                if (!registry.enrolled(code, serial)) {
                    break;
                }
                return new Joined(code.name(), code.role(), certificate, ca.certificate(), registry.officeCode());
            }
        }
        throw new SportelloException(Problem.ENROLMENT_REFUSED);
    }
}
