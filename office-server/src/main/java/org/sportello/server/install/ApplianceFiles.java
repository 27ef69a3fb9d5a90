package org.sportello.server.install;

import java.util.List;

/**
 * The files that make a PC boot straight into the kiosk or the hall display (issue 15, ADR 31): a
 * systemd unit that logs the dedicated account in on tty1 and runs the app inside the {@code cage}
 * kiosk compositor (one full-screen app, no desktop, no task bar, no switching to a console), its PAM
 * session, the session script that restarts the app when it ends, and a logind drop-in so no key
 * suspends or powers the PC off.
 */
public final class ApplianceFiles {
    private ApplianceFiles() {
    }

    /** Every file, for a station of {@code office} ({@code host:port}). */
    public static List<MachineFile> of(ApplianceRole role, String office) {
        return List.of(unit(role), pam(role), session(), stationEnv(office), logind());
    }

    static MachineFile unit(ApplianceRole role) {
        String user = role.user();
        return MachineFile.config(Layout.unitPath(role), """
                # Written by "sportello setup %1$s" (ADR 31). This PC boots into the Sportello %1$s:
                # %2$s is logged in on tty1 and the app runs full screen inside cage, a kiosk compositor
                # that shows one application and nothing else (no desktop, no task bar, no console switch).
                [Unit]
                Description=Sportello %1$s appliance (cage on tty1)
                Documentation=file:%3$s/README.md
                After=systemd-user-sessions.service plymouth-quit-wait.service network-online.target
                Wants=network-online.target
                # tty1 belongs to the app: no login prompt under it.
                Conflicts=getty@tty1.service
                After=getty@tty1.service
                ConditionPathExists=/dev/tty1

                [Service]
                Type=simple
                User=%2$s
                # A logind session on the seat: cage gets the screen and the input devices through it.
                PAMName=%2$s
                WorkingDirectory=~
                TTYPath=/dev/tty1
                TTYReset=yes
                TTYVHangup=yes
                TTYVTDisallocate=yes
                StandardInput=tty-fail
                StandardOutput=journal
                StandardError=journal
                SyslogIdentifier=sportello-%1$s
                UtmpIdentifier=tty1
                UtmpMode=user
                EnvironmentFile=%4$s
                Environment=XDG_SESSION_TYPE=wayland
                # JavaFX draws through GTK on X11: cage runs it on Xwayland.
                Environment=GDK_BACKEND=x11
                Environment=SPORTELLO_UNLOCK_FILE=%5$s
                ExecStart=/usr/bin/cage -d -- %6$s %1$s
                # The session script restarts the app itself; this restarts cage if cage fails. A technician's
                # unlock ends the session cleanly, and the unit stays stopped until "systemctl start" or a reboot.
                Restart=on-failure
                RestartSec=2

                [Install]
                WantedBy=graphical.target
                """.formatted(role.word(), user, Layout.APP, Layout.STATION_ENV, Layout.UNLOCK, Layout.SESSION));
    }

    static MachineFile pam(ApplianceRole role) {
        return MachineFile.config(Layout.pamPath(role), """
                # Written by "sportello setup %s": the session of %s (no password: the unit starts it at boot).
                auth     required pam_permit.so
                account  required pam_unix.so
                session  required pam_unix.so
                session  required pam_systemd.so
                """.formatted(role.word(), role.unit()));
    }

    static MachineFile session() {
        return MachineFile.program(Layout.SESSION, """
                #!/bin/sh
                # Written by "sportello setup kiosk|display|self-service": runs inside cage as the appliance's account.
                # Restarts the app whenever it ends; ends only when a technician unlocks it (exit %1$d).
                role=${1:?kiosk, display or self-service}
                # The screen never blanks: X11's own screen saver (Xwayland has one) is switched off; cage
                # itself never blanks, and logind ignores idle time (sportello-appliance.conf).
                if command -v xset >/dev/null 2>&1; then
                  xset s off s noblank -dpms 2>/dev/null || true
                fi
                while :; do
                  %2$s/bin/sportello-"$role"
                  status=$?
                  if [ "$status" -eq %1$d ]; then
                    echo "sportello-$role: unlocked by a technician; the kiosk mode stops until reboot or systemctl start"
                    exit 0
                  fi
                  echo "sportello-$role ended with status $status; starting it again in 2 s"
                  sleep 2
                done
                """.formatted(Layout.UNLOCKED_EXIT, Layout.APP));
    }

    static MachineFile stationEnv(String office) {
        return MachineFile.config(Layout.STATION_ENV, """
                # Written by "sportello setup": the office server this machine's stations use (--office).
                SPORTELLO_OFFICE=%s
                """.formatted(office));
    }

    static MachineFile logind() {
        return MachineFile.config(Layout.LOGIND_DROP_IN, """
                # Written by "sportello setup kiosk|display|self-service": a public PC that nobody may suspend or switch off
                # from a keyboard, and that never goes idle.
                [Login]
                IdleAction=ignore
                HandlePowerKey=ignore
                HandleSuspendKey=ignore
                HandleHibernateKey=ignore
                HandleLidSwitch=ignore
                """);
    }
}
