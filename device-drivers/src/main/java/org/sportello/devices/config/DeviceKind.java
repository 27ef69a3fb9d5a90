package org.sportello.devices.config;

import java.util.Set;

/**
 * The kinds of device a workstation can have, with what their configuration may say. A key that
 * is not listed here is an error, so a typo like {@code printer.transprot} is caught when the
 * file is read, not discovered at the counter. Add an option here when a driver starts reading it.
 */
public enum DeviceKind {
    PRINTER("printer", true, Set.of("escpos", "sim"), Set.of("profile")),
    /** Hall and counter boards; several, each named: {@code board.main.*}, {@code board.counter5.*}. */
    BOARD("board", true, Set.of(), Set.of("address")),
    ANNOUNCER("announcer", false, Set.of("clips", "sim"), Set.of("lang")),
    /** PC/SC and keyboard-wedge readers need no transport; serial magstripe readers do. */
    CARD_READER("cardreader", false, Set.of(), Set.of()),
    /** Keyboard-wedge scanners need no transport; USB-CDC (serial) ones do. */
    SCANNER("scanner", false, Set.of(), Set.of("suffix"));

    private final String key;
    private final boolean needsTransport;
    private final Set<String> knownDrivers;
    private final Set<String> options;

    DeviceKind(String key, boolean needsTransport, Set<String> knownDrivers, Set<String> options) {
        this.key = key;
        this.needsTransport = needsTransport;
        this.knownDrivers = knownDrivers;
        this.options = options;
    }

    /** The key prefix in devices.properties. */
    public String key() {
        return key;
    }

    /** Whether a real (non-simulator) driver of this kind must be told where the device is. */
    public boolean needsTransport() {
        return needsTransport;
    }

    /**
     * Driver names accepted for this kind; empty means "any name", for kinds whose drivers are still
     * being written, in which case the driver factory rejects unknown names.
     */
    public Set<String> knownDrivers() {
        return knownDrivers;
    }

    /** Keys besides {@code driver} and {@code transport}. */
    public Set<String> options() {
        return options;
    }
}
