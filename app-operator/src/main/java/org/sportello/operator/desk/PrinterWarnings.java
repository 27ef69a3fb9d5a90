package org.sportello.operator.desk;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sportello.model.events.OfficeEvent;
import org.sportello.model.events.PrinterReport;

/**
 * Kiosk printers that need someone, from the printer reports in the office log: a kiosk's latest
 * report wins, so "paper out" then "OK" leaves nothing to show. Changed on the UI thread only.
 */
public final class PrinterWarnings {
    private final ObservableList<PrinterReport> warnings = FXCollections.observableArrayList();
    private final ObservableList<PrinterReport> view = FXCollections.unmodifiableObservableList(warnings);

    /** Events in log order; all but printer reports are ignored. */
    void apply(List<OfficeEvent> events) {
        for (OfficeEvent e : events) {
            PrinterReport.of(e).ifPresent(this::apply);
        }
    }

    private void apply(PrinterReport report) {
        int at = indexOf(report.station());
        if (!report.state().needsAttention()) {
            if (at >= 0) {
                warnings.remove(at);
            }
        } else if (at >= 0) {
            warnings.set(at, report);
        } else {
            warnings.add(report);
        }
    }

    private int indexOf(String station) {
        for (int i = 0; i < warnings.size(); i++) {
            if (warnings.get(i).station().equals(station)) {
                return i;
            }
        }
        return -1;
    }

    /** One entry per kiosk whose printer needs attention, in the order they first did. */
    public ObservableList<PrinterReport> list() {
        return view;
    }
}
