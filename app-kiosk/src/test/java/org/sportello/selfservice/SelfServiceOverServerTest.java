package org.sportello.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.link.StationLink;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.SportelloException;
import org.sportello.model.offers.ContractType;
import org.sportello.model.profile.Address;
import org.sportello.model.profile.Availability;
import org.sportello.model.profile.CitizenProfile;
import org.sportello.model.profile.Personal;
import org.sportello.model.profile.Professional;
import org.sportello.model.profile.SaveOutcome;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.model.queue.PriorityClass;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.v1.AttachedQuery;
import org.sportello.protocol.v1.OfferMsg;
import org.sportello.protocol.v1.OffersGrpc;
import org.sportello.protocol.v1.SessionRef;
import org.sportello.server.offers.DemoCatalogue;
import org.sportello.server.testing.TestOffice;
import org.sportello.ui.LoopbackOffice;
import org.sportello.model.offers.OfferResults;
import org.sportello.model.offers.CardFit;
import org.sportello.model.offers.OfferQuery;
import org.sportello.model.offers.AttachOutcome;
import org.sportello.model.offers.OfferSearch;
import org.sportello.protocol.client.RemoteOffers;

/**
 * The terminal's client against a real office server (mutual TLS on 127.0.0.1, the demo catalogue in
 * its Lucene index): Italian search, the distance filter, the card's first name and fits from the
 * office's one fit engine, "take to the desk" reaching the ticket the kiosk issued, and the desk that
 * reads the offers when it calls it. A kiosk station cannot use the terminal's calls.
 */
class SelfServiceOverServerTest {
    static final String CF = "RSSMRA85T10A944C";

    @TempDir
    Path dir;
    LoopbackOffice office;
    StationLink terminal;
    StationLink kiosk;
    StationLink desk;

    @BeforeEach
    void start() {
        office = LoopbackOffice.start(dir, test -> {
            DemoCatalogue.load(test.connection().offers(), 300, 20);
            Personal mario = new Personal("Rossi", "Mario", "Bologna", "Italiana",
                    new Address("Via Irnerio 1", "40126", "Bologna", "BO"), null, null, null);
            Professional work = new Professional(List.of(), List.of(), List.of("Muletto", "Inventario", "Magazzino"),
                    List.of(), Set.of(), new Availability(null, Set.of(), 30));
            SaveOutcome saved = test.connection().profiles().save(test.login("mrossi"),
                    new CitizenProfile(CF, null, 0, mario, work));
            assertThat(saved).isInstanceOf(SaveOutcome.Saved.class);
        });
        terminal = office.station("terminale-sala", StationRole.SELF_SERVICE, dir.resolve("terminal"));
        kiosk = office.station("chiosco-ingresso", StationRole.KIOSK, dir.resolve("kiosk"));
        desk = office.station("sportello-1", StationRole.DESK, dir.resolve("desk"));
    }

    @AfterEach
    void stop() {
        for (StationLink link : new StationLink[] {terminal, kiosk, desk}) {
            if (link != null) {
                link.close();
            }
        }
        office.close();
    }

    @Test
    void aCitizenFindsOffersSeesHowTheyFitAndTakesOneToTheDesk() {
        OfferSearch search = new RemoteOffers(terminal.channel());

        OfferResults plural = search.search(new OfferQuery("magazzinieri", "", 0, Set.of(), null, "", 0, 20));
        assertThat(plural.hits()).as("a plural finds the singular job title").isNotEmpty();
        assertThat(plural.hits()).allSatisfy(h -> assertThat(h.title().toLowerCase(java.util.Locale.ITALIAN))
                .contains("magazzin"));

        OfferResults near = search.search(new OfferQuery("", "Bologna", 10, Set.of(), null, "", 0, 50));
        assertThat(near.hits()).isNotEmpty();
        assertThat(near.hits()).allSatisfy(h -> assertThat(h.km()).isBetween(0.0, 10.0));

        OfferResults permanent = search.search(new OfferQuery("", "", 0, Set.of(ContractType.PERMANENT), null, "", 0, 50));
        assertThat(permanent.hits()).isNotEmpty();
        assertThat(permanent.hits()).allSatisfy(h -> assertThat(h.contract()).isEqualTo(ContractType.PERMANENT));

        CardFit fit = search.cardFit(CF, List.of(), 10);
        assertThat(fit.known()).isTrue();
        assertThat(fit.firstName()).isEqualTo("Mario");
        assertThat(fit.fits()).as("the office's fit engine is installed on the server").isNotEmpty();
        assertThat(fit.fits()).allSatisfy(f -> {
            assertThat(f.fit().score()).isBetween(0, 100);
            assertThat(f.fit().reasons()).as("every score is explained").isNotEmpty();
        });
        assertThat(fit.fits().getFirst().fit().score())
                .as("best first").isGreaterThanOrEqualTo(fit.fits().getLast().fit().score());

        String chosen = plural.hits().getFirst().id();
        assertThat(search.attach(CF, List.of(chosen)).attached()).as("no ticket yet today").isFalse();

        IssuedTicket ticket = kiosk.services().queue().issue(new IssueRequest("D", PriorityClass.STANDARD, "it",
                UUID.randomUUID().toString(), CF));
        AttachOutcome attached = search.attach(CF, List.of(chosen));
        assertThat(attached.attached()).isTrue();
        assertThat(attached.ticketNumber()).isEqualTo(ticket.ticket().code());

        OperatorSession maria = desk.services().auth().login("mrossi", TestOffice.PASSWORD.toCharArray());
        List<OfferMsg> atTheDesk = OffersGrpc.newBlockingStub(desk.channel()).withDeadlineAfter(5, TimeUnit.SECONDS)
                .attached(AttachedQuery.newBuilder().setSession(SessionRef.newBuilder().setToken(maria.token()))
                        .setTicketId(ticket.ticket().id().toString()).build())
                .getOffersList();
        assertThat(atTheDesk).extracting(OfferMsg::getId).containsExactly(chosen);
    }

    @Test
    void aKioskCannotUseTheTerminalsCalls() {
        OfferSearch fromKiosk = new RemoteOffers(kiosk.channel());
        assertThatThrownBy(() -> fromKiosk.search(new OfferQuery("magazziniere", "", 0, Set.of(), null, "", 0, 20)))
                .isInstanceOf(SportelloException.class);
        assertThatThrownBy(() -> fromKiosk.cardFit(CF, List.of(), 5)).isInstanceOf(SportelloException.class);
    }
}
