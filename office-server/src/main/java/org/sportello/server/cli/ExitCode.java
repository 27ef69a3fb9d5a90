package org.sportello.server.cli;

/** What {@code sportello} returns to the shell; scripts and service units branch on these. */
public enum ExitCode {
    OK(0),
    /** Something unexpected: a bug, a full disk, a port already taken. */
    FAILURE(1),
    /** The command line is wrong: unknown option, bad value, missing argument. */
    USAGE(2),
    /** The office refused the request: unknown service or counter, paused counter, wrong password, bad set-up. */
    REFUSED(3),
    /** The office database cannot be reached. */
    UNREACHABLE(4),
    /**
     * A device test failed: the port is missing, busy or forbidden, the device did not answer or
     * reported a fault (paper out, cover open), or it gave no usable read (no scan, no valid card).
     */
    DEVICE(5);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
