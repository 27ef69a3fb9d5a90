package org.sportello.operator.desk;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sportello.model.events.DeviceReport;
import org.sportello.model.events.OfficeEvent;
import org.sportello.model.events.PrinterReport;

/**
 * Devices that need someone, from the device reports in the office log (kiosk printers, hall boards
 * and voice): a device's latest report wins, so "paper out" then "OK", or "not answering" then "OK",
 * leaves nothing to show. Changed on the UI thread only.
 */
public final class DeviceWarnings {
    private final ObservableList<DeviceWarning> warnings = FXCollections.observableArrayList();
    private final ObservableList<DeviceWarning> view = FXCollections.unmodifiableObservableList(warnings);

    /** Events in log order; all but device reports are ignored. */
    void apply(List<OfficeEvent> events) {
        for (OfficeEvent e : events) {
            PrinterReport.of(e).ifPresent(r -> apply(new DeviceWarning.Printer(r), r.state().needsAttention()));
            DeviceReport.of(e).ifPresent(r -> apply(new DeviceWarning.Hall(r), r.state().needsAttention()));
        }
    }

    private void apply(DeviceWarning warning, boolean needsAttention) {
        int at = indexOf(warning.key());
        if (!needsAttention) {
            if (at >= 0) {
                warnings.remove(at);
            }
        } else if (at >= 0) {
            warnings.set(at, warning);
        } else {
            warnings.add(warning);
        }
    }

    private int indexOf(String key) {
        for (int i = 0; i < warnings.size(); i++) {
            if (warnings.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** One entry per device that needs attention, in the order they first did. */
    public ObservableList<DeviceWarning> list() {
        return view;
    }
}
