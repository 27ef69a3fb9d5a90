package org.sportello.operator.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sportello.model.events.EventType;
import org.sportello.model.events.OfficeEvent;
import org.sportello.model.office.ServiceInfo;
import org.sportello.model.queue.QueueOverview;
import org.sportello.operator.ui.Messages;

/**
 * The office around the counter, as the desk shows it beside the ticket: each service's line, each counter,
 * the last movements, how many wait for this counter, and where a ticket can be transferred. Fed by the
 * {@link DeskViewModel} with what it reads from the office; UI thread only.
 */
public final class OfficeBoard {
    static final int ACTIVITY_ROWS = 10;

    private final Messages messages;
    private final int myCounter;
    private final Set<UUID> myServices;
    private final ReadOnlyIntegerWrapper waitingHere = new ReadOnlyIntegerWrapper(this, "waitingHere", 0);
    private final ObservableList<ServiceRow> serviceRows = FXCollections.observableArrayList();
    private final ObservableList<CounterRow> counterRows = FXCollections.observableArrayList();
    private final ObservableList<ServiceInfo> transferServices = FXCollections.observableArrayList();
    private final ObservableList<CounterRow> transferCounters = FXCollections.observableArrayList();
    private final ObservableList<ActivityRow> activity = FXCollections.observableArrayList();
    // Read-only views made once: a fresh wrapper per call would be garbage-collected under a listener.
    private final ObservableList<ServiceRow> serviceRowsView = FXCollections.unmodifiableObservableList(serviceRows);
    private final ObservableList<CounterRow> counterRowsView = FXCollections.unmodifiableObservableList(counterRows);
    private final ObservableList<ServiceInfo> transferServicesView =
            FXCollections.unmodifiableObservableList(transferServices);
    private final ObservableList<CounterRow> transferCountersView =
            FXCollections.unmodifiableObservableList(transferCounters);
    private final ObservableList<ActivityRow> activityView = FXCollections.unmodifiableObservableList(activity);

    private List<ServiceInfo> services = List.of();
    private QueueOverview overview;

    OfficeBoard(Messages messages, int myCounter, Set<UUID> myServices) {
        this.messages = messages;
        this.myCounter = myCounter;
        this.myServices = Set.copyOf(myServices);
    }

    /** The office's services, as its directory lists them. */
    void services(List<ServiceInfo> all) {
        services = List.copyOf(all);
        transferServices.setAll(services);
    }

    /** The queue as read at {@code overview.at()}; shown at the next {@link #render}. */
    void overview(QueueOverview read) {
        overview = read;
    }

    /** The office's log: what the counters' activity list shows of it, newest first. */
    void record(List<OfficeEvent> events) {
        for (OfficeEvent e : events) {
            if (e.type() == EventType.OPERATOR_LOGGED_IN || e.type() == EventType.LOGIN_FAILED
                    || e.type() == EventType.LOGIN_LOCKED || e.type() == EventType.BADGE_ENROLLED || e.type() == EventType.BADGE_REVOKED) {
                continue; // who logs in, and who fails to, is not the counters' business
            }
            if (e.type() == EventType.PRINTER_STATUS || e.type() == EventType.DEVICE_STATUS) {
                continue; // shown as a banner while it lasts, not as history
            }
            if (e.type() == EventType.DOSSIER_CHANGED) {
                continue; // a citizen's file, not the counters' activity
            }
            activity.addFirst(new ActivityRow(e.occurredAt(), e.type(), e.ticketCode(), e.counterNumber()));
        }
        while (activity.size() > ACTIVITY_ROWS) {
            activity.removeLast();
        }
    }

    /** The rows at {@code now}: the waits have grown since the queue was read, without asking again. */
    void render(Instant now) {
        if (overview == null) {
            return;
        }
        Duration since = between(overview.at(), now);
        serviceRows.setAll(overview.services().stream().map(q -> {
            Optional<ServiceInfo> info = service(q.serviceId());
            Duration longest = q.waiting() == 0 ? Duration.ZERO : q.longestWait().plus(since);
            boolean late = q.waiting() > 0 && info.map(i -> longest.compareTo(i.targetWait()) > 0).orElse(false);
            return new ServiceRow(q.prefix(), info.map(i -> i.name(messages.locale())).orElse(q.prefix()),
                    q.waiting(), q.priorityWaiting(), longest, q.servedToday(), late, myServices.contains(q.serviceId()));
        }).toList());
        counterRows.setAll(overview.counters().stream().map(c -> new CounterRow(c.number(), c.state(),
                c.pauseReason(), c.operatorName(), c.currentTicketCode(), c.number() == myCounter)).toList());
        transferCounters.setAll(counterRows.stream().filter(c -> !c.mine()).toList());
        waitingHere.set(serviceRows.stream().filter(ServiceRow::servedHere).mapToInt(ServiceRow::waiting).sum());
    }

    /** "A · Accoglienza e informazioni", or empty for a service the directory does not list. */
    String serviceName(UUID id) {
        return service(id).map(s -> s.prefix() + " · " + s.name(messages.locale())).orElse("");
    }

    private Optional<ServiceInfo> service(UUID id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    static Duration between(Instant from, Instant to) {
        if (from == null || to == null) {
            return Duration.ZERO;
        }
        Duration d = Duration.between(from, to);
        return d.isNegative() ? Duration.ZERO : d;
    }

    public ReadOnlyIntegerProperty waitingHereProperty() {
        return waitingHere.getReadOnlyProperty();
    }

    public ObservableList<ServiceRow> serviceRows() {
        return serviceRowsView;
    }

    public ObservableList<CounterRow> counterRows() {
        return counterRowsView;
    }

    public ObservableList<ServiceInfo> transferServices() {
        return transferServicesView;
    }

    /** The other counters, for a transfer. */
    public ObservableList<CounterRow> transferCounters() {
        return transferCountersView;
    }

    public ObservableList<ActivityRow> activity() {
        return activityView;
    }
}
