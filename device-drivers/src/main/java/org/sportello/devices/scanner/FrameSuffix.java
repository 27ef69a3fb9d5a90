package org.sportello.devices.scanner;

/**
 * What ends a frame from a serial scanner. Most scanners ship with CR; some with LF or CRLF;
 * ANY_LINE_END accepts all three so an unknown scanner still works (an LF right after a CR is then
 * part of the same line end, not an empty frame).
 */
public enum FrameSuffix {
    CR,
    LF,
    CRLF,
    ANY_LINE_END,
    /** A custom single byte, e.g. TAB or ETX, set in {@link ScanFraming#customSuffix()}. */
    CUSTOM
}
