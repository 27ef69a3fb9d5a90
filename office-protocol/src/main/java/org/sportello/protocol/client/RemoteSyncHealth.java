package org.sportello.protocol.client;

import io.grpc.Channel;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.sync.SyncHealth;
import org.sportello.model.sync.SyncHealthService;
import org.sportello.protocol.wire.DocumentWire;

/** The sync's state through the office server, for a supervisor's session. */
public final class RemoteSyncHealth implements SyncHealthService {
    private final DocumentCalls calls;

    public RemoteSyncHealth(Channel channel) {
        this.calls = new DocumentCalls(channel, DocumentCalls.LOOK_UPS);
    }

    @Override
    public SyncHealth read(OperatorSession who) {
        var session = DocumentCalls.session(who);
        return DocumentWire.syncHealthFromMsg(calls.call("documents.syncHealth", s -> s.syncHealth(session)));
    }
}
