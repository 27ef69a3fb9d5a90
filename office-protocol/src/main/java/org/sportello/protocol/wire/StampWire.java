package org.sportello.protocol.wire;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.sportello.model.stamps.Stamp;
import org.sportello.model.stamps.StampReceipt;
import org.sportello.protocol.v1.StampMsg;
import org.sportello.protocol.v1.StampReceiptMsg;

/** Attendance stamps on the wire (stamps.proto, ADR 35). */
public final class StampWire {
    private StampWire() {
    }

    public static StampMsg toMsg(Stamp s, boolean withTaxCode) {
        return StampMsg.newBuilder().setId(s.id().toString()).setTaxCode(withTaxCode ? s.taxCode() : "")
                .setAtMs(s.at().toEpochMilli()).setStation(s.station()).setNumber(s.number().format()).build();
    }

    /** @param taxCode the code the caller already holds, for a kiosk's answer that carries none */
    public static Stamp fromMsg(StampMsg m, String taxCode) {
        return new Stamp(UUID.fromString(m.getId()), m.getTaxCode().isEmpty() ? taxCode : m.getTaxCode(),
                Instant.ofEpochMilli(m.getAtMs()), m.getStation(), DocumentWire.number(m.getNumber()));
    }

    /** A kiosk's answer: the stamp without the codice fiscale the kiosk read itself. */
    public static StampReceiptMsg toMsg(StampReceipt r) {
        return StampReceiptMsg.newBuilder().setStamp(toMsg(r.stamp(), false)).setOfficeName(r.officeName())
                .setZone(r.zone().getId()).setSeal(r.seal().encode()).setRepeated(r.repeated()).build();
    }

    public static StampReceipt receiptFromMsg(StampReceiptMsg m, String taxCode) {
        return new StampReceipt(fromMsg(m.getStamp(), taxCode), m.getOfficeName(), ZoneId.of(m.getZone()),
                DocumentWire.seal(m.getSeal()), m.getRepeated());
    }
}
