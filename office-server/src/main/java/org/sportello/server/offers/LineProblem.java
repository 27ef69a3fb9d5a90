package org.sportello.server.offers;

/** A line of an import file that was skipped, and why (in the reader's language). */
public record LineProblem(int line, String reason) {
}
