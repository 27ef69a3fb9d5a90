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

    /**
     * {@link #called}, and when the voice has finished saying it: the display keeps the call lit until
     * then, so what is seen and what is heard stay together even when the voice has a queue.
     */
    default java.util.concurrent.CompletionStage<Void> announce(String ticketCode, int counter) {
        called(ticketCode, counter);
        return java.util.concurrent.CompletableFuture.completedFuture(null);
    }

    CallOutput NONE = (code, counter) -> { };
}
