package org.sportello.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.protocol.ProtocolVersion;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.client.OfficeClient;
import org.sportello.protocol.station.OfficeAddress;
import org.sportello.protocol.station.OfficeChannels;
import org.sportello.protocol.station.StationJoin;
import org.sportello.server.backup.NightlyBackups;
import org.sportello.server.backup.UpgradeBackup;
import org.sportello.server.storage.OfficeDatabase;

/**
 * An office upgraded from one Sportello to the next (issue 15): the database as the older version left
 * it is backed up before the first migration, and a station older than the server accepts is told to
 * update.
 */
class UpgradeTest {
    @TempDir
    Path dir;

    @Test
    void anOlderDatabaseIsBackedUpAsItWasBeforeItIsMigrated() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        // What an older Sportello left: the schema up to 10.1, with a row the upgrade must keep.
        try (OfficeDatabase older = OfficeDatabase.open(OfficeServer.inProcessUrl(data))) {
            Flyway.configure().dataSource(older.dataSource()).locations("classpath:db/migration").target("10.1")
                    .load().migrate();
            try (var c = older.dataSource().getConnection(); var s = c.createStatement()) {
                s.executeUpdate("INSERT INTO office (id, code, name, time_zone) VALUES "
                        + "('019a0000-0000-7000-8000-000000000001', 'BO01', 'Bologna', 'Europe/Rome')");
            }
        }

        Path backup;
        try (OfficeServer upgraded = OfficeServer.start(OfficeServer.Options.loopback(data))) {
            assertThat(upgraded.migrationsApplied()).as("10.2 and later").isPositive();
            backup = upgraded.upgradeBackup().orElseThrow();
            assertThat(upgraded.officeDatabase().schema().pending()).isZero();
            assertThat(upgraded.officeDatabase().dsl().fetchValue("SELECT name FROM office WHERE code = 'BO01'"))
                    .as("the data came through the migration").isEqualTo("Bologna");
        }
        assertThat(backup.getParent()).isEqualTo(data.toRealPath().resolve(NightlyBackups.FOLDER));
        assertThat(backup.getFileName().toString()).startsWith(UpgradeBackup.PREFIX + "10.1-").endsWith(".zip");

        Path unpacked = Files.createDirectories(dir.resolve("unpacked"));
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + backup.toUri()), Map.of())) {
            Files.copy(zip.getPath("office.mv.db"), unpacked.resolve("office.mv.db"));
        }
        try (OfficeDatabase copy = OfficeDatabase.open(OfficeDatabase.fileUrl(unpacked) + ";IFEXISTS=TRUE")) {
            assertThat(copy.schema().applied()).as("the backup is the database before migrating").isEqualTo("10.1");
            assertThat(copy.dsl().fetchValue("SELECT name FROM office")).isEqualTo("Bologna");
        }

        try (OfficeServer again = OfficeServer.start(OfficeServer.Options.loopback(data))) {
            assertThat(again.upgradeBackup()).as("nothing to migrate, no backup").isEmpty();
        }
        try (Stream<Path> files = Files.list(data.resolve(NightlyBackups.FOLDER))) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith(UpgradeBackup.PREFIX)).count()).isEqualTo(1);
        }
    }

    @Test
    void aNewDatabaseNeedsNoUpgradeBackup() {
        try (OfficeServer fresh = OfficeServer.start(OfficeServer.Options.loopback(dir.resolve("fresh")))) {
            assertThat(fresh.migrationsApplied()).isPositive();
            assertThat(fresh.upgradeBackup()).isEmpty();
            assertThat(fresh.dataDir().resolve(NightlyBackups.FOLDER)).doesNotExist();
        }
    }

    @Test
    void aStationOlderThanTheUpgradedServerAcceptsIsToldToUpdateInItsLanguage() throws Exception {
        Path data = dir.resolve("office");
        Path identity = dir.resolve("kiosk-identity");
        String code;
        int port;
        try (org.sportello.server.testing.TestOffice demo = org.sportello.server.testing.TestOffice.embedded(data)) {
            // The demo office, written before the server takes the database.
        }
        try (OfficeServer before = OfficeServer.start(OfficeServer.Options.loopback(data), OfficeApis::on)) {
            port = before.port();
            code = before.stations().enrol("ingresso", StationRole.KIOSK).grouped();
            StationJoin.join(new OfficeAddress("127.0.0.1", port), before.enrolmentPort(), code, identity);
            var channel = OfficeChannels.open(new OfficeAddress("127.0.0.1", port),
                    org.sportello.protocol.station.StationIdentity.load(identity));
            try {
                assertThat(new OfficeClient(channel).directory().whoAmI()).as("same version: served").isNotNull();
            } finally {
                channel.shutdownNow();
            }
        }
        // The server is upgraded to a release whose wire this station (version CURRENT) no longer speaks.
        int needed = ProtocolVersion.CURRENT + 1;
        try (OfficeServer upgraded = OfficeServer.start(OfficeServer.Options.loopback(data).withPort(port)
                .withOldestProtocol(needed), OfficeApis::on)) {
            var channel = OfficeChannels.open(new OfficeAddress("127.0.0.1", upgraded.port()),
                    org.sportello.protocol.station.StationIdentity.load(identity));
            try {
                assertThatThrownBy(() -> new OfficeClient(channel).directory().whoAmI())
                        .isInstanceOfSatisfying(SportelloException.class, e -> {
                            assertThat(e.problem()).isEqualTo(Problem.STATION_OUTDATED);
                            assertThat(e.localizedMessage(Locale.ITALIAN)).startsWith("Aggiornare questa postazione")
                                    .contains("versione " + ProtocolVersion.CURRENT, "dalla " + needed);
                            assertThat(e.localizedMessage(Locale.ENGLISH)).startsWith("Update this station");
                        });
            } finally {
                channel.shutdownNow();
            }
            // A new station joining with an old build hears the same, before its code is spent.
            String another = upgraded.stations().enrol("sala", StationRole.DISPLAY).grouped();
            assertThatThrownBy(() -> StationJoin.join(new OfficeAddress("127.0.0.1", upgraded.port()),
                    upgraded.enrolmentPort(), another, dir.resolve("display-identity")))
                    .isInstanceOfSatisfying(SportelloException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.STATION_OUTDATED));
        }
    }
}
