package org.sportello.server.storage;

import java.time.Clock;
import org.sportello.model.archive.DocumentArchive;
import org.sportello.model.auth.AuthService;
import org.sportello.model.auth.OperatorAccounts;
import org.sportello.model.auth.PasswordHasher;
import org.sportello.model.auth.BadgeRegistry;
import org.sportello.model.documents.DocumentIssuer;
import org.sportello.model.documents.DocumentService;
import org.sportello.model.documents.OfficeDocuments;
import org.sportello.model.events.DeviceReports;
import org.sportello.model.events.EventFeed;
import org.sportello.model.office.OfficeDirectory;
import org.sportello.model.person.PersonRecords;
import org.sportello.model.protocol.ProtocolRegister;
import org.sportello.model.queue.QueueService;
import org.sportello.model.queue.QueueSettings;
import org.sportello.model.seal.OfficeKeys;
import org.sportello.model.seal.RegisterScanCheck;
import org.sportello.model.seal.ScanCheck;
import org.sportello.model.seal.SealVerifier;
import org.sportello.model.sync.SyncHealthService;
import org.sportello.server.communication.OfficeCommunications;
import org.sportello.server.profile.OfficeProfiles;

/**
 * What an app needs from the office database, wired once: the directory, the queue, logins, the
 * event feed, the protocol register, the office's signing keys and device reports. Apps hold this and talk
 * to the interfaces.
 */
public final class OfficeConnection implements AutoCloseable {
    private final OfficeDatabase database;
    private final OfficeDirectory directory;
    private final ServedQueue queue;
    private final AuthService auth;
    private final EventFeed events;
    private final ProtocolRegister protocol;
    private final OfficeKeys keys;
    private final DeviceReports devices;
    private final BadgeRegistry badges;
    private final DocumentArchive archive;
    private final DocumentIssuer documents;
    private final OfficeDocuments documentService;
    private final SyncHealthService syncHealth;
    private final PersonRecords people;
    private final OperatorAccounts operators;
    private final org.sportello.server.cases.OfficeCases cases;
    private final OfficeProfiles profiles;
    private final OfficeCommunications communications;
    private final org.sportello.server.offers.OfficeOffers offers;
    private final org.sportello.server.agenda.OfficeAgenda agenda;
    private final org.sportello.server.agenda.KioskCheckIn checkIn;
    private final org.sportello.server.vacancies.OfficeVacancies vacancies;
    private final org.sportello.server.vacancies.PlaceCoordinates places;
    private final org.sportello.server.stamps.OfficeStamps stamps;
    private final Clock clock;
    /** A view lent to a command run inside the office server: closing it leaves the office open. */
    private final boolean borrowed;

    private OfficeConnection(OfficeDatabase database, Clock clock) {
        this.borrowed = false;
        this.clock = clock;
        this.database = database;
        this.directory = JooqOfficeDirectory.soleOffice(database);
        this.queue = new ServedQueue(database, directory, clock, QueueSettings.DEFAULT);
        this.auth = new JooqAuthService(database, directory.office().id(), clock);
        this.events = new JooqEventFeed(database, directory.office().id());
        JooqProtocolRegister register = new JooqProtocolRegister(database, directory.office(), clock);
        this.protocol = register;
        this.keys = new JooqOfficeKeys(database, directory.office(), clock);
        this.devices = new JooqDeviceReports(database, directory.office().id(), clock);
        this.badges = new JooqBadgeRegistry(database, directory.office().id(), clock);
        this.archive = new JooqDocumentArchive(database, directory.office(), register, clock);
        this.documents = new DocumentIssuer(archive, keys, directory.office(), clock);
        this.syncHealth = new JooqSyncHealth(database, clock);
        this.people = new JooqPersonRecords(database, directory.office().zone(), clock);
        this.operators = new JooqOperatorAccounts(database, directory.office().id(), new PasswordHasher(), clock);
        this.cases = new org.sportello.server.cases.OfficeCases(database.dataSource(), people,
                directory.office().zone(), clock);
        this.stamps = new org.sportello.server.stamps.OfficeStamps(database.dataSource(), directory.office(), register,
                keys, clock);
        this.documentService = new OfficeDocuments(documents, people, cases, stamps, directory.office().zone(), clock);
        this.profiles = new OfficeProfiles(database.dataSource(), directory.office().code(),
                directory.office().zone(), clock);
        this.communications = new OfficeCommunications(database.dataSource(), documents, profiles,
                directory.office().zone(), clock);
        this.offers = new org.sportello.server.offers.OfficeOffers(database.dataSource(),
                org.sportello.server.offers.OfficeOffers.indexFolderFor(database.url()), directory.office().zone(), clock);
        this.agenda = new org.sportello.server.agenda.OfficeAgenda(database.dataSource(), directory.office(),
                documentService, clock);
        this.checkIn = new org.sportello.server.agenda.KioskCheckIn(agenda, seals(), new QueueTickets(queue), clock);
        // Vacancies are published into the catalogue; their workplaces and citizens' homes are located
        // through the office's places file.
        this.places = (municipality, province) -> offers.places().find(municipality, province)
                .map(org.sportello.server.offers.Place::workplace);
        this.vacancies = new org.sportello.server.vacancies.OfficeVacancies(database.dataSource(), offers,
                places, documents, directory.office().zone(), clock);
        vacancies.republish();
    }

    /** The queue as check-in issues from it. */
    private record QueueTickets(ServedQueue queue) implements org.sportello.server.agenda.KioskCheckIn.Tickets {
        @Override
        public org.sportello.model.queue.IssuedTicket checkIn(org.sportello.model.queue.IssueRequest request,
                                                             org.sportello.model.queue.Appointed appointed) {
            return queue.checkIn(request, appointed);
        }

        @Override
        public org.sportello.model.queue.IssuedTicket issue(org.sportello.model.queue.IssueRequest request) {
            return queue.issue(request);
        }
    }

    private OfficeConnection(OfficeConnection lent) {
        this.borrowed = true;
        this.database = lent.database;
        this.directory = lent.directory;
        this.queue = lent.queue;
        this.auth = lent.auth;
        this.events = lent.events;
        this.protocol = lent.protocol;
        this.keys = lent.keys;
        this.devices = lent.devices;
        this.badges = lent.badges;
        this.archive = lent.archive;
        this.documents = lent.documents;
        this.documentService = lent.documentService;
        this.syncHealth = lent.syncHealth;
        this.people = lent.people;
        this.operators = lent.operators;
        this.cases = lent.cases;
        this.profiles = lent.profiles;
        this.communications = lent.communications;
        this.offers = lent.offers;
        this.agenda = lent.agenda;
        this.checkIn = lent.checkIn;
        this.vacancies = lent.vacancies;
        this.places = lent.places;
        this.stamps = lent.stamps;
        this.clock = lent.clock;
    }

    /**
     * The same office for a command that runs inside the office server (ADR 23): the command uses the
     * server's own services, and its {@code close()} does not close them.
     */
    public OfficeConnection lend() {
        return new OfficeConnection(this);
    }

    /** Connects to an initialised office database (see {@code sportello office init}). */
    public static OfficeConnection open(String url) {
        return open(OfficeDatabase.open(url), Clock.systemUTC());
    }

    public static OfficeConnection open(OfficeDatabase database, Clock clock) {
        return new OfficeConnection(database, clock);
    }

    public OfficeDatabase database() {
        return database;
    }

    public OfficeDirectory directory() {
        return directory;
    }

    public ServedQueue queue() {
        return queue;
    }

    public AuthService auth() {
        return auth;
    }

    public EventFeed events() {
        return events;
    }

    public ProtocolRegister protocol() {
        return protocol;
    }

    /** The office's signing key and the public keys of the offices it knows. */
    public OfficeKeys keys() {
        return keys;
    }

    /** Judges a scanned document code against this office's keys and register. */
    public SealVerifier seals() {
        return new SealVerifier(directory.office().code(), keys, protocol);
    }

    /** A scanned code (QR seal or Code 128 number) judged against this office's keys and register. */
    public ScanCheck scans() {
        return new RegisterScanCheck(directory.office().code(), keys, protocol);
    }

    /** Issued PDFs, reprints and scanned pages (ADR 15). */
    public DocumentArchive archive() {
        return archive;
    }

    /** Issues documents into the register and the archive, and reprints them as duplicates. */
    public DocumentIssuer documents() {
        return documents;
    }

    /** Documents as desks ask for them: the facts composed here from the office's records and clock. */
    public DocumentService documentService() {
        return documentService;
    }

    /** Where a kiosk reports its printer; the desks read the reports back from {@link #events()}. */
    public DeviceReports devices() {
        return devices;
    }

    /** Which operator each badge belongs to (ADR 0013); logging in with one is {@link #auth()}'s. */
    public BadgeRegistry badges() {
        return badges;
    }

    /** Adding operators, their passwords and lifting lock-outs (administrators; supervisors unlock). */
    public OperatorAccounts operators() {
        return operators;
    }

    /** How long an operator's session may stay unused (office set-up {@code session.idle.minutes}). */
    public java.time.Duration sessionIdle() {
        Integer minutes = new Transactions(database).run(db -> db.select(
                org.sportello.server.storage.schema.Tables.OFFICE.SESSION_IDLE_MINUTES)
                .from(org.sportello.server.storage.schema.Tables.OFFICE)
                .where(org.sportello.server.storage.schema.Tables.OFFICE.ID.eq(directory.office().id()))
                .fetchOne(org.sportello.server.storage.schema.Tables.OFFICE.SESSION_IDLE_MINUTES));
        return minutes == null ? org.sportello.model.setup.OfficeSetup.DEFAULT_SESSION_IDLE
                : java.time.Duration.ofMinutes(minutes);
    }

    /**
     * Runs {@code work} between two of the queue's turns, the queue reading the tickets afresh after it:
     * for changes to tickets made outside the queue's rules (erasing personal data, ADR 0026).
     */
    public <T> T betweenQueueTurns(java.util.function.Supplier<T> work) {
        return queue.runAlone(work);
    }

    /** Days a ticket's codice fiscale and priority class are kept (office set-up {@code privacy.ticket.days}). */
    public int ticketDataDays() {
        Integer days = new Transactions(database).run(db -> db.select(
                org.sportello.server.storage.schema.Tables.OFFICE.TICKET_DATA_DAYS)
                .from(org.sportello.server.storage.schema.Tables.OFFICE)
                .where(org.sportello.server.storage.schema.Tables.OFFICE.ID.eq(directory.office().id()))
                .fetchOne(org.sportello.server.storage.schema.Tables.OFFICE.TICKET_DATA_DAYS));
        return days == null ? org.sportello.model.setup.OfficeSetup.DEFAULT_TICKET_DATA_DAYS : days;
    }

    /** The central sync's state as the office server last recorded it (supervisors only). */
    public SyncHealthService syncHealth() {
        return syncHealth;
    }

    /** Attendance stamps at the kiosk and in the citizen's file (issue 13, ADR 35). */
    public org.sportello.server.stamps.OfficeStamps stamps() {
        return stamps;
    }

    /** The office agenda: calendars, the booking rule, appointments (operators only; issue 13, ADR 34). */
    public org.sportello.server.agenda.KioskCheckIn checkIn() {
        return checkIn;
    }

    public org.sportello.server.agenda.OfficeAgenda agenda() {
        return agenda;
    }

    /** Citizens' cases: DID, case manager, pact measures, contact plan (operators only; ADR 29). */
    public org.sportello.server.cases.OfficeCases cases() {
        return cases;
    }

    /** The person data documents are made from (operators only). */
    public PersonRecords people() {
        return people;
    }

    /** Citizens' files at the desk (issue 11; operators only, every open and change logged). */
    public OfficeProfiles profiles() {
        return profiles;
    }

    /** Company communications handed in at the counter, with their stamped copies (issue 11). */
    public OfficeCommunications communications() {
        return communications;
    }

    /** The job-offer catalogue, its search index, the places file and the courses calendar (issue 12, ADR 32). */
    public org.sportello.server.offers.OfficeOffers offers() {
        return offers;
    }

    /** Where municipalities are (the places file), for distances in the fit (issue 12). */
    public org.sportello.server.vacancies.PlaceCoordinates places() {
        return places;
    }

    /** A citizen's ranked, explained matches against every open offer of the catalogue (issue 12). */
    public org.sportello.server.vacancies.CitizenMatches matches() {
        return new org.sportello.server.vacancies.CitizenMatches(profiles, offers, places, directory.office().zone(),
                clock);
    }

    /** Vacancies at the desk, service D (issue 12; operators only). */
    public org.sportello.server.vacancies.OfficeVacancies vacancies() {
        return vacancies;
    }

    @Override
    public void close() {
        if (borrowed) {
            return;
        }
        offers.close();
        queue.close(); // its last turn still writes: before the database goes
        database.close();
    }
}
