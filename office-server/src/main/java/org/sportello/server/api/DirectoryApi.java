package org.sportello.server.api;

import io.grpc.stub.StreamObserver;
import org.sportello.model.office.OfficeDirectory;
import org.sportello.protocol.v1.DirectoryGrpc;
import org.sportello.protocol.v1.Empty;
import org.sportello.protocol.v1.OfficeDirectoryReply;
import org.sportello.protocol.v1.StationInfo;
import org.sportello.protocol.wire.DirectoryWire;

/**
 * The office's configuration, for every enrolled station. Stations without an operator see counters
 * without their operator and pause reason.
 */
public final class DirectoryApi extends DirectoryGrpc.DirectoryImplBase {
    /** Raised when a message changes incompatibly; clients compare it with their own. */
    public static final int PROTOCOL_VERSION = 1;

    private final OfficeDirectory directory;

    public DirectoryApi(OfficeDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void get(Empty request, StreamObserver<OfficeDirectoryReply> out) {
        Calls.answer(out, () -> {
            Caller caller = Caller.current();
            var counters = directory.counters();
            if (!PublicView.isStaff(caller.role())) {
                counters = counters.stream().map(PublicView::counter).toList();
            }
            return DirectoryWire.reply(new DirectoryWire.Contents(directory.office(), directory.services(), counters));
        });
    }

    @Override
    public void whoAmI(Empty request, StreamObserver<StationInfo> out) {
        Calls.answer(out, () -> {
            Caller caller = Caller.current();
            return StationInfo.newBuilder()
                    .setName(caller.name())
                    .setRole(caller.role().wireName())
                    .setOfficeCode(directory.office().code())
                    .setProtocolVersion(PROTOCOL_VERSION)
                    .build();
        });
    }
}
