package org.sportello.display;

/** A line of the board as shown: "A023" and "Sportello 2". */
public record CallRow(String code, String counter) {
}
