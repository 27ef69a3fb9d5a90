package org.sportello.protocol.client;

import io.grpc.Channel;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.documents.IssuedPaper;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.vacancies.Candidate;
import org.sportello.model.vacancies.Contact;
import org.sportello.model.vacancies.ContactOutcome;
import org.sportello.model.vacancies.Vacancy;
import org.sportello.model.vacancies.VacancyField;
import org.sportello.model.vacancies.VacancyService;
import org.sportello.protocol.v1.AttachedQuery;
import org.sportello.protocol.v1.OffersGrpc;
import org.sportello.protocol.v1.VacanciesGrpc;
import org.sportello.protocol.v1.VacancyCandidatesRequest;
import org.sportello.protocol.v1.VacancyCloseRequest;
import org.sportello.protocol.v1.VacancyContactRequest;
import org.sportello.protocol.v1.VacancyListRequest;
import org.sportello.protocol.v1.VacancyRef;
import org.sportello.protocol.v1.VacancyRequest;
import org.sportello.protocol.v1.VacancyShortlistRequest;
import org.sportello.protocol.wire.DocumentWire;
import org.sportello.protocol.wire.Problems;
import org.sportello.protocol.wire.VacancyWire;

/** Vacancies through the office server: matching runs there, beside the citizens' files; the shortlist is sealed there. */
public final class RemoteVacancies implements VacancyService {
    /** Ranking reads every file with a DID; the shortlist renders a PDF. */
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private final VacanciesGrpc.VacanciesBlockingStub stub;
    private final OffersGrpc.OffersBlockingStub offers;

    public RemoteVacancies(Channel channel) {
        this.stub = VacanciesGrpc.newBlockingStub(Objects.requireNonNull(channel, "channel"));
        this.offers = OffersGrpc.newBlockingStub(channel);
    }

    @Override
    public List<VacancyField> check(OperatorSession session, Vacancy vacancy) {
        VacancyRequest q = VacancyRequest.newBuilder().setSession(DocumentCalls.session(session))
                .setVacancy(VacancyWire.toMsg(vacancy)).build();
        return VacancyWire.checkFromMsg(call("vacancies.check", s -> s.check(q)));
    }

    @Override
    public Vacancy save(OperatorSession session, Vacancy vacancy) {
        VacancyRequest q = VacancyRequest.newBuilder().setSession(DocumentCalls.session(session))
                .setVacancy(VacancyWire.toMsg(vacancy)).build();
        return VacancyWire.vacancyFromMsg(call("vacancies.save", s -> s.save(q)));
    }

    @Override
    public List<Vacancy> list(OperatorSession session, boolean withClosed) {
        VacancyListRequest q = VacancyListRequest.newBuilder().setSession(DocumentCalls.session(session))
                .setWithClosed(withClosed).build();
        return call("vacancies.list", s -> s.list(q)).getVacanciesList().stream().map(VacancyWire::vacancyFromMsg).toList();
    }

    @Override
    public Optional<Vacancy> find(OperatorSession session, UUID id) {
        VacancyRef q = ref(session, id);
        return Optional.of(VacancyWire.vacancyFromMsg(call("vacancies.get", s -> s.get(q))));
    }

    @Override
    public List<Candidate> candidates(OperatorSession session, UUID id, int limit) {
        VacancyCandidatesRequest q = VacancyCandidatesRequest.newBuilder().setSession(DocumentCalls.session(session))
                .setId(id.toString()).setLimit(limit).build();
        return call("vacancies.candidates", s -> s.candidates(q)).getCandidatesList().stream()
                .map(VacancyWire::candidateFromMsg).toList();
    }

    @Override
    public Contact logContact(OperatorSession session, UUID id, String codiceFiscale, ContactOutcome outcome,
                              boolean shareContact, String note) {
        VacancyContactRequest q = VacancyContactRequest.newBuilder().setSession(DocumentCalls.session(session))
                .setId(id.toString()).setTaxCode(codiceFiscale).setOutcome(outcome.name())
                .setShareContact(shareContact).setNote(note == null ? "" : note).build();
        return VacancyWire.contactFromMsg(call("vacancies.logContact", s -> s.logContact(q)), id);
    }

    @Override
    public List<Contact> contacts(OperatorSession session, UUID id) {
        VacancyRef q = ref(session, id);
        return call("vacancies.contacts", s -> s.contacts(q)).getContactsList().stream()
                .map(m -> VacancyWire.contactFromMsg(m, id)).toList();
    }

    @Override
    public IssuedPaper shortlist(OperatorSession session, UUID id, List<String> codiciFiscali, Locale locale) {
        VacancyShortlistRequest q = VacancyShortlistRequest.newBuilder().setSession(DocumentCalls.session(session))
                .setId(id.toString()).addAllTaxCodes(codiciFiscali).setLanguage(locale.getLanguage()).build();
        return DocumentWire.issuedFromMsg(call("vacancies.shortlist", s -> s.shortlist(q)));
    }

    @Override
    public Vacancy close(OperatorSession session, UUID id, Vacancy.Outcome outcome) {
        VacancyCloseRequest q = VacancyCloseRequest.newBuilder().setSession(DocumentCalls.session(session))
                .setId(id.toString()).setOutcome(outcome.name()).build();
        return VacancyWire.vacancyFromMsg(call("vacancies.close", s -> s.close(q)));
    }

    @Override
    public List<JobOffer> offersOnTicket(OperatorSession session, UUID ticket) {
        // The terminal's Offers service answers it: the attach and its reading back are one piece there.
        AttachedQuery q = AttachedQuery.newBuilder().setSession(DocumentCalls.session(session))
                .setTicketId(ticket.toString()).build();
        try {
            return offers.withDeadlineAfter(RemoteOffers.DEADLINE.toMillis(), TimeUnit.MILLISECONDS).attached(q)
                    .getOffersList().stream().map(RemoteOffers::offer).toList();
        } catch (StatusRuntimeException e) {
            throw Problems.fromStatus(e, "offers.attached");
        }
    }

    private static VacancyRef ref(OperatorSession session, UUID id) {
        return VacancyRef.newBuilder().setSession(DocumentCalls.session(session)).setId(id.toString()).build();
    }

    private <T> T call(String what, Function<VacanciesGrpc.VacanciesBlockingStub, T> call) {
        try {
            return call.apply(stub.withDeadlineAfter(DEADLINE.toMillis(), TimeUnit.MILLISECONDS));
        } catch (StatusRuntimeException e) {
            throw Problems.fromStatus(e, what);
        }
    }
}
