package org.sportello.protocol.station;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Trusts a server only when its certificate chains to the office CA and is made for a TLS server
 * (extended key usage serverAuth): a station's certificate, made for clients only, is refused.
 *
 * <p>The host name is not compared with the certificate: workstations reach the server by a name, an
 * address or several, and the office CA (which nobody else uses) signs one server certificate only, the
 * office server's. That is the same guarantee a name check would give, without breaking the day the
 * office's router hands out another address.
 */
public final class OfficeTrust extends ServerOnlyTrust {
    private final X509TrustManager pkix;

    private OfficeTrust(X509TrustManager pkix) {
        this.pkix = pkix;
    }

    public static OfficeTrust of(X509Certificate officeCa) {
        try {
            KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
            anchors.load(null, null);
            anchors.setCertificateEntry("office-ca", officeCa);
            TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
            factory.init(anchors);
            for (TrustManager tm : factory.getTrustManagers()) {
                if (tm instanceof X509TrustManager x509) {
                    return new OfficeTrust(x509);
                }
            }
            throw new IllegalStateException("the Java runtime offers no X.509 trust manager");
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot trust the office CA: " + e.getMessage(), e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        // The variant without a socket or engine: chain, validity and key usage for a TLS server, no name.
        pkix.checkServerTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return pkix.getAcceptedIssuers();
    }
}
