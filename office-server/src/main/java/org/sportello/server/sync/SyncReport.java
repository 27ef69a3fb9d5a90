package org.sportello.server.sync;

/** What one sync round moved. */
public record SyncReport(int eventsPushed, int catalogRowsPulled) {
}
