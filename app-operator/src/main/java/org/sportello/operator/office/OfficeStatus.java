package org.sportello.operator.office;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.sportello.link.OfficeLink;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.operator.ui.Workers;

/**
 * Whether the office server answers, shared by every screen. Any screen that meets an unreachable
 * server reports it here; the banner shows, the screens disable their actions, and {@link #retry()}
 * (driven every ~2 s by the app) probes until the server is back. Screens listen to
 * {@link #downProperty()} going false to refresh themselves. Properties change on the UI thread only.
 */
public final class OfficeStatus {
    private final OfficeLink link;
    private final Workers workers;
    private final ReadOnlyBooleanWrapper down = new ReadOnlyBooleanWrapper(this, "down", false);
    private final ReadOnlyIntegerWrapper failedProbes = new ReadOnlyIntegerWrapper(this, "failedProbes", 0);
    private boolean probing;

    public OfficeStatus(OfficeLink link, Workers workers) {
        this.link = link;
        this.workers = workers;
    }

    public ReadOnlyBooleanProperty downProperty() {
        return down.getReadOnlyProperty();
    }

    public boolean isDown() {
        return down.get();
    }

    /** Probes since the server went away; the banner shows it so people see the desk is still trying. */
    public ReadOnlyIntegerProperty failedProbesProperty() {
        return failedProbes.getReadOnlyProperty();
    }

    /** Called on the UI thread by whoever met the failure. */
    public void reportDown() {
        down.set(true);
    }

    /** One probe if the server is down and no probe is running; no-op otherwise. */
    public void retry() {
        if (!down.get() || probing) {
            return;
        }
        probing = true;
        workers.office().execute(() -> {
            boolean back = link.reachable();
            workers.ui().execute(() -> {
                probing = false;
                if (back) {
                    failedProbes.set(0);
                    down.set(false);
                } else {
                    failedProbes.set(failedProbes.get() + 1);
                }
            });
        });
    }

    /**
     * True for failures that mean "the office is not there" rather than "the office refused". The
     * office's clients word every lost call, timeout and dropped link as OFFICE_UNAVAILABLE; anything
     * that is not a {@link SportelloException} at all is a bug in the desk, not an outage, and is
     * reported as one.
     */
    public static boolean isUnavailable(Throwable e) {
        return e instanceof SportelloException s && s.problem() == Problem.OFFICE_UNAVAILABLE;
    }
}
