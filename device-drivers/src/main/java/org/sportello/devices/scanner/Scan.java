package org.sportello.devices.scanner;

/**
 * One complete barcode read, suffix removed.
 *
 * @param text        the decoded characters
 * @param nanoTime    System.nanoTime()-style timestamp of the frame's last byte, for latency measures
 * @param device      the scanner's description
 */
public record Scan(String text, long nanoTime, String device) {
}
