package org.sportello.server.station;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.station.Pem;
import org.sportello.protocol.station.PrivateFiles;

/**
 * The office's own certificate authority, in {@code DATA/tls/} (folder 0700, files 0600): an EC P-256
 * key and self-signed certificate made on the first start, the server certificate (TLS server only),
 * and the station certificates it signs from a station's public key (TLS client only). Nobody else
 * uses this CA, so trusting it means trusting this office and nothing more.
 */
public final class OfficeCa {
    static final String CA_KEY = "ca.key";
    static final String CA_CERTIFICATE = "ca.crt";
    static final String SERVER_KEY = "server.key";
    static final String SERVER_CERTIFICATE = "server.crt";
    private static final Duration CA_VALIDITY = Duration.ofDays(20 * 366);
    private static final Duration SERVER_VALIDITY = Duration.ofDays(10 * 366);
    static final Duration STATION_VALIDITY = Duration.ofDays(5 * 366);
    /** Stations whose clocks run a little behind still accept a certificate made a moment ago. */
    private static final Duration BACKDATE = Duration.ofHours(1);
    private static final String SIGNATURE = "SHA256withECDSA";

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final PrivateKey caKey;
    private final X509Certificate caCertificate;
    private final PrivateKey serverKey;
    private final X509Certificate serverCertificate;

    private OfficeCa(Clock clock, PrivateKey caKey, X509Certificate caCertificate, PrivateKey serverKey,
                     X509Certificate serverCertificate) {
        this.clock = clock;
        this.caKey = caKey;
        this.caCertificate = caCertificate;
        this.serverKey = serverKey;
        this.serverCertificate = serverCertificate;
    }

    /**
     * Loads the CA from {@code tlsDir}, or makes it on the first start. The server certificate is made
     * again when it does not name every host in {@code serverNames} (the technician changed --host).
     */
    public static OfficeCa openOrCreate(Path tlsDir, Collection<String> serverNames, Clock clock) {
        PrivateFiles.directory(tlsDir);
        try {
            PrivateKey caKey;
            X509Certificate ca;
            if (Files.isRegularFile(tlsDir.resolve(CA_KEY)) && Files.isRegularFile(tlsDir.resolve(CA_CERTIFICATE))) {
                caKey = Pem.readPrivateKey(Files.readAllBytes(tlsDir.resolve(CA_KEY)));
                ca = Pem.readCertificate(Files.readAllBytes(tlsDir.resolve(CA_CERTIFICATE)));
            } else {
                KeyPair keys = newKeyPair();
                caKey = keys.getPrivate();
                ca = selfSigned(keys, clock);
                PrivateFiles.write(tlsDir.resolve(CA_KEY), Pem.privateKey(caKey));
                PrivateFiles.write(tlsDir.resolve(CA_CERTIFICATE), Pem.certificate(ca));
            }
            OfficeCa partial = new OfficeCa(clock, caKey, ca, null, null);
            Set<String> names = serverNames(serverNames);
            PrivateKey serverKey;
            X509Certificate server;
            if (Files.isRegularFile(tlsDir.resolve(SERVER_KEY)) && Files.isRegularFile(tlsDir.resolve(SERVER_CERTIFICATE))
                    && names(Pem.readCertificate(Files.readAllBytes(tlsDir.resolve(SERVER_CERTIFICATE)))).containsAll(names)) {
                serverKey = Pem.readPrivateKey(Files.readAllBytes(tlsDir.resolve(SERVER_KEY)));
                server = Pem.readCertificate(Files.readAllBytes(tlsDir.resolve(SERVER_CERTIFICATE)));
            } else {
                KeyPair keys = newKeyPair();
                serverKey = keys.getPrivate();
                server = partial.signServer(keys.getPublic(), names);
                PrivateFiles.write(tlsDir.resolve(SERVER_KEY), Pem.privateKey(serverKey));
                PrivateFiles.write(tlsDir.resolve(SERVER_CERTIFICATE), Pem.certificate(server));
            }
            return new OfficeCa(clock, caKey, ca, serverKey, server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the office CA in " + tlsDir + ": " + e.getMessage(), e);
        }
    }

    public X509Certificate certificate() {
        return caCertificate;
    }

    public X509Certificate serverCertificate() {
        return serverCertificate;
    }

    public PrivateKey serverKey() {
        return serverKey;
    }

    /** A station's certificate: CN = its name, OU = its role, for TLS clients only. */
    public X509Certificate signStation(String name, StationRole role, PublicKey stationKey) {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, "Sportello office")
                .addRDN(BCStyle.OU, role.wireName())
                .addRDN(BCStyle.CN, name)
                .build();
        return sign(subject, stationKey, STATION_VALIDITY, false, KeyPurposeId.id_kp_clientAuth, null);
    }

    /** A station's public key as it sent it (SubjectPublicKeyInfo DER), accepted only when EC P-256. */
    public static PublicKey stationKey(byte[] subjectPublicKeyInfo) {
        try {
            PublicKey key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(subjectPublicKeyInfo));
            if (!(key instanceof ECPublicKey ec) || ec.getParams().getCurve().getField().getFieldSize() != 256) {
                throw new IllegalArgumentException("the station key must be EC P-256");
            }
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an EC public key: " + e.getMessage(), e);
        }
    }

    /** A new EC P-256 key pair (the local administrator's, made on the server). */
    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is part of every Java runtime", e);
        }
    }

    private X509Certificate signServer(PublicKey key, Set<String> names) {
        List<GeneralName> alternatives = new ArrayList<>();
        for (String n : names) {
            alternatives.add(isAddress(n) ? new GeneralName(GeneralName.iPAddress, n) : new GeneralName(GeneralName.dNSName, n));
        }
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, "Sportello office")
                .addRDN(BCStyle.CN, names.iterator().next())
                .build();
        return sign(subject, key, SERVER_VALIDITY, false, KeyPurposeId.id_kp_serverAuth,
                new GeneralNames(alternatives.toArray(GeneralName[]::new)));
    }

    private X509Certificate sign(X500Name subject, PublicKey key, Duration validity, boolean ca, KeyPurposeId purpose,
                                 GeneralNames alternatives) {
        Instant now = clock.instant();
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(caCertificate, serial(),
                    Date.from(now.minus(BACKDATE)), Date.from(now.plus(validity)), subject, key)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(ca))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose))
                    .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            utils.createAuthorityKeyIdentifier(caCertificate));
            if (alternatives != null) {
                builder.addExtension(Extension.subjectAlternativeName, false, alternatives);
            }
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(SIGNATURE).build(caKey)));
        } catch (GeneralSecurityException | CertIOException | OperatorCreationException e) {
            throw new IllegalStateException("the office CA cannot sign: " + e.getMessage(), e);
        }
    }

    private static X509Certificate selfSigned(KeyPair keys, Clock clock) {
        Instant now = clock.instant();
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, "Sportello office")
                .addRDN(BCStyle.CN, "Sportello office CA " + Long.toHexString(new SecureRandom().nextLong()))
                .build();
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, new BigInteger(128, new SecureRandom()),
                    Date.from(now.minus(BACKDATE)), Date.from(now.plus(CA_VALIDITY)), name, keys.getPublic())
                    // pathLen 0: the CA signs stations and the server, never another CA.
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(SIGNATURE).build(keys.getPrivate())));
        } catch (GeneralSecurityException | CertIOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot make the office CA: " + e.getMessage(), e);
        }
    }

    private BigInteger serial() {
        // 128 random bits, positive and never zero: unguessable, and unique without a counter.
        return new BigInteger(128, random).setBit(127);
    }

    private static Set<String> serverNames(Collection<String> requested) {
        Set<String> names = new LinkedHashSet<>();
        for (String n : requested) {
            if (n != null && !n.isBlank()) {
                names.add(n.strip());
            }
        }
        try {
            names.add(InetAddress.getLocalHost().getHostName());
        } catch (IOException noName) {
            // A machine without a resolvable name is reached by address or as localhost.
        }
        names.add("localhost");
        names.add("127.0.0.1");
        return names;
    }

    private static Set<String> names(X509Certificate certificate) {
        Set<String> names = new LinkedHashSet<>();
        try {
            Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
            if (alternatives != null) {
                for (List<?> a : alternatives) {
                    names.add(String.valueOf(a.get(1)));
                }
            }
        } catch (java.security.cert.CertificateParsingException e) {
            return Set.of();
        }
        return names;
    }

    private static boolean isAddress(String name) {
        return name.matches("[0-9.]+") || name.indexOf(':') >= 0;
    }
}
