package org.sportello.devices.config;

import java.util.Set;

/**
 * The kinds of device a workstation can have, with what their configuration may say. A key that
 * is not listed here is an error, so a typo like {@code printer.transprot} is caught when the
 * file is read, not discovered at the counter. Add a driver or an option here when
 * {@link DeviceFactory} starts building or reading it.
 */
public enum DeviceKind {
    /** escpos: an ESC/POS printer on any transport; {@code profile} is a PrinterProfile id. */
    PRINTER("printer", Set.of("escpos", "sim"), Set.of("escpos"), Set.of("profile")),
    /**
     * Hall and counter boards; several, each named: {@code board.main.*}, {@code board.counter5.*}.
     * alpha: Alpha Sign protocol; boards that share a transport share one RS-485 bus.
     */
    BOARD("board", Set.of("alpha", "sim"), Set.of("alpha"), Set.of("address", "columns")),
    /** clips: the shipped voice clips on the default sound output; {@code lang} is the default language. */
    ANNOUNCER("announcer", Set.of("clips", "sim"), Set.of(), Set.of("lang")),
    /**
     * pcsc: TS-CNS chip ({@code reader} picks a reader by part of its name); wedge: the app hands
     * over keyboard bursts; serial: a barcode or magstripe reader on a serial line.
     */
    CARD_READER("cardreader", Set.of("pcsc", "wedge", "serial", "sim"), Set.of("serial"), Set.of("reader")),
    /** serial: USB-CDC or RS-232 scanner ({@code suffix}: cr, lf, crlf, any); wedge: keyboard bursts. */
    SCANNER("scanner", Set.of("serial", "wedge", "sim"), Set.of("serial"), Set.of("suffix")),
    /**
     * The desk's A4 printer for certificates (ADR 20). system: a printer the operating system knows,
     * by {@code name} (as the system lists it), else the workstation's default printer; sim: PostScript
     * files in {@code folder}, so a demo or a desk without a printer still "prints" through the same code.
     * Not configured means system's default printer, not the simulator.
     */
    A4_PRINTER("a4printer", Set.of("system", "sim"), Set.of(), Set.of("name", "folder"));

    private final String key;
    private final Set<String> knownDrivers;
    private final Set<String> driversWithTransport;
    private final Set<String> options;

    DeviceKind(String key, Set<String> knownDrivers, Set<String> driversWithTransport, Set<String> options) {
        this.key = key;
        this.knownDrivers = knownDrivers;
        this.driversWithTransport = driversWithTransport;
        this.options = options;
    }

    /** The key prefix in devices.properties. */
    public String key() {
        return key;
    }

    /** Driver names accepted for this kind; {@code sim} is always one of them. */
    public Set<String> knownDrivers() {
        return knownDrivers;
    }

    /** Whether this driver must be told where the device is ({@code KIND.transport}). */
    public boolean needsTransport(String driver) {
        return driversWithTransport.contains(driver);
    }

    /**
     * Whether a transport means anything to this driver. The simulator accepts one (and ignores
     * it), so a technician can switch a device to {@code sim} without deleting its transport line.
     */
    public boolean takesTransport(String driver) {
        return needsTransport(driver) || driver.equals(DeviceConfig.SIMULATOR);
    }

    /** Keys besides {@code driver} and {@code transport}. */
    public Set<String> options() {
        return options;
    }
}
