package org.sportello.operator.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.sportello.model.auth.AuthService;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.documents.DocumentService;
import org.sportello.model.events.DeviceReports;
import org.sportello.model.events.EventFeed;
import org.sportello.model.person.PersonRecords;
import org.sportello.model.profile.ProfileService;
import org.sportello.model.cases.CaseService;
import org.sportello.model.company.CommunicationService;
import org.sportello.model.office.OfficeDirectory;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.model.queue.QueueService;
import org.sportello.model.seal.ScanCheck;
import org.sportello.model.sync.SyncHealthService;
import org.sportello.link.InProcessOffice;
import org.sportello.link.OfficeLink;
import org.sportello.link.OfficeServices;

/**
 * A real office behind a switch: while cut, every call fails the way an unreachable office server
 * does (OFFICE_UNAVAILABLE, as the office's clients word every lost call), or, for the desk's own
 * mistakes, with an exception that is no refusal at all. Services handed out before the cut fail too,
 * as calls on a link whose server went away would.
 */
public final class SwitchableOffice implements OfficeLink {
    public enum Failure {
        OFFICE_UNAVAILABLE,
        /** Not the office's answer but a fault in the desk (a bug): no outage. */
        BUG
    }

    private final OfficeServices services;
    private volatile boolean down;
    private volatile Failure failure = Failure.OFFICE_UNAVAILABLE;
    private volatile int probes;

    public SwitchableOffice(OfficeConnection connection) {
        OfficeServices real = InProcessOffice.services(connection);
        this.services = new OfficeServices(guard(OfficeDirectory.class, real.directory()),
                guard(AuthService.class, real.auth()), guard(QueueService.class, real.queue()),
                guard(EventFeed.class, real.events()), guard(DeviceReports.class, real.devices()),
                guard(ScanCheck.class, real.scans()),
                guard(SyncHealthService.class, real.syncHealth()), guard(DocumentService.class, real.documents()),
                guard(PersonRecords.class, real.people()), guard(ProfileService.class, real.profiles()),
                guard(CommunicationService.class, real.communications()),
                guard(CaseService.class, real.cases()),
                guard(org.sportello.model.agenda.AgendaService.class, real.agenda()),
                guard(org.sportello.model.vacancies.VacancyService.class, real.vacancies()));
    }

    public void cut(Failure how) {
        failure = how;
        down = true;
    }

    public void cut() {
        cut(Failure.OFFICE_UNAVAILABLE);
    }

    public void restore() {
        down = false;
    }

    public int probes() {
        return probes;
    }

    @Override
    public OfficeServices services() {
        if (down) {
            throw fail();
        }
        return services;
    }

    @Override
    public boolean reachable() {
        probes++;
        return !down;
    }

    private RuntimeException fail() {
        return switch (failure) {
            case OFFICE_UNAVAILABLE -> new SportelloException(Problem.OFFICE_UNAVAILABLE, "test: line cut");
            case BUG -> new IllegalStateException("test: a fault in the desk");
        };
    }

    private <T> T guard(Class<T> type, T target) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            if (down) {
                throw fail();
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
        return type.cast(proxy);
    }
}
