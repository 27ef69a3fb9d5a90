package org.sportello.protocol.client;

import io.grpc.Channel;
import java.util.List;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.office.CounterInfo;
import org.sportello.model.office.OfficeDirectory;
import org.sportello.model.office.OfficeInfo;
import org.sportello.model.office.ServiceInfo;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.v1.DirectoryGrpc;
import org.sportello.protocol.v1.Empty;
import org.sportello.protocol.v1.StationInfo;
import org.sportello.protocol.wire.DirectoryWire;

/**
 * The office's configuration as the server sends it. Fetched once, on first use, and kept: the
 * configuration changes rarely, and a station that has it keeps showing its services while the
 * server is away. {@link #refresh()} fetches it again (e.g. after a counter changes state).
 */
public final class RemoteDirectory implements OfficeDirectory {
    private final DirectoryGrpc.DirectoryBlockingStub stub;
    private volatile DirectoryWire.Contents contents;

    public RemoteDirectory(Channel channel) {
        this.stub = DirectoryGrpc.newBlockingStub(channel);
    }

    /** Fetches the directory again; the old one stays if the server cannot be reached. */
    public void refresh() {
        contents = RemoteCalls.call("directory",
                () -> DirectoryWire.contents(RemoteCalls.timed(stub).get(Empty.getDefaultInstance())));
    }

    /** Who the server says this station is. */
    public StationIdentity whoAmI() {
        StationInfo info = RemoteCalls.call("directory",
                () -> RemoteCalls.timed(stub).whoAmI(Empty.getDefaultInstance()));
        StationRole role = StationRole.parse(info.getRole())
                .orElseThrow(() -> new SportelloException(Problem.INVALID_REQUEST, "unknown station role " + info.getRole()));
        return new StationIdentity(info.getName(), role, info.getOfficeCode(), info.getProtocolVersion());
    }

    @Override
    public OfficeInfo office() {
        return loaded().office();
    }

    @Override
    public List<ServiceInfo> services() {
        return loaded().services();
    }

    @Override
    public List<CounterInfo> counters() {
        return loaded().counters();
    }

    private DirectoryWire.Contents loaded() {
        DirectoryWire.Contents c = contents;
        if (c == null) {
            synchronized (this) {
                if (contents == null) {
                    refresh();
                }
                c = contents;
            }
        }
        return c;
    }
}
