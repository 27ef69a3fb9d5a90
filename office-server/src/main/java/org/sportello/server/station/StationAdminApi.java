package org.sportello.server.station;

import io.grpc.stub.StreamObserver;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.v1.AdminGrpc;
import org.sportello.protocol.v1.EnrolStationRequest;
import org.sportello.protocol.v1.Empty;
import org.sportello.protocol.v1.StationList;
import org.sportello.protocol.v1.StationMsg;
import org.sportello.protocol.v1.StationName;
import org.sportello.server.api.Caller;
import org.sportello.server.api.Calls;

/**
 * The station RPCs of the Admin service: enrol, list, revoke; for ADMIN stations only (the local
 * administrator). The operator RPCs of the same service live elsewhere; the server combines them.
 */
public class StationAdminApi extends AdminGrpc.AdminImplBase {
    private final StationRegistry registry;

    public StationAdminApi(StationRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void enrolStation(EnrolStationRequest request, StreamObserver<org.sportello.protocol.v1.EnrolmentCode> observer) {
        Calls.answer(observer, () -> {
            Caller.current().require("enrol a station", StationRole.ADMIN);
            StationRole role = StationRole.parse(request.getRole()).filter(StationRole::enrollable)
                    .orElseThrow(() -> new SportelloException(Problem.INVALID_REQUEST,
                            "the role must be kiosk, display, desk or self-service: " + request.getRole()));
            EnrolmentCode code = registry.enrol(request.getName(), role);
            return org.sportello.protocol.v1.EnrolmentCode.newBuilder()
                    .setCode(code.grouped())
                    .setExpiresAt(code.expiresAt().toEpochMilli())
                    .build();
        });
    }

    @Override
    public void listStations(Empty request, StreamObserver<StationList> observer) {
        Calls.answer(observer, () -> {
            Caller.current().require("list the stations", StationRole.ADMIN);
            StationList.Builder list = StationList.newBuilder();
            for (Station s : registry.list()) {
                StationMsg.Builder m = StationMsg.newBuilder()
                        .setName(s.name())
                        .setRole(s.role().wireName())
                        .setSerial(s.serial())
                        .setEnrolledAt(s.enrolledAt().toEpochMilli());
                if (s.revokedAt() != null) {
                    m.setRevokedAtMs(s.revokedAt().toEpochMilli());
                }
                if (s.lastSeenAt() != null) {
                    m.setLastSeenMs(s.lastSeenAt().toEpochMilli());
                }
                list.addStations(m);
            }
            return list.build();
        });
    }

    @Override
    public void revokeStation(StationName request, StreamObserver<Empty> observer) {
        Calls.answer(observer, () -> {
            Caller.current().require("revoke a station", StationRole.ADMIN);
            if (!registry.revoke(request.getName())) {
                throw new SportelloException(Problem.INVALID_REQUEST,
                        "no enrolled station is named " + request.getName());
            }
            return Empty.getDefaultInstance();
        });
    }
}
