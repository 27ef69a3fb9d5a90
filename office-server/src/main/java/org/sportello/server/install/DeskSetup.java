package org.sportello.server.install;

import java.io.PrintWriter;
import org.sportello.protocol.station.OfficeAddress;

/**
 * {@code sportello setup desk}: an operator's PC. The package has put the desk in the menu; this names
 * the office for every account of the machine ({@link Layout#STATION_ENV}) and, with a code, enrols the
 * account that will use the desk.
 */
public final class DeskSetup {
    private final InstallRoot root;
    private final SystemCommands commands;
    private final PrintWriter out;

    public DeskSetup(InstallRoot root, SystemCommands commands, PrintWriter out) {
        this.root = root;
        this.commands = commands;
        this.out = out;
    }

    /**
     * @param user  the account that uses the desk; needed with a code
     * @param home  that account's home folder (found by the command)
     */
    public void run(String office, String enrolCode, String user, String home) {
        OfficeAddress address;
        try {
            address = OfficeAddress.parse(office);
        } catch (IllegalArgumentException e) {
            throw new SetupRefused(InstallTexts.text("office.bad-address", office));
        }
        if (enrolCode != null && (user == null || home == null)) {
            throw new SetupRefused(InstallTexts.text("desk.needs-user"));
        }
        root.write(ApplianceFiles.stationEnv(address.toString()));
        out.println(InstallTexts.text("file.written", Layout.STATION_ENV));
        if (enrolCode != null) {
            StationEnrolling.enrol(root, commands, address, enrolCode, user, home, out);
        }
        out.println(InstallTexts.text("desk.done", Layout.APP + "/bin/sportello-desk"));
    }
}
