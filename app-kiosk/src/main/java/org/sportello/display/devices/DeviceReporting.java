package org.sportello.display.devices;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.sportello.devices.board.BoardCall;
import org.sportello.devices.board.BoardResult;
import org.sportello.devices.voice.AnnouncementResult;
import org.sportello.model.events.DeviceReport;
import org.sportello.model.events.DeviceReports;

/**
 * Tells the office when a hall board or the voice stops working and when it works again, so every
 * desk shows it (as kiosk printers do): the operators then know the hall no longer shows or says the
 * numbers they call. Only changes are written, on a thread of their own so no board waits for the
 * database; a report the office could not take (database unreachable) is sent again a few seconds
 * later, and a device's newer state replaces one still waiting to be sent.
 */
public final class DeviceReporting implements HallDevices.Listener, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(DeviceReporting.class.getName());

    private final String station;
    private final Supplier<DeviceReports> office;
    private final RetryingWorker worker;
    /** Each device's latest state, by {@link DeviceReport#key}; guarded by this. */
    private final Map<String, DeviceReport> latest = new LinkedHashMap<>();
    /** What the office last heard of each device; the worker's own. */
    private final Map<String, DeviceReport.State> heard = new HashMap<>();
    private boolean outageLogged;

    /**
     * @param station    the display workstation's name, as the desks will show it
     * @param office     where reports go; may throw while the office is unreachable
     * @param retryDelay how soon a report the office could not take is sent again
     */
    public DeviceReporting(String station, Supplier<DeviceReports> office, Duration retryDelay) {
        this.station = station;
        this.office = office;
        this.worker = new RetryingWorker("device-reports", this::flush, retryDelay);
    }

    /** Reports the devices' changes from now on; returns this, to be closed with the display. */
    public DeviceReporting watch(HallDevices devices) {
        devices.addListener(this);
        return this;
    }

    @Override
    public void boardUpdated(String board, BoardCall call, BoardResult result) {
        changed(new DeviceReport(station, DeviceReport.Device.BOARD, board,
                result.sent() ? DeviceReport.State.OK : DeviceReport.State.NOT_ANSWERING));
    }

    @Override
    public void announced(AnnouncementResult result) {
        changed(DeviceReport.voice(station, result.played() ? DeviceReport.State.OK : DeviceReport.State.NOT_ANSWERING));
    }

    private void changed(DeviceReport report) {
        synchronized (this) {
            latest.put(report.key(), report);
        }
        worker.runNow();
    }

    /**
     * Sends what the office has not heard yet. A device's first report is sent even when it is OK: a
     * display restarted after a board failed must clear the desks' warning.
     */
    private void flush() {
        List<DeviceReport> now;
        synchronized (this) {
            now = new ArrayList<>(latest.values());
        }
        for (DeviceReport r : now) {
            if (r.state() == heard.get(r.key())) {
                continue;
            }
            try {
                office.get().device(r);
            } catch (RuntimeException e) {
                if (!outageLogged) {
                    LOG.log(System.Logger.Level.WARNING, "could not tell the office that {0} is {1}: {2}; trying again "
                            + "every {3} s", r.key(), r.state(), e.toString(), worker.retryDelay().toSeconds());
                    outageLogged = true;
                }
                worker.retryLater();
                return;
            }
            outageLogged = false;
            heard.put(r.key(), r.state());
        }
    }

    @Override
    public void close() {
        worker.close();
    }
}
