package org.sportello.protocol.client;

import io.grpc.Channel;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.stamps.Stamp;
import org.sportello.model.stamps.StampReceipt;
import org.sportello.model.stamps.StampRequest;
import org.sportello.model.stamps.StampService;
import org.sportello.protocol.v1.StampQuery;
import org.sportello.protocol.v1.StampRequestMsg;
import org.sportello.protocol.v1.StampsGrpc;
import org.sportello.protocol.wire.Problems;
import org.sportello.protocol.wire.StampWire;

/**
 * Attendance stamping through the office server (stamps.proto, ADR 35): a kiosk stamps, a desk reads a citizen's
 * stamps. The server names the kiosk from its certificate and judges the card by its own clock.
 */
public final class RemoteStamps implements StampService {
    private final StampsGrpc.StampsBlockingStub stub;

    public RemoteStamps(Channel channel) {
        this.stub = StampsGrpc.newBlockingStub(Objects.requireNonNull(channel, "channel"));
    }

    @Override
    public StampReceipt stamp(StampRequest request) {
        String taxCode = request.taxCode() == null ? "" : request.taxCode().strip();
        StampRequestMsg m = StampRequestMsg.newBuilder().setCitizenTaxCode(taxCode)
                .setCardExpiresOn(request.cardExpiresOn() == null ? "" : request.cardExpiresOn().toString()).build();
        return StampWire.receiptFromMsg(call("stamps.stamp", s -> s.stamp(m)), taxCode.toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public List<Stamp> of(OperatorSession session, CodiceFiscale code) {
        StampQuery q = StampQuery.newBuilder().setSession(DocumentCalls.session(session)).setTaxCode(code.code()).build();
        return call("stamps.ofCitizen", s -> s.ofCitizen(q)).getStampsList().stream()
                .map(m -> StampWire.fromMsg(m, code.canonical())).toList();
    }

    private <T> T call(String what, Function<StampsGrpc.StampsBlockingStub, T> call) {
        try {
            return call.apply(stub.withDeadlineAfter(DocumentCalls.LOOK_UPS.toMillis(), TimeUnit.MILLISECONDS));
        } catch (StatusRuntimeException e) {
            throw Problems.fromStatus(e, what);
        }
    }
}
