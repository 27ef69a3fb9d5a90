package org.sportello.server.install;

import java.util.Objects;

/**
 * One file a set-up writes on the machine.
 *
 * @param path        absolute path on the machine ({@code /etc/systemd/system/sportello-kiosk.service})
 * @param content     its text
 * @param permissions {@code rw-r--r--} style
 */
public record MachineFile(String path, String content, String permissions) {
    public MachineFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(permissions, "permissions");
    }

    public static MachineFile config(String path, String content) {
        return new MachineFile(path, content, "rw-r--r--");
    }

    public static MachineFile program(String path, String content) {
        return new MachineFile(path, content, "rwxr-xr-x");
    }
}
