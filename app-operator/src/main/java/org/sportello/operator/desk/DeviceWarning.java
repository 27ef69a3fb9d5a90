package org.sportello.operator.desk;

import org.sportello.model.events.DeviceReport;
import org.sportello.model.events.PrinterReport;

/**
 * A device somewhere in the office that needs someone, as the desk shows it: a kiosk's printer or a
 * hall board or voice. {@link #key} says which device, so a newer report replaces the older one.
 */
public sealed interface DeviceWarning {
    String key();

    /** A kiosk printer that is low on paper or not printing. */
    record Printer(PrinterReport report) implements DeviceWarning {
        @Override
        public String key() {
            return "printer " + report.station();
        }
    }

    /** A hall board that no longer shows the calls, or a voice that no longer says them. */
    record Hall(DeviceReport report) implements DeviceWarning {
        @Override
        public String key() {
            return report.key();
        }
    }
}
