package org.sportello.model.cases;

/**
 * A measure agreed in the service pact (seed 000, "accompagnamento al lavoro"; seed 003's job talks and
 * offers). Talks count towards the contact plan's talks; offers meet its first-offer deadline.
 */
public enum MeasureKind {
    ORIENTATION_INTERVIEW(true, false),
    JOB_TALK(true, false),
    TRAINING_REFERRAL(false, true),
    JOB_SEARCH_ACTION(false, false),
    WORKSHOP(false, true),
    JOB_OFFER(false, true);

    private final boolean talk;
    private final boolean offer;

    MeasureKind(boolean talk, boolean offer) {
        this.talk = talk;
        this.offer = offer;
    }

    /** A meeting with the case manager: one of the plan's job talks. */
    public boolean talk() {
        return talk;
    }

    /** An offer of a job or of a measure ("ret og pligt"-tilbud, seed 003). */
    public boolean offer() {
        return offer;
    }
}
