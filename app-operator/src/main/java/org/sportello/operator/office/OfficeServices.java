package org.sportello.operator.office;

import org.sportello.model.auth.AuthService;
import org.sportello.model.documents.DocumentService;
import org.sportello.model.events.EventFeed;
import org.sportello.model.office.OfficeDirectory;
import org.sportello.model.person.PersonRecords;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.model.queue.QueueService;
import org.sportello.model.seal.ScanCheck;
import org.sportello.model.sync.SyncHealthService;

/**
 * The office services the desk uses, as interfaces, so a test can cut the line in between. No signing
 * key among them: documents are sealed in the office server (ADR 23).
 */
public record OfficeServices(OfficeDirectory directory, AuthService auth, QueueService queue, EventFeed events,
                             ScanCheck scans, SyncHealthService syncHealth, DocumentService documents,
                             PersonRecords people) {

    public static OfficeServices of(OfficeConnection connection) {
        return new OfficeServices(connection.directory(), connection.auth(), connection.queue(), connection.events(),
                connection.scans(), connection.syncHealth(), connection.documentService(),
                connection.people());
    }
}
