package org.sportello.model.profile;

/** Parts of the day or week a person accepts to work in. */
public enum Shift {
    DAY, EVENING, NIGHT, WEEKEND
}
