package org.sportello.model.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.UUID;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.testing.TestOffice;

/**
 * Every queue rule again, with the office served over TCP: each operation travels as one call and
 * runs in the database's JVM (ADR 10), with the workstation's clock.
 */
class RemoteQueueServiceTest extends QueueServiceTest {
    private Server server;

    @Override
    TestOffice openOffice(Path dir) throws Exception {
        server = Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.toString(), "-ifNotExists").start();
        TestOffice remote = TestOffice.at(OfficeDatabase.tcpUrl("localhost", server.getPort()));
        assertThat(remote.connection().queue()).isInstanceOf(RemoteQueueService.class);
        return remote;
    }

    @Override
    void closeOffice() {
        QueueProcedure.releaseAll();
        server.stop();
    }

    @Test
    void aServerWithoutTheFunctionIsServedStatementByStatement() {
        office.connection().database().dsl().execute("DROP ALIAS " + QueueProcedure.FUNCTION);
        String code = queue.issue(new IssueRequest("A", PriorityClass.STANDARD, "it", UUID.randomUUID().toString()))
                .ticket().code();
        assertThat(code).isEqualTo("A001");
        assertThat(queue.callNext(maria, 1)).map(t -> t.code()).contains("A001");
    }

    @Test
    void javaSerializedBytesAndGarbageAreRefusedNotMisread() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new java.util.concurrent.atomic.AtomicLong(7));
        }
        assertThatThrownBy(() -> QueueCodec.call(bytes.toByteArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refused");
        byte[] call = QueueCodec.call(new QueueCall(QueueCall.Op.CURRENT, java.time.Instant.now(),
                org.sportello.model.queue.QueueSettings.DEFAULT, null, new java.io.Serializable[] {3}));
        byte[] cut = java.util.Arrays.copyOf(call, call.length - 2);
        assertThatThrownBy(() -> QueueCodec.call(cut)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unreadable");
        byte[] longer = java.util.Arrays.copyOf(call, call.length + 1);
        assertThatThrownBy(() -> QueueCodec.call(longer)).hasMessageContaining("bytes left");
        byte[] badTag = call.clone();
        badTag[badTag.length - 5] = 42; // the argument's tag
        assertThatThrownBy(() -> QueueCodec.call(badTag)).hasMessageContaining("unknown value tag 42");
    }
}
