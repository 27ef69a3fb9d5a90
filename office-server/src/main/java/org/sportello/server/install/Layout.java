package org.sportello.server.install;

/** Where the Debian package and the set-ups put things (issue 15, ADR 31). */
public final class Layout {
    /** The app image: runtime, jars and the launchers in {@code bin/}. */
    public static final String APP = "/opt/sportello";
    public static final String CONFIG = "/etc/sportello";
    /** The office server's data folder (database, tls, admin, backups), owned by {@link #OFFICE_USER}. */
    public static final String OFFICE_DATA = "/var/lib/sportello";
    public static final String OFFICE_USER = "sportello";
    /** Installed by the package; {@code setup office} enables it. */
    public static final String OFFICE_UNIT = "/usr/lib/systemd/system/sportello-office.service";
    /** Options of {@code office serve} on this machine ({@code setup office --host}); not a package file. */
    public static final String OFFICE_OPTIONS = CONFIG + "/office-options.env";
    /** The office address for this machine's stations (kiosk, display, desks). */
    public static final String STATION_ENV = CONFIG + "/station.env";
    /** The technician's unlock password of a kiosk or display (a PBKDF2 hash). */
    public static final String UNLOCK = CONFIG + "/unlock";
    public static final String SESSION = CONFIG + "/appliance-session";
    public static final String LOGIND_DROP_IN = "/etc/systemd/logind.conf.d/sportello-appliance.conf";
    /** What the app exits with when a technician unlocks it: the session then leaves the screen to the console. */
    public static final int UNLOCKED_EXIT = 64;

    private Layout() {
    }

    public static String unitPath(ApplianceRole role) {
        return "/etc/systemd/system/" + role.unit();
    }

    public static String pamPath(ApplianceRole role) {
        return "/etc/pam.d/" + role.user();
    }
}
