package org.sportello.link;

import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;

/** How an app reaches the office, which may be down now and back later. */
public interface OfficeLink {

    /**
     * The services, connecting first when needed. Throws {@code SportelloException(OFFICE_UNAVAILABLE)}
     * when the office cannot be reached; calls on the services may fail the same way later.
     */
    OfficeServices services();

    /** A quick check for the retry loops; never throws. */
    boolean reachable();

    /**
     * True when a failure means "the office cannot be used now" rather than "the office refused": the
     * office is unreachable, or failed in a way the app cannot explain to a citizen. Other
     * {@link SportelloException}s are answers about the request itself, such as a closed service.
     */
    static boolean isOutage(Throwable failure) {
        if (failure instanceof SportelloException e) {
            return e.problem() == Problem.OFFICE_UNAVAILABLE;
        }
        return true;
    }

    /** A link to services that are always there (in the same process: tests, tools). */
    static OfficeLink fixed(OfficeServices services) {
        return new OfficeLink() {
            @Override
            public OfficeServices services() {
                return services;
            }

            @Override
            public boolean reachable() {
                try {
                    services.directory().office();
                    return true;
                } catch (RuntimeException e) {
                    return false;
                }
            }
        };
    }
}
