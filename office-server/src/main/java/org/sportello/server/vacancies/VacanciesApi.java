package org.sportello.server.vacancies;

import io.grpc.stub.StreamObserver;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.vacancies.ContactOutcome;
import org.sportello.model.vacancies.Vacancy;
import org.sportello.model.vacancies.VacancyService;
import org.sportello.protocol.v1.IssuedDocumentMsg;
import org.sportello.protocol.v1.SessionRef;
import org.sportello.protocol.v1.VacanciesGrpc;
import org.sportello.protocol.v1.VacancyCandidateList;
import org.sportello.protocol.v1.VacancyCandidatesRequest;
import org.sportello.protocol.v1.VacancyCheckMsg;
import org.sportello.protocol.v1.VacancyCloseRequest;
import org.sportello.protocol.v1.VacancyContactList;
import org.sportello.protocol.v1.VacancyContactMsg;
import org.sportello.protocol.v1.VacancyContactRequest;
import org.sportello.protocol.v1.VacancyList;
import org.sportello.protocol.v1.VacancyListRequest;
import org.sportello.protocol.v1.VacancyMsg;
import org.sportello.protocol.v1.VacancyRef;
import org.sportello.protocol.v1.VacancyRequest;
import org.sportello.protocol.v1.VacancyShortlistRequest;
import org.sportello.protocol.wire.DocumentWire;
import org.sportello.protocol.wire.VacancyWire;
import org.sportello.server.api.DeskOperator;
import org.sportello.server.api.Calls;
import org.sportello.server.session.OperatorSessions;

/**
 * The Vacancies service: desks (and the admin station) with an operator's session; kiosks, hall displays and
 * self-service terminals are refused whatever token they send (the terminal reads the catalogue, never the
 * vacancies' candidates and contacts).
 */
public final class VacanciesApi extends VacanciesGrpc.VacanciesImplBase {
    private static final int MAX_NOTE = 500;

    private final VacancyService vacancies;
    private final OperatorSessions sessions;

    public VacanciesApi(VacancyService vacancies, OperatorSessions sessions) {
        this.vacancies = Objects.requireNonNull(vacancies, "vacancies");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    @Override
    public void check(VacancyRequest request, StreamObserver<VacancyCheckMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("check vacancies", request.getSession());
            return VacancyWire.checkToMsg(vacancies.check(operator, VacancyWire.vacancyFromMsg(checked(request.getVacancy()))));
        });
    }

    @Override
    public void save(VacancyRequest request, StreamObserver<VacancyMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("record vacancies", request.getSession());
            return VacancyWire.toMsg(vacancies.save(operator, VacancyWire.vacancyFromMsg(checked(request.getVacancy()))));
        });
    }

    @Override
    public void list(VacancyListRequest request, StreamObserver<VacancyList> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("list vacancies", request.getSession());
            VacancyList.Builder b = VacancyList.newBuilder();
            vacancies.list(operator, request.getWithClosed()).forEach(v -> b.addVacancies(VacancyWire.toMsg(v)));
            return b.build();
        });
    }

    @Override
    public void get(VacancyRef request, StreamObserver<VacancyMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("read vacancies", request.getSession());
            UUID id = VacancyWire.uuid(request.getId());
            return VacancyWire.toMsg(vacancies.find(operator, id).orElseThrow(() ->
                    new SportelloException(Problem.VACANCY_UNKNOWN, id.toString())));
        });
    }

    @Override
    public void candidates(VacancyCandidatesRequest request, StreamObserver<VacancyCandidateList> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("find candidates for vacancies", request.getSession());
            UUID id = VacancyWire.uuid(request.getId());
            VacancyCandidateList.Builder b = VacancyCandidateList.newBuilder();
            vacancies.candidates(operator, id, request.getLimit() <= 0 ? 50 : request.getLimit())
                    .forEach(c -> b.addCandidates(VacancyWire.toMsg(c)));
            return b.build();
        });
    }

    @Override
    public void logContact(VacancyContactRequest request, StreamObserver<VacancyContactMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("log contacts with candidates", request.getSession());
            UUID id = VacancyWire.uuid(request.getId());
            ContactOutcome outcome = VacancyWire.known(ContactOutcome.class, request.getOutcome(), "outcome");
            if (request.getNote().length() > MAX_NOTE) {
                throw new IllegalArgumentException("a note has at most " + MAX_NOTE + " characters");
            }
            return VacancyWire.toMsg(vacancies.logContact(operator, id, request.getTaxCode(), outcome,
                    request.getShareContact(), request.getNote()));
        });
    }

    @Override
    public void contacts(VacancyRef request, StreamObserver<VacancyContactList> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("read contacts with candidates", request.getSession());
            VacancyContactList.Builder b = VacancyContactList.newBuilder();
            vacancies.contacts(operator, VacancyWire.uuid(request.getId())).forEach(c -> b.addContacts(VacancyWire.toMsg(c)));
            return b.build();
        });
    }

    @Override
    public void shortlist(VacancyShortlistRequest request, StreamObserver<IssuedDocumentMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("print shortlists", request.getSession());
            Locale locale = "en".equals(request.getLanguage()) ? Locale.ENGLISH : Locale.ITALIAN;
            return DocumentWire.toMsg(vacancies.shortlist(operator, VacancyWire.uuid(request.getId()),
                    request.getTaxCodesList(), locale));
        });
    }

    @Override
    public void close(VacancyCloseRequest request, StreamObserver<VacancyMsg> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = operator("close vacancies", request.getSession());
            Vacancy.Outcome outcome = VacancyWire.known(Vacancy.Outcome.class, request.getOutcome(), "outcome");
            return VacancyWire.toMsg(vacancies.close(operator, VacancyWire.uuid(request.getId()), outcome));
        });
    }

    /** Lengths the columns hold, refused before the model sees them. */
    private static VacancyMsg checked(VacancyMsg m) {
        limit(m.getEmployerCode(), 16, "employer_code");
        limit(m.getEmployerName(), 200, "employer_name");
        limit(m.getEmployerContact(), 200, "employer_contact");
        limit(m.getTitle(), 200, "title");
        limit(m.getDescription(), 4000, "description");
        limit(m.getIsco(), 4, "isco");
        limit(m.getMunicipality(), 100, "municipality");
        limit(m.getProvince(), 2, "province");
        limit(String.join("\n", m.getSkillsList()), 2000, "skills");
        if (m.getLanguagesCount() > 10) {
            throw new IllegalArgumentException("at most 10 languages");
        }
        return m;
    }

    private static void limit(String text, int max, String field) {
        if (text.strip().length() > max) {
            throw new IllegalArgumentException(field + " has at most " + max + " characters");
        }
    }

    private OperatorSession operator(String action, SessionRef session) {
        return DeskOperator.require(sessions, action, session.getToken());
    }
}
