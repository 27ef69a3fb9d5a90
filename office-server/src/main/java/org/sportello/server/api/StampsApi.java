package org.sportello.server.api;

import io.grpc.stub.StreamObserver;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.stamps.StampRequest;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.v1.StampList;
import org.sportello.protocol.v1.StampQuery;
import org.sportello.protocol.v1.StampReceiptMsg;
import org.sportello.protocol.v1.StampRequestMsg;
import org.sportello.protocol.v1.StampsGrpc;
import org.sportello.protocol.wire.StampWire;
import org.sportello.server.session.OperatorSessions;
import org.sportello.server.stamps.OfficeStamps;

/**
 * Attendance stamping over the protocol (stamps.proto, ADR 35). Stamp: kiosks, and the administration station
 * for {@code sportello stamp}; the stamp names the calling station as its certificate says, never as the request
 * says. OfCitizen: desks and admin with an operator's session. A kiosk gets no codice fiscale back.
 */
public final class StampsApi extends StampsGrpc.StampsImplBase {
    private static final StationRole[] STAMPERS = {StationRole.KIOSK, StationRole.ADMIN};

    private final OfficeStamps stamps;
    private final OperatorSessions sessions;
    private final ZoneId zone;
    private final Clock clock;

    public StampsApi(OfficeStamps stamps, OperatorSessions sessions, ZoneId zone, Clock clock) {
        this.stamps = Objects.requireNonNull(stamps, "stamps");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static StampsApi of(org.sportello.server.storage.OfficeConnection office, OperatorSessions sessions,
                               Clock clock) {
        return new StampsApi(office.stamps(), sessions, office.directory().office().zone(), clock);
    }

    @Override
    public void stamp(StampRequestMsg request, StreamObserver<StampReceiptMsg> reply) {
        Calls.answer(reply, () -> {
            Caller caller = Caller.current().require("stamp an attendance card", STAMPERS);
            String taxCode = RequestChecks.taxCode(request.getCitizenTaxCode());
            if (taxCode == null) {
                throw RequestChecks.invalid("citizen_tax_code is empty");
            }
            LocalDate expires = null;
            if (!request.getCardExpiresOn().isEmpty()) {
                try {
                    expires = LocalDate.parse(RequestChecks.text(request.getCardExpiresOn(), "card_expires_on", 10, 10));
                } catch (DateTimeException e) {
                    throw RequestChecks.invalid("card_expires_on is not a date (YYYY-MM-DD)");
                }
            }
            return StampWire.toMsg(stamps.stamp(new StampRequest(taxCode, expires), caller.name()));
        });
    }

    @Override
    public void ofCitizen(StampQuery request, StreamObserver<StampList> reply) {
        Calls.answer(reply, () -> {
            OperatorSession operator = DeskOperator.require(sessions, "see a citizen's attendance stamps",
                    request.getSession().getToken());
            var b = StampList.newBuilder();
            stamps.of(operator, taxCode(request.getTaxCode())).forEach(s -> b.addStamps(StampWire.toMsg(s, true)));
            return b.build();
        });
    }

    private CodiceFiscale taxCode(String value) {
        return RequestChecks.codiceFiscale(value, LocalDate.ofInstant(clock.instant(), zone));
    }
}
