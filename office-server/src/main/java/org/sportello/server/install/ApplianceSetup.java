package org.sportello.server.install;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sportello.protocol.station.OfficeAddress;

/**
 * {@code sportello setup kiosk|display|self-service}: makes this PC an appliance that boots into one Sportello app
 * (issue 15, ADR 31). Writes {@link ApplianceFiles} and the technician's unlock password, creates the
 * dedicated account, enrols the station and enables the unit; the screen is the kiosk's from the next
 * boot on.
 */
public final class ApplianceSetup {
    /** Groups the account joins when the machine has them: seat devices, sound, serial and USB printers. */
    static final List<String> DEVICE_GROUPS = List.of("video", "render", "input", "audio", "dialout", "lp", "plugdev");

    private final InstallRoot root;
    private final SystemCommands commands;
    private final PrintWriter out;

    public ApplianceSetup(InstallRoot root, SystemCommands commands, PrintWriter out) {
        this.root = root;
        this.commands = commands;
        this.out = out;
    }

    /**
     * @param office       the office server's address, {@code host:port}
     * @param enrolCode    the one-time code from {@code sportello station enrol NAME --role kiosk}; null when
     *                     the account is enrolled already
     * @param unlockHash   the technician's unlock password, hashed; null to keep the one already set
     */
    public void run(ApplianceRole role, String office, String enrolCode, String unlockHash) {
        OfficeAddress address;
        try {
            address = OfficeAddress.parse(office);
        } catch (IllegalArgumentException e) {
            throw new SetupRefused(InstallTexts.text("office.bad-address", office));
        }
        if (unlockHash == null && !root.exists(Layout.UNLOCK)) {
            throw new SetupRefused(InstallTexts.text("unlock.missing"));
        }
        String identity = role.home() + "/.sportello/station";
        if (enrolCode == null && !org.sportello.protocol.station.StationIdentity.exists(root.resolve(identity))) {
            throw new SetupRefused(InstallTexts.text("enrol.missing", role.word(), role.station().wireName()));
        }
        ensureUser(role);
        for (MachineFile f : ApplianceFiles.of(role, address.toString())) {
            out.println(InstallTexts.text("file.written", f.path()));
            root.write(f);
        }
        if (unlockHash != null) {
            root.write(new MachineFile(Layout.UNLOCK, unlockHash + "\n", "rw-r-----"));
            out.println(InstallTexts.text("file.written", Layout.UNLOCK));
        }
        // The app reads the hash as its account; no other account may (it could try passwords offline).
        commands.run(List.of("chown", "root:" + role.user(), Layout.UNLOCK));
        if (enrolCode != null) {
            StationEnrolling.enrol(root, commands, address, enrolCode, role.user(), role.home(), out);
        }
        commands.run(List.of("systemctl", "daemon-reload"));
        for (ApplianceRole other : role.others()) {
            if (root.exists(Layout.unitPath(other))) {
                // One screen, one app: a PC that was the hall display and is now a kiosk stops being the display.
                commands.run(List.of("systemctl", "disable", other.unit()));
            }
        }
        commands.run(List.of("systemctl", "set-default", "graphical.target"));
        commands.run(List.of("systemctl", "enable", role.unit()));
        out.println(InstallTexts.text("appliance.done", role.word(), role.user(), role.unit()));
    }

    private void ensureUser(ApplianceRole role) {
        if (commands.check(List.of("getent", "passwd", role.user()))) {
            return;
        }
        List<String> useradd = new ArrayList<>(List.of("useradd", "--system", "--user-group", "--create-home",
                "--home-dir", role.home(), "--shell", "/usr/sbin/nologin", "--comment", "Sportello " + role.word()));
        List<String> groups = DEVICE_GROUPS.stream().filter(this::groupExists).toList();
        if (!groups.isEmpty()) {
            useradd.addAll(List.of("--groups", String.join(",", groups)));
        }
        useradd.add(role.user());
        if (commands.run(useradd) != 0) {
            throw new SetupRefused(InstallTexts.text("user.failed", role.user()));
        }
        try {
            Files.createDirectories(root.resolve(role.home()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private boolean groupExists(String group) {
        Path groups = root.resolve("/etc/group");
        try {
            return Files.isRegularFile(groups)
                    && Files.readAllLines(groups).stream().anyMatch(l -> l.startsWith(group + ":"));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
