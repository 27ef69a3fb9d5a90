package org.sportello.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.auth.PasswordHasher;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.station.StationIdentity;
import org.sportello.server.OfficeApis;
import org.sportello.server.OfficeServer;
import org.sportello.server.ServerStartException;
import org.sportello.server.install.Layout;
import org.sportello.server.testing.SystemdUnits;
import org.sportello.server.testing.TestOffice;

/**
 * {@code sportello setup} writing into a folder that stands for the machine ({@code --root}): the files
 * of a locked kiosk, a hall display, an office service and a desk, read back and checked by systemd's
 * own parser, with a real office server on 127.0.0.1 to enrol with.
 */
class SetupCommandTest {
    private static final Path OFFICE_UNIT = Path.of("..", "installer", "src", "main", "deb", "root", "usr", "lib",
            "systemd", "system", "sportello-office.service");

    @TempDir
    Path dir;
    private Path root;
    private OfficeServer server;
    private String office;

    @BeforeEach
    void office() throws Exception {
        root = Files.createDirectories(dir.resolve("machine"));
        Path data = dir.resolve("office-data");
        try (TestOffice demo = TestOffice.embedded(data)) {
            // The demo office, written before the server takes the database.
        }
        // Stations join on the port after the main one, as on a real office server.
        for (int attempt = 0; server == null; attempt++) {
            int port;
            try (ServerSocket probe = new ServerSocket(0)) {
                port = probe.getLocalPort();
            }
            try {
                server = OfficeServer.start(OfficeServer.Options.loopback(data).withPort(port).withEnrolmentPort(port + 1),
                        OfficeApis::on);
            } catch (ServerStartException taken) {
                if (attempt > 5) {
                    throw taken;
                }
            }
        }
        office = "127.0.0.1:" + server.port();
    }

    @AfterEach
    void close() {
        server.close();
    }

    private CliRun.Result setup(String stdin, String... args) {
        return new CliRun(dir.resolve("home")).stdin(stdin).run(args);
    }

    private String read(String path) throws Exception {
        return Files.readString(root.resolve(path.substring(1)));
    }

    private String mode(String path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve(path.substring(1))));
    }

    @Test
    void aKioskBootsIntoTheAppInCageAsItsOwnAccountEnrolledAndLocked() throws Exception {
        String code = server.stations().enrol("ingresso", StationRole.KIOSK).grouped();
        Files.createDirectories(root.resolve("etc"));
        Files.writeString(root.resolve("etc/group"), "video:x:44:\ninput:x:105:\ndialout:x:20:\n");

        CliRun.Result r = setup("tecnico-2026\n", "setup", "kiosk", "--root", root.toString(), "--office", office,
                "--enrol", code, "--unlock-password-stdin");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        String unit = read("/etc/systemd/system/sportello-kiosk.service");
        assertThat(unit).contains("User=sportello-kiosk", "PAMName=sportello-kiosk", "TTYPath=/dev/tty1",
                "Conflicts=getty@tty1.service", "EnvironmentFile=/etc/sportello/station.env",
                "ExecStart=/usr/bin/cage -d -- /etc/sportello/appliance-session kiosk", "Restart=on-failure",
                "Environment=GDK_BACKEND=x11", "WantedBy=graphical.target");
        assertThat(read("/etc/pam.d/sportello-kiosk")).contains("session  required pam_systemd.so");
        assertThat(read("/etc/sportello/station.env")).contains("SPORTELLO_OFFICE=" + office);
        assertThat(read("/etc/systemd/logind.conf.d/sportello-appliance.conf"))
                .contains("IdleAction=ignore", "HandlePowerKey=ignore");
        assertThat(read(Layout.SESSION)).contains("/opt/sportello/bin/sportello-\"$role\"", "xset s off s noblank -dpms",
                "-eq 64");
        assertThat(mode(Layout.SESSION)).isEqualTo("rwxr-xr-x");
        assertThat(mode(Layout.UNLOCK)).as("the hash is for the app's account only").isEqualTo("rw-r-----");
        assertThat(new PasswordHasher().verify("tecnico-2026".toCharArray(), read(Layout.UNLOCK).strip())).isTrue();

        assertThat(StationIdentity.exists(root.resolve("var/lib/sportello-kiosk/.sportello/station"))).isTrue();
        assertThat(server.stations().list()).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("ingresso");
            assertThat(s.role()).isEqualTo(StationRole.KIOSK);
        });
        assertThat(r.out()).contains(
                "useradd --system --user-group --create-home --home-dir /var/lib/sportello-kiosk --shell "
                        + "/usr/sbin/nologin --comment Sportello kiosk --groups video,input,dialout sportello-kiosk",
                "chown root:sportello-kiosk /etc/sportello/unlock",
                "chown -R sportello-kiosk:sportello-kiosk /var/lib/sportello-kiosk/.sportello",
                "systemctl set-default graphical.target", "systemctl enable sportello-kiosk.service",
                "Ctrl+Alt+Shift+U");

        SystemdUnits.verify(root, List.of("sportello-kiosk.service"), List.of("/usr/bin/cage"));
    }

    @Test
    void theDisplayTakesOverAKioskPcAndKeepsItsUnlockPassword() throws Exception {
        String kiosk = server.stations().enrol("ingresso", StationRole.KIOSK).grouped();
        assertThat(setup("primo\n", "setup", "kiosk", "--root", root.toString(), "--office", office, "--enrol", kiosk,
                "--unlock-password-stdin").exitCode()).isZero();
        String display = server.stations().enrol("sala", StationRole.DISPLAY).grouped();

        CliRun.Result r = setup("", "setup", "display", "--root", root.toString(), "--office", office, "--enrol", display);

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(read("/etc/systemd/system/sportello-display.service"))
                .contains("User=sportello-display", "appliance-session display");
        assertThat(new PasswordHasher().verify("primo".toCharArray(), read(Layout.UNLOCK).strip()))
                .as("kept: nothing asked, nothing given").isTrue();
        assertThat(r.out()).contains("systemctl disable sportello-kiosk.service", "systemctl enable sportello-display.service");
        SystemdUnits.verify(root, List.of("sportello-display.service", "sportello-kiosk.service"), List.of("/usr/bin/cage"));
    }

    @Test
    void aSelfServiceTerminalIsAnApplianceLikeTheKioskAndTakesOverTheKioskAndTheDisplay() throws Exception {
        String kiosk = server.stations().enrol("ingresso", StationRole.KIOSK).grouped();
        assertThat(setup("primo\n", "setup", "kiosk", "--root", root.toString(), "--office", office, "--enrol", kiosk,
                "--unlock-password-stdin").exitCode()).isZero();
        String display = server.stations().enrol("sala", StationRole.DISPLAY).grouped();
        assertThat(setup("", "setup", "display", "--root", root.toString(), "--office", office, "--enrol", display)
                .exitCode()).isZero();
        String terminal = server.stations().enrol("offerte", StationRole.SELF_SERVICE).grouped();

        CliRun.Result r = setup("", "setup", "self-service", "--root", root.toString(), "--office", office,
                "--enrol", terminal);

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(read("/etc/systemd/system/sportello-self-service.service")).contains("User=sportello-self-service",
                "PAMName=sportello-self-service", "TTYPath=/dev/tty1",
                "ExecStart=/usr/bin/cage -d -- /etc/sportello/appliance-session self-service");
        assertThat(read("/etc/pam.d/sportello-self-service")).contains("session  required pam_systemd.so");
        assertThat(StationIdentity.exists(root.resolve("var/lib/sportello-self-service/.sportello/station"))).isTrue();
        assertThat(server.stations().list()).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("offerte");
            assertThat(s.role()).isEqualTo(StationRole.SELF_SERVICE);
        });
        assertThat(r.out()).contains("--home-dir /var/lib/sportello-self-service",
                "chown root:sportello-self-service /etc/sportello/unlock",
                "systemctl disable sportello-kiosk.service", "systemctl disable sportello-display.service",
                "systemctl enable sportello-self-service.service", "Ctrl+Alt+Shift+U");
        SystemdUnits.verify(root, List.of("sportello-self-service.service", "sportello-kiosk.service",
                "sportello-display.service"), List.of("/usr/bin/cage"));
    }

    @Test
    void aKioskWithoutACodeOrUnlockPasswordIsRefusedWithWhatToDo() throws Exception {
        CliRun.Result noCode = setup("x\n", "setup", "kiosk", "--root", root.toString(), "--office", office,
                "--unlock-password-stdin");
        assertThat(noCode.exitCode()).isEqualTo(ExitCode.REFUSED.code());
        assertThat(noCode.err()).contains("station enrol NAME --role kiosk", "--enrol CODE").doesNotContain("Exception");
        assertThat(root.resolve("etc/systemd/system/sportello-kiosk.service")).doesNotExist();

        CliRun.Result badCode = setup("x\n", "setup", "kiosk", "--root", root.toString(), "--office", office,
                "--enrol", "AAAA-BBBB-CCCC-DDDD", "--unlock-password-stdin");
        assertThat(badCode.exitCode()).isEqualTo(ExitCode.REFUSED.code());
        assertThat(badCode.err()).contains("cannot enrol at " + office);

        CliRun.Result badAddress = setup("x\n", "setup", "kiosk", "--root", root.toString(), "--office", "office:port",
                "--unlock-password-stdin");
        assertThat(badAddress.err()).contains("is not an office address");
    }

    @Test
    void aCommandThatChangesTheMachineNeedsRootAndSaysSo() {
        SetupTarget target = new SetupTarget();
        assertThatThrownBy(() -> target.installRoot("kiosk", false)).isInstanceOfSatisfying(CliFailure.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(e.getMessage()).contains("run it as root", "sudo sportello setup kiosk", "--root DIR");
        });
        assertThat(target.installRoot("kiosk", true).isSystem()).isTrue();
    }

    @Test
    void runningAsRootIsToldByTheProcessOwnUser() throws Exception {
        Process id = new ProcessBuilder("id", "-u").start();
        String uid = new String(id.getInputStream().readAllBytes()).strip();
        assertThat(id.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(org.sportello.server.install.RunningAs.root()).isEqualTo("0".equals(uid));
    }

    @Test
    void theOfficeServiceIsEnabledOnceTheDatabaseIsMadeAsItsAccount() throws Exception {
        CliRun.Result noPackage = setup("", "setup", "office", "--root", root.toString());
        assertThat(noPackage.exitCode()).isEqualTo(ExitCode.REFUSED.code());
        assertThat(noPackage.err()).contains("install the Sportello package first");

        Path unit = root.resolve(Layout.OFFICE_UNIT.substring(1));
        Files.createDirectories(unit.getParent());
        Files.copy(OFFICE_UNIT, unit);
        CliRun.Result noSetup = setup("", "setup", "office", "--root", root.toString());
        assertThat(noSetup.err()).contains("--setup FILE");

        Path setupFile = dir.resolve("my-office.properties");
        Files.writeString(setupFile, "office.code=BO01\n");
        CliRun.Result r = setup("", "setup", "office", "--root", root.toString(), "--setup", setupFile.toString(),
                "--host", "sportello-bo01");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(read(Layout.OFFICE_OPTIONS)).contains("SPORTELLO_SERVE_OPTIONS=--host sportello-bo01");
        assertThat(read("/etc/sportello/office.properties")).isEqualTo("office.code=BO01\n");
        assertThat(mode("/etc/sportello/office.properties")).isEqualTo("rw-r-----");
        assertThat(r.out()).contains("chown root:sportello /etc/sportello/office.properties",
                "runuser -u sportello -- /opt/sportello/bin/sportello office init --setup /etc/sportello/office.properties",
                "systemctl enable --now sportello-office.service");
        CliRun.Result badHost = setup("", "setup", "office", "--root", root.toString(), "--setup", setupFile.toString(),
                "--host", "a b; rm -rf /");
        assertThat(badHost.exitCode()).isEqualTo(ExitCode.REFUSED.code());
    }

    @Test
    void aDeskAccountIsEnrolledInItsOwnHome() throws Exception {
        Files.createDirectories(root.resolve("etc"));
        Files.writeString(root.resolve("etc/passwd"), "mrossi:x:1000:1000:Maria Rossi:/home/mrossi:/bin/bash\n");
        String code = server.stations().enrol("sportello-1", StationRole.DESK).grouped();

        CliRun.Result noUser = setup("", "setup", "desk", "--root", root.toString(), "--office", office, "--enrol", code);
        assertThat(noUser.exitCode()).isEqualTo(ExitCode.REFUSED.code());
        assertThat(noUser.err()).contains("--user LOGIN");

        CliRun.Result r = setup("", "setup", "desk", "--root", root.toString(), "--office", office, "--enrol", code,
                "--user", "mrossi");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(read(Layout.STATION_ENV)).contains("SPORTELLO_OFFICE=" + office);
        assertThat(StationIdentity.exists(root.resolve("home/mrossi/.sportello/station"))).isTrue();
        assertThat(r.out()).contains("chown -R mrossi:mrossi /home/mrossi/.sportello");
    }

    @Test
    void theInstalledServersSettingsGiveTheDataFolderUnlessTheShellSetsOne() throws Exception {
        Path settings = dir.resolve("office.env");
        Files.writeString(settings, "# comment\nSPORTELLO_DATA=/var/lib/sportello\nOTHER=\"quoted value\"\n");
        assertThat(CliEnvironment.withSettings(Map.of(), settings))
                .containsEntry("SPORTELLO_DATA", "/var/lib/sportello").containsEntry("OTHER", "quoted value");
        assertThat(CliEnvironment.withSettings(Map.of("SPORTELLO_DATA", "/srv/x"), settings))
                .containsEntry("SPORTELLO_DATA", "/srv/x");
        assertThat(CliEnvironment.withSettings(Map.of("A", "b"), dir.resolve("missing.env"))).isEqualTo(Map.of("A", "b"));
    }

    @Test
    void theSessionRestartsTheAppUntilATechnicianUnlocksIt() throws Exception {
        String code = server.stations().enrol("ingresso", StationRole.KIOSK).grouped();
        assertThat(setup("x\n", "setup", "kiosk", "--root", root.toString(), "--office", office, "--enrol", code,
                "--unlock-password-stdin").exitCode()).isZero();
        // The session as written, with the app's folder moved into the test's: an app that crashes once,
        // then is unlocked.
        Path app = Files.createDirectories(dir.resolve("app/bin"));
        Path runs = dir.resolve("runs");
        Files.writeString(app.resolve("sportello-kiosk"), """
                #!/bin/sh
                echo run >> %s
                [ "$(wc -l < %s)" -ge 2 ] && exit 64
                exit 1
                """.formatted(runs, runs));
        app.resolve("sportello-kiosk").toFile().setExecutable(true);
        Path session = dir.resolve("session");
        Files.writeString(session, read(Layout.SESSION).replace("/opt/sportello", dir.resolve("app").toString()));
        Process p = new ProcessBuilder("sh", session.toString(), "kiosk").redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the session ends after the unlock").isTrue();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(Files.readAllLines(runs)).as("started again after it ended, once").hasSize(2);
        assertThat(output).contains("ended with status 1", "unlocked by a technician");
    }
}
