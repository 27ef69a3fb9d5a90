package org.sportello.devices.scanner;

/** Bytes that were discarded, with the reason, so the technician can see a wrong baud rate or a flaky cable. */
public record DroppedFrame(String partialText, DropReason reason, String detail) {
}
