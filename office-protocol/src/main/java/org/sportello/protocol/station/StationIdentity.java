package org.sportello.protocol.station;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.sportello.protocol.StationRole;

/**
 * Who this station is to the office: its private key (made here, never sent), the certificate the
 * office CA signed for it, and that CA, the only one it trusts. Kept in a folder only its owner can
 * read ({@code ~/.sportello/station/} by default): {@code station.key}, {@code station.crt},
 * {@code office-ca.crt}, all PEM.
 */
public record StationIdentity(PrivateKey key, X509Certificate certificate, X509Certificate officeCa) {
    static final String KEY_FILE = "station.key";
    static final String CERTIFICATE_FILE = "station.crt";
    static final String CA_FILE = "office-ca.crt";

    public StationIdentity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(officeCa, "officeCa");
    }

    /** {@code HOME/.sportello/station}. */
    public static Path defaultFolder(Path home) {
        return UserFolder.of(System.getProperty("os.name", ""), home, System.getenv()).resolve("station");
    }

    public static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve(KEY_FILE)) && Files.isRegularFile(folder.resolve(CERTIFICATE_FILE))
                && Files.isRegularFile(folder.resolve(CA_FILE));
    }

    public static StationIdentity load(Path folder) {
        try {
            return new StationIdentity(Pem.readPrivateKey(Files.readAllBytes(folder.resolve(KEY_FILE))),
                    Pem.readCertificate(Files.readAllBytes(folder.resolve(CERTIFICATE_FILE))),
                    Pem.readCertificate(Files.readAllBytes(folder.resolve(CA_FILE))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the station identity in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Writes the three files, owner-only; an earlier identity in the folder is replaced. */
    public StationIdentity save(Path folder) {
        PrivateFiles.directory(folder);
        PrivateFiles.write(folder.resolve(KEY_FILE), Pem.privateKey(key));
        PrivateFiles.write(folder.resolve(CA_FILE), Pem.certificate(officeCa));
        // The certificate last: exists() is true only once the whole identity is on disk.
        PrivateFiles.write(folder.resolve(CERTIFICATE_FILE), Pem.certificate(certificate));
        return this;
    }

    /** The station's name, as the office wrote it (the certificate's CN). */
    public String name() {
        return subjectPart(certificate, "CN").orElseThrow();
    }

    /** The role the office wrote into the certificate (its OU). */
    public StationRole role() {
        return subjectPart(certificate, "OU").flatMap(StationRole::parse).orElseThrow(
                () -> new IllegalStateException("the station certificate names no role"));
    }

    /** The certificate's serial number in hex, what the office lists and revokes. */
    public String serial() {
        return serialOf(certificate);
    }

    public static String serialOf(X509Certificate certificate) {
        return certificate.getSerialNumber().toString(16);
    }

    /** One attribute of a certificate's subject ({@code CN}, {@code OU}…). */
    public static Optional<String> subjectPart(X509Certificate certificate, String type) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase(type)) {
                    return Optional.of(String.valueOf(rdn.getValue()));
                }
            }
            return Optional.empty();
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
    }
}
