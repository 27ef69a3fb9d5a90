package org.sportello.devices.config;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.sportello.devices.transport.TransportSpec;

/**
 * One device of this workstation: which driver, over which transport, with which options (printer
 * profile, board address, ...). {@code name} is the key prefix, e.g. {@code printer} or
 * {@code board.main}. Drivers with no transport of their own get {@link TransportSpec.Simulator}.
 */
public record DeviceConfig(String name, DeviceKind kind, String driver, TransportSpec transport,
        Map<String, String> options) {
    public static final String SIMULATOR = "sim";

    public DeviceConfig {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(driver);
        Objects.requireNonNull(transport);
        options = Map.copyOf(options);
    }

    /** The default for every device: the simulator, so a fresh install runs without hardware. */
    public static DeviceConfig simulator(String name, DeviceKind kind) {
        return new DeviceConfig(name, kind, SIMULATOR, new TransportSpec.Simulator(), Map.of());
    }

    public boolean isSimulated() {
        return driver.equals(SIMULATOR);
    }

    public Optional<String> option(String key) {
        return Optional.ofNullable(options.get(key));
    }

    /** An integer option; the loader has already checked that it is one. */
    public OptionalInt intOption(String key) {
        String v = options.get(key);
        return v == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(v));
    }
}
