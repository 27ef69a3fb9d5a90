package org.sportello.devices.config;

import java.util.List;

/**
 * The devices configuration file has mistakes. Lists all of them, each with its line, so a
 * technician fixes the file in one go instead of one restart per typo.
 */
public final class InvalidDevicesConfigException extends RuntimeException {
    private final List<String> problems;

    public InvalidDevicesConfigException(String source, List<String> problems) {
        super("errors in " + source + ":\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
