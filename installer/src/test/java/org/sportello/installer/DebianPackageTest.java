package org.sportello.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.server.testing.SystemdUnits;

/**
 * The Debian package's own files (issue 15, ADR 31): the office server's unit as systemd reads it, the
 * settings the service and the command share, the menu entries, and the package {@code
 * scripts/assemble-deb} makes from an app image, with its downgrade refusal run for real.
 */
class DebianPackageTest {
    private static final Path CHECKOUT = Path.of("").toAbsolutePath().getParent();
    private static final Path DEB = CHECKOUT.resolve("installer/src/main/deb");
    private static final Path UNIT = DEB.resolve("root/usr/lib/systemd/system/sportello-office.service");

    @TempDir
    Path dir;

    @Test
    void theOfficeServiceRunsAsItsOwnAccountWritesOnlyItsDataAndRestartsAfterAFailure() throws Exception {
        String unit = Files.readString(UNIT);
        assertThat(unit).contains("User=sportello", "Group=sportello",
                "EnvironmentFile=/etc/sportello/office.env",
                "ExecStart=/opt/sportello/bin/sportello office serve $SPORTELLO_SERVE_OPTIONS",
                "Restart=on-failure", "RestartPreventExitStatus=2 3", "SuccessExitStatus=143",
                "StandardOutput=journal", "StateDirectory=sportello", "StateDirectoryMode=0700",
                "ProtectSystem=strict", "ReadWritePaths=/var/lib/sportello", "ProtectHome=yes", "PrivateTmp=yes",
                "PrivateDevices=yes", "NoNewPrivileges=yes", "CapabilityBoundingSet=\n", "UMask=0077",
                "WantedBy=multi-user.target");
        assertThat(unit).doesNotContain("MemoryDenyWriteExecute=yes");
        assertThat(Files.readString(DEB.resolve("root/etc/sportello/office.env")))
                .contains("SPORTELLO_DATA=/var/lib/sportello");
        assertThat(Files.readAllLines(DEB.resolve("DEBIAN/conffiles"))).containsExactly("/etc/sportello/office.env");

        Path root = Files.createDirectories(dir.resolve("machine"));
        Path installed = root.resolve("usr/lib/systemd/system/sportello-office.service");
        Files.createDirectories(installed.getParent());
        Files.copy(UNIT, installed);
        SystemdUnits.verify(root, List.of("sportello-office.service"), List.of("/opt/sportello/bin/sportello"));
    }

    @Test
    void theDeskAndTheDemoAreInTheMenuWithTheIcon() throws Exception {
        for (String launcher : List.of("sportello-desk", "sportello-demo")) {
            List<String> entry = Files.readAllLines(DEB.resolve("root/usr/share/applications/" + launcher + ".desktop"));
            assertThat(entry.getFirst()).isEqualTo("[Desktop Entry]");
            assertThat(entry).contains("Type=Application", "Exec=/opt/sportello/bin/" + launcher, "Icon=sportello",
                    "Terminal=false");
            assertThat(entry).anyMatch(l -> l.startsWith("Name[it]="));
            // Every line is a group, a comment or KEY=value: what the desktop's menu parser accepts.
            assertThat(entry).allMatch(l -> l.isEmpty() || l.startsWith("[") || l.startsWith("#")
                    || l.matches("[A-Za-z0-9-]+(\\[[A-Za-z_@]+])?=.*"));
            assertThat(CHECKOUT.resolve("installer/src/main/jpackage/" + launcher + ".properties"))
                    .as("a launcher the image has").exists();
        }
        assertThat(Files.readString(DEB.resolve("root/usr/share/icons/hicolor/scalable/apps/sportello.svg")))
                .startsWith("<svg").contains("</svg>");
    }

    @Test
    void thePackageHoldsTheImageTheUnitAndScriptsThatRefuseADowngrade() throws Exception {
        Path image = Files.createDirectories(dir.resolve("image/bin"));
        Files.writeString(image.resolve("sportello"), "#!/bin/sh\necho sportello\n");
        image.resolve("sportello").toFile().setExecutable(true);
        Result built = run(List.of(CHECKOUT.resolve("scripts/assemble-deb").toString(), image.getParent().toString(),
                "1.4.0", dir.resolve("out").toString()));
        assertThat(built.code()).as(built.output()).isZero();
        Path deb = dir.resolve("out/sportello_1.4.0_amd64.deb");
        assertThat(deb).exists();

        Result contents = run(List.of("dpkg-deb", "--contents", deb.toString()));
        assertThat(contents.output()).contains("root/root", "./opt/sportello/bin/sportello",
                "./usr/lib/systemd/system/sportello-office.service", "./etc/sportello/office.env",
                "./usr/share/applications/sportello-desk.desktop", "./usr/share/icons/hicolor/scalable/apps/sportello.svg");
        assertThat(run(List.of("dpkg-deb", "--field", deb.toString(), "Version")).output().strip()).isEqualTo("1.4.0");
        assertThat(run(List.of("dpkg-deb", "--field", deb.toString(), "Depends")).output()).contains("libgtk-3-0");

        Path control = dir.resolve("control");
        assertThat(run(List.of("dpkg-deb", "--control", deb.toString(), control.toString())).code()).isZero();
        assertThat(Files.readAllLines(control.resolve("conffiles"))).containsExactly("/etc/sportello/office.env");
        String preinst = control.resolve("preinst").toString();
        Result downgrade = run(List.of("sh", preinst, "upgrade", "1.10.0"));
        assertThat(downgrade.code()).as("1.10.0 is newer than 1.4.0 for dpkg").isNotZero();
        assertThat(downgrade.output()).contains("version 1.10.0 is installed; 1.4.0 is older", "before-upgrade-");
        assertThat(run(List.of("sh", preinst, "upgrade", "1.3.9")).code()).as("an upgrade").isZero();
        assertThat(run(List.of("sh", preinst, "upgrade", "1.4.0")).code()).as("the same again").isZero();
        assertThat(run(List.of("sh", preinst, "install")).code()).isZero();

        String postrm = Files.readString(control.resolve("postrm"));
        String remove = postrm.substring(postrm.indexOf("  remove)"), postrm.indexOf("  purge)"));
        String purge = postrm.substring(postrm.indexOf("  purge)"));
        assertThat(remove).as("remove keeps the data and says where").doesNotContain("rm -rf", "userdel")
                .contains("Kept: /var/lib/sportello", "apt purge sportello");
        assertThat(purge).contains("rm -rf /etc/sportello /var/lib/sportello", "userdel", "DELETES");
        String postinst = Files.readString(control.resolve("postinst"));
        assertThat(postinst).contains("useradd --system --user-group --home-dir /var/lib/sportello",
                "install -d -m 0700 -o sportello -g sportello /var/lib/sportello")
                .doesNotContain("systemctl enable");
        assertThat(Files.readString(control.resolve("prerm"))).contains("systemctl stop");
        for (String script : List.of("preinst", "postinst", "prerm", "postrm")) {
            assertThat(run(List.of("sh", "-n", control.resolve(script).toString())).code()).as(script).isZero();
            assertThat(control.resolve(script)).isExecutable();
        }
    }

    private record Result(int code, String output) {
    }

    private static Result run(List<String> command) throws Exception {
        Path log = Files.createTempFile("deb-test", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
