package org.sportello.server.sync;

/** What one sync round moved: office events pushed, rows pulled (catalogue, transfers, owned dossiers). */
public record SyncReport(int eventsPushed, int rowsPulled) {
}
