package org.sportello.protocol.client;

import io.grpc.Channel;
import java.util.function.Supplier;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.seal.ScanCheck;
import org.sportello.model.seal.Verdict;
import org.sportello.protocol.v1.ScanRequest;
import org.sportello.protocol.wire.DocumentWire;

/**
 * A scanned code judged by the office server against its public keys and register. {@link ScanCheck}
 * names no operator, so the desk hands over who is logged in now.
 */
public final class RemoteScans implements ScanCheck {
    private final DocumentCalls calls;
    private final Supplier<OperatorSession> operator;

    public RemoteScans(Channel channel, Supplier<OperatorSession> operator) {
        this.calls = new DocumentCalls(channel, DocumentCalls.LOOK_UPS);
        this.operator = operator;
    }

    @Override
    public Verdict check(String scanned) {
        ScanRequest request = ScanRequest.newBuilder()
                .setSession(DocumentCalls.session(operator.get()))
                .setText(scanned == null ? "" : scanned)
                .build();
        return DocumentWire.verdictFromMsg(calls.call("documents.checkScan", s -> s.checkScan(request)));
    }
}
