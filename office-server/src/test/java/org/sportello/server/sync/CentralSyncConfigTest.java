package org.sportello.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where {@code office serve} finds central: central.properties beside the database, overridden by the environment. */
class CentralSyncConfigTest {
    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();

    @Test
    void noUrlAnywhereMeansNoSync() {
        assertThat(CentralSyncConfig.find(dir, env::get)).isEmpty();
    }

    @Test
    void theFileNamesCentralAndTheEnvironmentOverridesItKeyByKey() throws Exception {
        Path file = dir.resolve(CentralSyncConfig.FILE_NAME);
        Files.writeString(file, "central.url=jdbc:postgresql://central/sportello?sslmode=verify-full\n"
                + "central.user=office_bo01\ncentral.password=secret\nsync.every=2.5\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        CentralSyncConfig c = CentralSyncConfig.find(dir, env::get).orElseThrow();
        assertThat(c.login().user()).isEqualTo("office_bo01");
        assertThat(c.login().password()).isEqualTo("secret");
        assertThat(c.settings().pollEvery()).isEqualTo(Duration.ofMillis(2500));
        assertThat(c.source()).isEqualTo(file.toString());
        assertThat(c.warning()).isNull();

        env.put("SPORTELLO_CENTRAL_USER", "office_bo02");
        env.put("SPORTELLO_SYNC_EVERY", "1");
        CentralSyncConfig overridden = CentralSyncConfig.find(dir, env::get).orElseThrow();
        assertThat(overridden.login().user()).isEqualTo("office_bo02");
        assertThat(overridden.login().url()).contains("central/sportello");
        assertThat(overridden.settings().pollEvery()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aPasswordOthersCanReadIsWarnedAboutAndMistakesNameTheKey() throws Exception {
        Path file = dir.resolve(CentralSyncConfig.FILE_NAME);
        Files.writeString(file, "central.url=jdbc:postgresql://central/sportello?sslmode=verify-full\n"
                + "central.password=secret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(CentralSyncConfig.find(dir, env::get).orElseThrow().warning()).contains("chmod 600");

        Files.writeString(file, "central.url=jdbc:postgresql://central/sportello?sslmode=verify-full\n"
                + "sync.every=often\n");
        assertThatThrownBy(() -> CentralSyncConfig.find(dir, env::get)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sync.every").hasMessageContaining("\"often\"");
        env.put("SPORTELLO_CENTRAL_URL", "jdbc:mysql://elsewhere/db");
        assertThatThrownBy(() -> CentralSyncConfig.find(dir, env::get)).hasMessageContaining("$SPORTELLO_CENTRAL_URL")
                .hasMessageContaining("jdbc:postgresql:");
    }

    @Test
    void aRemoteCentralWithoutVerifyFullStopsTheServerFromStartingItsSync() throws Exception {
        Files.writeString(dir.resolve(CentralSyncConfig.FILE_NAME),
                "central.url=jdbc:postgresql://192.0.2.1/sportello?sslmode=require\n");
        assertThatThrownBy(() -> CentralSyncConfig.find(dir, env::get)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(CentralSyncConfig.FILE_NAME).hasMessageContaining("sslmode=verify-full")
                .hasMessageContaining("loopback");
        env.put("SPORTELLO_CENTRAL_URL", "jdbc:postgresql://127.0.0.1/sportello?sslmode=require");
        assertThat(CentralSyncConfig.find(dir, env::get)).as("central on this machine").isPresent();
    }
}
