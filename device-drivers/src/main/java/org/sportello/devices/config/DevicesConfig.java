package org.sportello.devices.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The devices of one workstation, from {@code ~/.sportello/devices.properties}: which printer,
 * boards, announcer, card reader and scanner, each with driver and transport. A device the file
 * does not mention is simulated, and a missing file means everything is simulated, so the
 * software always starts; real hardware is an opt-in per device.
 *
 * <pre>
 * printer.driver=escpos
 * printer.transport=serial:/dev/ttyS0@19200
 * printer.profile=tm-t20
 * a4printer.driver=system
 * a4printer.name=HP_LaserJet_M404
 * board.main.driver=alpha
 * board.main.transport=serial:/dev/ttyUSB1@9600,rs485
 * board.main.address=1
 * announcer.driver=clips
 * </pre>
 */
public record DevicesConfig(Optional<Path> source, DeviceConfig printer, Map<String, DeviceConfig> boards,
        DeviceConfig announcer, DeviceConfig cardReader, DeviceConfig scanner, DeviceConfig a4Printer) {
    /** Overrides the default path, e.g. {@code -Dsportello.devices=/etc/sportello/devices.properties}. */
    public static final String PATH_PROPERTY = "sportello.devices";
    /** The board a single-board office has. */
    public static final String MAIN_BOARD = "main";

    public DevicesConfig {
        Objects.requireNonNull(source);
        Objects.requireNonNull(printer);
        Objects.requireNonNull(announcer);
        Objects.requireNonNull(cardReader);
        Objects.requireNonNull(scanner);
        Objects.requireNonNull(a4Printer);
        boards = Collections.unmodifiableMap(new LinkedHashMap<>(boards));
    }

    /** Without an A4 printer line: the workstation's default printer. */
    public DevicesConfig(Optional<Path> source, DeviceConfig printer, Map<String, DeviceConfig> boards,
            DeviceConfig announcer, DeviceConfig cardReader, DeviceConfig scanner) {
        this(source, printer, boards, announcer, cardReader, scanner, systemDefaultA4Printer());
    }

    /**
     * A4 printing is the one device whose default is real: a desk prints certificates on the
     * printer the operating system calls default, as any other program on it would.
     */
    public static DeviceConfig systemDefaultA4Printer() {
        return new DeviceConfig(DeviceKind.A4_PRINTER.key(), DeviceKind.A4_PRINTER, "system",
                new org.sportello.devices.transport.TransportSpec.Simulator(), Map.of());
    }

    /** Every device simulated (the A4 printer: the system's default): the configuration of a workstation with no file. */
    public static DevicesConfig simulators() {
        return new DevicesConfig(Optional.empty(),
                DeviceConfig.simulator(DeviceKind.PRINTER.key(), DeviceKind.PRINTER),
                Map.of(MAIN_BOARD, DeviceConfig.simulator("board." + MAIN_BOARD, DeviceKind.BOARD)),
                DeviceConfig.simulator(DeviceKind.ANNOUNCER.key(), DeviceKind.ANNOUNCER),
                DeviceConfig.simulator(DeviceKind.CARD_READER.key(), DeviceKind.CARD_READER),
                DeviceConfig.simulator(DeviceKind.SCANNER.key(), DeviceKind.SCANNER));
    }

    /** {@code -Dsportello.devices} if set, else {@code ~/.sportello/devices.properties}. */
    public static Path defaultPath() {
        String override = System.getProperty(PATH_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(System.getProperty("user.home"), ".sportello", "devices.properties");
    }

    /** Reads the default file; simulators when it does not exist. */
    public static DevicesConfig load() {
        return load(defaultPath());
    }

    /**
     * Reads a file; simulators when it does not exist.
     *
     * @throws InvalidDevicesConfigException listing every mistake, with line numbers
     * @throws UncheckedIOException when the file exists but cannot be read
     */
    public static DevicesConfig load(Path file) {
        if (!Files.exists(file)) {
            return simulators();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return DevicesConfigParser.parse(text, file.toString(), Optional.of(file));
    }

    /** Parses the text of a devices file; {@code sourceName} is used in messages. */
    public static DevicesConfig parse(String text, String sourceName) {
        return DevicesConfigParser.parse(text, sourceName, Optional.empty());
    }

    /** A board by name, e.g. {@code main} or {@code counter5}. */
    public Optional<DeviceConfig> board(String name) {
        return Optional.ofNullable(boards.get(name));
    }
}
