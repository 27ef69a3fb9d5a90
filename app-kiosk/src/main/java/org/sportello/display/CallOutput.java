package org.sportello.display;

/**
 * Where a new call goes besides the screen: the LED boards and the voice. Called on the UI thread,
 * once per new call or recall, oldest first; must return at once (the work is queued elsewhere).
 */
@FunctionalInterface
public interface CallOutput {
    void called(String ticketCode, int counter);

    /**
     * The counter's ticket ended (done, absent, transferred) or the counter closed (its operator logged
     * out): a board above it must not go on showing a number nobody serves there.
     */
    default void ended(int counter) {
    }

    CallOutput NONE = (code, counter) -> { };
}
