package org.sportello.model.seal;

/**
 * What a counter does with a scanned code: the QR's seal payload or the Code 128 protocol number, as
 * a hand scanner types it. An interface so an app can put its own connection handling in between.
 */
public interface ScanCheck {
    Verdict check(String scanned);
}
