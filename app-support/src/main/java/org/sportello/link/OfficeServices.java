package org.sportello.link;

import org.sportello.model.auth.AuthService;
import org.sportello.model.cases.CaseService;
import org.sportello.model.company.CommunicationService;
import org.sportello.model.documents.DocumentService;
import org.sportello.model.events.DeviceReports;
import org.sportello.model.events.EventFeed;
import org.sportello.model.office.OfficeDirectory;
import org.sportello.model.person.PersonRecords;
import org.sportello.model.profile.ProfileService;
import org.sportello.model.queue.QueueService;
import org.sportello.model.seal.ScanCheck;
import org.sportello.model.sync.SyncHealthService;

/**
 * The office as the apps see it: the model's interfaces, whether they are answered by the office
 * server over the network (a station) or in the same process (a test). A test can cut the line in
 * between.
 */
public record OfficeServices(OfficeDirectory directory, AuthService auth, QueueService queue, EventFeed events,
                             DeviceReports devices, ScanCheck scans, SyncHealthService syncHealth,
                             DocumentService documents, PersonRecords people, ProfileService profiles,
                             CommunicationService communications, CaseService cases) {
    /** Without the citizen files, company communications and cases, for apps and tests that never use them. */
    public OfficeServices(OfficeDirectory directory, AuthService auth, QueueService queue, EventFeed events,
                          DeviceReports devices, ScanCheck scans, SyncHealthService syncHealth,
                          DocumentService documents, PersonRecords people) {
        this(directory, auth, queue, events, devices, scans, syncHealth, documents, people, null, null, null);
    }
}
