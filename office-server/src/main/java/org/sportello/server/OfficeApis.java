package org.sportello.server;

import io.grpc.BindableService;
import io.grpc.Status;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.sportello.model.offers.OfferFitter;
import org.sportello.server.agenda.NoShowSweep;
import org.sportello.server.privacy.TicketRetention;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.server.api.AdminApi;
import org.sportello.server.api.AgendaApi;
import org.sportello.server.api.AuthApi;
import org.sportello.server.api.CasesApi;
import org.sportello.server.api.CommandApi;
import org.sportello.server.api.DirectoryApi;
import org.sportello.server.api.DocumentsApi;
import org.sportello.server.api.EventBroadcast;
import org.sportello.server.api.EventsApi;
import org.sportello.server.api.OffersApi;
import org.sportello.server.api.OperatorAdminApi;
import org.sportello.server.api.QueueApi;
import org.sportello.server.communication.CompanyCommunicationsApi;
import org.sportello.server.profile.ProfilesApi;
import org.sportello.server.session.ServerSessions;
import org.sportello.server.station.StationAdminApi;

/**
 * Everything the office server serves on its main port, wired once on its embedded database (ADR 23):
 * one queue, one set of operator sessions and one event broadcast for the whole office. A revoked
 * station loses its operators' sessions and its open streams at once.
 */
public final class OfficeApis implements AutoCloseable {
    private final OfficeConnection office;
    private final EventBroadcast broadcast;
    private final ServerSessions sessions;
    private final List<BindableService> services;

    private OfficeApis(OfficeServer server, Clock clock, Path home, OfferFitter fitter) {
        // Its own pool on the embedded database: closing it leaves the server's connection alone.
        this.office = OfficeConnection.open(OfficeDatabase.open(OfficeServer.inProcessUrl(server.dataDir())), clock);
        this.broadcast = new EventBroadcast(office.events()).start();
        this.sessions = ServerSessions.of(office, clock);
        this.services = List.of(
                new DirectoryApi(office.directory()),
                new QueueApi(office.queue()::submit, sessions, broadcast::wake).withCheckIns((code, taxCode, language,
                        key, offer) -> code != null ? office.checkIn().byLetter(code, language, key, offer)
                        : office.checkIn().byCard(taxCode, language, key, offer)),
                new EventsApi(office.events(), office.devices(), broadcast),
                new AuthApi(sessions),
                DocumentsApi.of(office, sessions, clock),
                CasesApi.of(office, sessions, clock),
                AgendaApi.of(office, sessions, clock),
                org.sportello.server.api.StampsApi.of(office, sessions, clock),
                new ProfilesApi(office.profiles(), sessions, office.directory().office().zone(), clock),
                new CompanyCommunicationsApi(office.communications(), sessions),
                OffersApi.of(office, sessions, fitter, clock),
                new org.sportello.server.vacancies.VacanciesApi(office.vacancies(), sessions),
                new AdminApi(new StationAdminApi(server.stations()), new OperatorAdminApi(office.operators(), sessions),
                        new CommandApi(office, home)));
        server.onRevoked(station -> {
            sessions.endAll(station);
            broadcast.endStation(station, Status.UNAUTHENTICATED.withDescription("the station was revoked"));
        });
        server.attach(this);
        // Attached after the services, so it stops before them and before the database (reverse order).
        server.attach(TicketRetention.daily(office, clock));
        server.attach(NoShowSweep.every5Minutes(office.agenda(), clock));
    }

    /** For {@link OfficeServer#start(OfficeServer.Options, java.util.function.Function)}. */
    public static List<BindableService> on(OfficeServer server) {
        return on(server, Clock.systemUTC());
    }

    /**
     * The office's services, with the office's one fit engine ({@link org.sportello.model.offers.ProfileFit},
     * ADR 33) behind the terminal's card fits, as behind the desk's matching and {@code offers match}.
     */
    public static List<BindableService> on(OfficeServer server, Clock clock) {
        return on(server, clock, new org.sportello.model.offers.ProfileFit(clock));
    }

    /** With {@code fitter} as the office's one fit engine (terminal card fits; null: none installed). */
    public static List<BindableService> on(OfficeServer server, Clock clock, OfferFitter fitter) {
        return new OfficeApis(server, clock, Path.of(System.getProperty("user.home")), fitter).services;
    }

    /** The office's one job-offer catalogue: the central sync puts the other offices' vacancies in it (ADR 37). */
    public org.sportello.server.offers.OfficeOffers offers() {
        return office.offers();
    }

    @Override
    public void close() {
        broadcast.close();
        office.close();
    }

    @Override
    public String toString() {
        return "office services";
    }
}
