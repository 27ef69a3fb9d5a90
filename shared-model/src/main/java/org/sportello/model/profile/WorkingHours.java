package org.sportello.model.profile;

/** How much of the week a person is available to work. */
public enum WorkingHours {
    FULL_TIME, PART_TIME, EITHER
}
