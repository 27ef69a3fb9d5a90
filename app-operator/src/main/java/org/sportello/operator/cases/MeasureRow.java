package org.sportello.operator.cases;

import java.util.UUID;

/** One measure of the pact as the case sheet lists it: its words, and whether it was done. */
public record MeasureRow(UUID id, String text, boolean done, boolean overdue) {
}
