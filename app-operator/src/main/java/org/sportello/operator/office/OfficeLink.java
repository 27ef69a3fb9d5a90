package org.sportello.operator.office;

/** How the desk reaches the office database, which may be down now and back later. */
public interface OfficeLink {

    /**
     * The services, connecting first when needed. Throws {@code SportelloException(OFFICE_UNAVAILABLE)}
     * when the database cannot be reached; calls on the services may fail the same way later.
     */
    OfficeServices services();

    /** A quick check for the retry loop; never throws. */
    boolean reachable();
}
