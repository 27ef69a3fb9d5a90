package org.sportello.operator.desk;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.queue.Ticket;
import org.sportello.operator.office.OfficeWork;

/**
 * The offers the citizen chose at the self-service terminal and took to their ticket ("Porta allo sportello",
 * issue 12): read as soon as this desk has the ticket, so the operator who calls it sees them at once, and gone
 * with it. Read again whenever the desk reads its ticket again (a citizen may add one while waiting).
 */
public final class BroughtOffers {
    private final OfficeWork office;
    private final OperatorSession operator;
    private final ObservableList<JobOffer> offers = FXCollections.observableArrayList();
    private final ObservableList<JobOffer> view = FXCollections.unmodifiableObservableList(offers);
    private final ReadOnlyObjectProperty<Ticket> ticket;

    BroughtOffers(ReadOnlyObjectProperty<Ticket> ticket, OfficeWork office, OperatorSession operator) {
        this.ticket = ticket;
        this.office = office;
        this.operator = operator;
        ticket.addListener((obs, old, now) -> follow(old, now));
        follow(null, ticket.get());
    }

    private void follow(Ticket old, Ticket now) {
        if (now == null || old == null || !Objects.equals(old.id(), now.id())) {
            offers.clear(); // the next citizen must never see the previous one's choice
        }
        if (now == null) {
            return;
        }
        UUID id = now.id();
        office.submit(s -> s.vacancies() == null ? List.<JobOffer>of() : s.vacancies().offersOnTicket(operator, id),
                found -> {
                    Ticket still = ticket.get();
                    if (still != null && still.id().equals(id)) {
                        offers.setAll(found);
                    }
                },
                // Not worth a notice: the ticket is served as ever; the banner tells of an office out of reach.
                failure -> { });
    }

    public ObservableList<JobOffer> offers() {
        return view;
    }
}
