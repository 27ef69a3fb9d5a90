package org.sportello.devices.board;

/**
 * What a board a given number of characters wide shows for a call: the whole text when it fits; else
 * the short form the hall's signs use ({@code A002>1}, the spaces around the arrow dropped); else the
 * whole text scrolling. Never a text cut short: a citizen reading {@code A002...} cannot know where to go.
 *
 * @param text    the characters sent to the board
 * @param scrolls true when even the short form is wider than the board: it must move, not stand still
 */
public record BoardText(String text, boolean scrolls) {
    /** {@code columns} 0 or less: a board whose width is not known, which gets the whole text standing still. */
    public static BoardText fit(String whole, int columns) {
        if (columns <= 0 || whole.length() <= columns) {
            return new BoardText(whole, false);
        }
        String compact = whole.replaceAll("\\s*>\\s*", ">").replaceAll("\\s+", " ").strip();
        if (compact.length() <= columns) {
            return new BoardText(compact, false);
        }
        return new BoardText(whole, true);
    }
}
