package org.sportello.link;

import org.sportello.model.agenda.AgendaService;
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
import org.sportello.model.vacancies.VacancyService;

/**
 * The office as the apps see it: the model's interfaces, whether they are answered by the office
 * server over the network (a station) or in the same process (a test). A test can cut the line in
 * between.
 */
public record OfficeServices(OfficeDirectory directory, AuthService auth, QueueService queue, EventFeed events,
                             DeviceReports devices, ScanCheck scans, SyncHealthService syncHealth,
                             DocumentService documents, PersonRecords people, ProfileService profiles,
                             CommunicationService communications, CaseService cases, AgendaService agenda,
                             VacancyService vacancies, org.sportello.model.stamps.StampService stamps) {
    /** Without attendance stamping (issue 13, ADR 35). */
    public OfficeServices(OfficeDirectory directory, AuthService auth, QueueService queue, EventFeed events,
                          DeviceReports devices, ScanCheck scans, SyncHealthService syncHealth,
                          DocumentService documents, PersonRecords people, ProfileService profiles,
                          CommunicationService communications, CaseService cases, AgendaService agenda,
                          VacancyService vacancies) {
        this(directory, auth, queue, events, devices, scans, syncHealth, documents, people, profiles, communications,
                cases, agenda, vacancies, null);
    }

    /** Without the agenda and vacancies, for apps and tests that never use them. */
    public OfficeServices(OfficeDirectory directory, AuthService auth, QueueService queue, EventFeed events,
                          DeviceReports devices, ScanCheck scans, SyncHealthService syncHealth,
                          DocumentService documents, PersonRecords people, ProfileService profiles,
                          CommunicationService communications, CaseService cases) {
        this(directory, auth, queue, events, devices, scans, syncHealth, documents, people, profiles, communications,
                cases, null, null);
    }

    /** Only the agenda beyond the files (issue 13). */
    public OfficeServices(OfficeDirectory directory, AuthService auth, QueueService queue, EventFeed events,
                          DeviceReports devices, ScanCheck scans, SyncHealthService syncHealth,
                          DocumentService documents, PersonRecords people, ProfileService profiles,
                          CommunicationService communications, AgendaService agenda) {
        this(directory, auth, queue, events, devices, scans, syncHealth, documents, people, profiles, communications,
                null, agenda, null);
    }

    /** Only vacancies beyond the files (issue 12). */
    public OfficeServices(OfficeDirectory directory, AuthService auth, QueueService queue, EventFeed events,
                          DeviceReports devices, ScanCheck scans, SyncHealthService syncHealth,
                          DocumentService documents, PersonRecords people, ProfileService profiles,
                          CommunicationService communications, VacancyService vacancies) {
        this(directory, auth, queue, events, devices, scans, syncHealth, documents, people, profiles, communications,
                null, null, vacancies);
    }

    /** Without cases, the agenda and vacancies. */
    public OfficeServices(OfficeDirectory directory, AuthService auth, QueueService queue, EventFeed events,
                          DeviceReports devices, ScanCheck scans, SyncHealthService syncHealth,
                          DocumentService documents, PersonRecords people, ProfileService profiles,
                          CommunicationService communications) {
        this(directory, auth, queue, events, devices, scans, syncHealth, documents, people, profiles, communications,
                null, null, null);
    }

    /** Without the citizen files, company communications and cases, for apps and tests that never use them. */
    public OfficeServices(OfficeDirectory directory, AuthService auth, QueueService queue, EventFeed events,
                          DeviceReports devices, ScanCheck scans, SyncHealthService syncHealth,
                          DocumentService documents, PersonRecords people) {
        this(directory, auth, queue, events, devices, scans, syncHealth, documents, people, null, null);
    }
}
