package org.sportello.server.cli;

/** The exit-code lines of the {@code devices} commands' help; annotation values must be constants. */
final class DeviceExitCodes {
    static final String HEADING = "%nExit codes:%n";
    static final String OK = "0:done";
    static final String FAILURE = "1:unexpected failure";
    static final String USAGE = "2:bad command line (also a transport string that cannot be understood)";
    static final String DEVICE = "5:device test failed (port missing, busy or forbidden; device not answering or "
            + "reporting a fault; no usable read)";

    private DeviceExitCodes() {
    }
}
