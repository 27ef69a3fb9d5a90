package org.sportello.server.install;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code sportello setup office}: the office server as a system service (issue 15, ADR 31). The package
 * installs {@code sportello-office.service} disabled; this makes the office database when there is none
 * (as the service's account), writes this machine's serve options and enables and starts the service,
 * which then comes back by itself after a crash or a power cut.
 */
public final class OfficeServiceSetup {
    public static final String SETUP_COPY = Layout.CONFIG + "/office.properties";
    private static final String SPORTELLO = Layout.APP + "/bin/sportello";

    private final InstallRoot root;
    private final SystemCommands commands;
    private final PrintWriter out;

    public OfficeServiceSetup(InstallRoot root, SystemCommands commands, PrintWriter out) {
        this.root = root;
        this.commands = commands;
        this.out = out;
    }

    /**
     * @param setupFile the office's services, counters and operators; needed when there is no database yet
     * @param host      the name stations use for this server (written into its certificate); null for the machine's
     */
    public void run(Path setupFile, String host) {
        if (!root.exists(Layout.OFFICE_UNIT)) {
            throw new SetupRefused(InstallTexts.text("office.no-unit", Layout.OFFICE_UNIT));
        }
        boolean hasDatabase = root.exists(Layout.OFFICE_DATA + "/office.mv.db");
        if (!hasDatabase && setupFile == null) {
            throw new SetupRefused(InstallTexts.text("office.no-database", Layout.OFFICE_DATA));
        }
        if (host != null && !host.matches("[A-Za-z0-9.-]{1,253}")) {
            throw new SetupRefused(InstallTexts.text("office.bad-host", host));
        }
        root.write(MachineFile.config(Layout.OFFICE_OPTIONS, """
                # Written by "sportello setup office": options of "sportello office serve" on this machine.
                SPORTELLO_SERVE_OPTIONS=%s
                """.formatted(host == null ? "" : "--host " + host)));
        out.println(InstallTexts.text("file.written", Layout.OFFICE_OPTIONS));
        if (!hasDatabase) {
            copySetup(setupFile);
            int init = commands.run(List.of("runuser", "-u", Layout.OFFICE_USER, "--", SPORTELLO, "office", "init",
                    "--setup", SETUP_COPY));
            if (init != 0) {
                throw new SetupRefused(InstallTexts.text("office.init-failed", init));
            }
        } else if (setupFile != null) {
            out.println(InstallTexts.text("office.setup-ignored", Layout.OFFICE_DATA));
        }
        commands.run(List.of("systemctl", "daemon-reload"));
        if (commands.run(List.of("systemctl", "enable", "--now", "sportello-office.service")) != 0) {
            throw new SetupRefused(InstallTexts.text("office.enable-failed"));
        }
        out.println(InstallTexts.text("office.done", Layout.OFFICE_DATA));
    }

    /** The service's account must read the set-up, and other accounts must not (it has first passwords). */
    private void copySetup(Path setupFile) {
        String text;
        try {
            text = Files.readString(setupFile);
        } catch (IOException e) {
            throw new SetupRefused(InstallTexts.text("office.setup-unreadable", setupFile, e.getMessage()));
        }
        root.write(new MachineFile(SETUP_COPY, text, "rw-r-----"));
        commands.run(List.of("chown", "root:" + Layout.OFFICE_USER, SETUP_COPY));
        out.println(InstallTexts.text("file.written", SETUP_COPY));
    }
}
