package org.sportello.operator.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLTransientConnectionException;
import org.jooq.exception.DataAccessException;
import org.sportello.model.auth.AuthService;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.documents.DocumentService;
import org.sportello.model.events.EventFeed;
import org.sportello.model.person.PersonRecords;
import org.sportello.model.office.OfficeDirectory;
import org.sportello.model.persistence.OfficeConnection;
import org.sportello.model.queue.QueueService;
import org.sportello.model.seal.ScanCheck;
import org.sportello.model.sync.SyncHealthService;
import org.sportello.link.OfficeLink;
import org.sportello.link.OfficeServices;

/**
 * A real office behind a switch: while cut, every call fails the way an unreachable database does,
 * either as the services word it (OFFICE_UNAVAILABLE) or as the raw jOOQ exception the event feed
 * lets through. Services handed out before the cut fail too, as pooled connections would.
 */
public final class SwitchableOffice implements OfficeLink {
    public enum Failure {
        OFFICE_UNAVAILABLE,
        RAW_DATA_ACCESS
    }

    private final OfficeServices services;
    private volatile boolean down;
    private volatile Failure failure = Failure.OFFICE_UNAVAILABLE;
    private volatile int probes;

    public SwitchableOffice(OfficeConnection connection) {
        OfficeServices real = OfficeServices.of(connection);
        this.services = new OfficeServices(guard(OfficeDirectory.class, real.directory()),
                guard(AuthService.class, real.auth()), guard(QueueService.class, real.queue()),
                guard(EventFeed.class, real.events()), guard(ScanCheck.class, real.scans()),
                guard(SyncHealthService.class, real.syncHealth()), guard(DocumentService.class, real.documents()),
                guard(PersonRecords.class, real.people()));
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
            case RAW_DATA_ACCESS -> new DataAccessException("test: connection refused",
                    new SQLTransientConnectionException("office-db - Connection is not available"));
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
