package org.sportello.server.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.server.OfficeServer;
import org.sportello.server.ServerStartException;

/** The data folder is owner-only, and the server does not start while a key is open to others. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class PrivacyFilePermissionsTest {
    @TempDir
    Path temp;

    @Test
    void theServerMakesItsDataFolderAndFilesOwnerOnlyAndRefusesExposedKeysNamingTheChmod() throws Exception {
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (OfficeServer server = OfficeServer.start(OfficeServer.Options.loopback(data))) {
            assertThat(server.isRunning()).isTrue();
        }
        assertThat(perms(data)).isEqualTo("rwx------");
        try (var files = Files.walk(data)) {
            for (Path f : files.toList()) {
                assertThat(perms(f)).as(f.toString()).isIn("rwx------", "rw-------");
            }
        }
        assertThat(data.resolve("office.mv.db")).exists();

        Path caKey = data.resolve("tls").resolve("ca.key");
        Files.setPosixFilePermissions(caKey, PosixFilePermissions.fromString("rw-r--r--"));
        Path central = data.resolve("central.properties");
        Files.writeString(central, "url=jdbc:postgresql://127.0.0.1/sportello\n");
        Files.setPosixFilePermissions(central, PosixFilePermissions.fromString("rw-rw----"));
        assertThatThrownBy(() -> OfficeServer.start(OfficeServer.Options.loopback(data)))
                .isInstanceOf(ServerStartException.class)
                .hasMessageContaining("chmod go-rwx " + caKey.toRealPath())
                .hasMessageContaining("chmod go-rwx " + central.toRealPath())
                .hasMessageNotContaining("office.mv.db");
        assertThat(data.resolve(OfficeServer.RUNNING_FILE)).as("never started").doesNotExist();

        Files.setPosixFilePermissions(caKey, PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(central, PosixFilePermissions.fromString("rw-------"));
        try (OfficeServer again = OfficeServer.start(OfficeServer.Options.loopback(data))) {
            assertThat(again.isRunning()).as("starts once fixed").isTrue();
        }
    }

    @Test
    void theRefusalIsInItalianToo() throws Exception {
        Path data = temp.resolve("it");
        Files.createDirectories(data.resolve("admin"));
        Path key = data.resolve("admin").resolve("station.key");
        Files.writeString(key, "not really a key");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw----r--"));
        Path spaced = data.resolve("central.properties");
        Files.writeString(spaced, "x=y\n");
        Files.setPosixFilePermissions(spaced, PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> DataFolderPermissions.requirePrivate(data, PrivacyTexts.in(Locale.ITALIAN)))
                .hasMessageStartingWith("Il server dell'ufficio non parte")
                .hasMessageContaining("chmod go-rwx " + key.toAbsolutePath())
                .hasMessageNotContaining("central.properties");
        assertThat(DataFolderPermissions.quoted(Path.of("/srv/it's here/x"))).isEqualTo("'/srv/it'\\''s here/x'");
    }

    private static String perms(Path p) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
