package org.sportello.server.api;

import io.grpc.stub.StreamObserver;
import java.util.Objects;
import org.sportello.protocol.v1.AdminGrpc;
import org.sportello.protocol.v1.Empty;
import org.sportello.protocol.v1.EnrolStationRequest;
import org.sportello.protocol.v1.EnrolmentCode;
import org.sportello.protocol.v1.OperatorList;
import org.sportello.protocol.v1.OperatorMsg;
import org.sportello.protocol.v1.OperatorRequest;
import org.sportello.protocol.v1.StationList;
import org.sportello.protocol.v1.StationName;
import org.sportello.protocol.v1.CommandOutput;
import org.sportello.protocol.v1.CommandRequest;
import org.sportello.server.station.StationAdminApi;

/**
 * The Admin service as one gRPC service: station RPCs from {@link StationAdminApi}, operator RPCs from
 * {@link OperatorAdminApi}, commands from {@link CommandApi}. Each part checks its own callers.
 */
public final class AdminApi extends AdminGrpc.AdminImplBase {
    private final StationAdminApi stations;
    private final OperatorAdminApi operators;
    private final AdminGrpc.AdminImplBase commands;

    public AdminApi(StationAdminApi stations, OperatorAdminApi operators, AdminGrpc.AdminImplBase commands) {
        this.stations = Objects.requireNonNull(stations);
        this.operators = Objects.requireNonNull(operators);
        this.commands = Objects.requireNonNull(commands);
    }

    @Override
    public void enrolStation(EnrolStationRequest request, StreamObserver<EnrolmentCode> out) {
        stations.enrolStation(request, out);
    }

    @Override
    public void listStations(Empty request, StreamObserver<StationList> out) {
        stations.listStations(request, out);
    }

    @Override
    public void revokeStation(StationName request, StreamObserver<Empty> out) {
        stations.revokeStation(request, out);
    }

    @Override
    public void addOperator(OperatorRequest request, StreamObserver<OperatorMsg> out) {
        operators.addOperator(request, out);
    }

    @Override
    public void setPassword(OperatorRequest request, StreamObserver<Empty> out) {
        operators.setPassword(request, out);
    }

    @Override
    public void unlockOperator(OperatorRequest request, StreamObserver<Empty> out) {
        operators.unlockOperator(request, out);
    }

    @Override
    public void listOperators(OperatorRequest request, StreamObserver<OperatorList> out) {
        operators.listOperators(request, out);
    }

    @Override
    public void runCommand(CommandRequest request, StreamObserver<CommandOutput> out) {
        commands.runCommand(request, out);
    }
}
