package org.sportello.server;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.ServerChannel;
import io.grpc.netty.shaded.io.netty.channel.epoll.Epoll;
import io.grpc.netty.shaded.io.netty.channel.epoll.EpollEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.epoll.EpollServerSocketChannel;
import io.grpc.netty.shaded.io.netty.channel.nio.NioEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.socket.nio.NioServerSocketChannel;
import io.grpc.netty.shaded.io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.sportello.protocol.v1.QueueGrpc;

/**
 * The office server's own threads, named so that a profile tells them from a station's: the Netty
 * event loops that accept connections and do TLS and HTTP/2 for both ports, and the executor that runs
 * the services' handlers. Without them gRPC would use its process-wide defaults, which a station in
 * the same process (a test, the benchmark, the demo) shares.
 */
final class ServerThreads {
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final Class<? extends ServerChannel> channelType;
    private final ExecutorService calls;

    ServerThreads(int networkThreads) {
        // Netty's own factory: its threads make Netty's fast thread-locals fast.
        ThreadFactory bossThreads = new DefaultThreadFactory(OfficeServer.NETWORK_THREAD + "accept", true);
        ThreadFactory workerThreads = new DefaultThreadFactory(OfficeServer.NETWORK_THREAD + "io", true);
        // epoll where the shaded native library loads (Linux x86-64 and aarch64), NIO elsewhere.
        if (Epoll.isAvailable()) {
            boss = new EpollEventLoopGroup(1, bossThreads);
            workers = new EpollEventLoopGroup(networkThreads, workerThreads);
            channelType = EpollServerSocketChannel.class;
        } else {
            boss = new NioEventLoopGroup(1, bossThreads);
            workers = new NioEventLoopGroup(networkThreads, workerThreads);
            channelType = NioServerSocketChannel.class;
        }
        // Handlers of other services may wait on the database, so a waiting handler must not hold a
        // thread others need: a cached pool, as gRPC's default, grows with the calls in flight.
        calls = Executors.newCachedThreadPool(named(OfficeServer.CALL_THREAD));
    }

    NettyServerBuilder apply(NettyServerBuilder builder) {
        return builder.bossEventLoopGroup(boss).workerEventLoopGroup(workers).channelType(channelType)
                .executor(calls).callExecutor(ServerThreads::queueCallsInPlace);
    }

    /**
     * The queue's handlers never block (they check, hand the command to the queue's turn and return;
     * the turn's thread answers), so they run on the event loop that read the call: one thread hop
     * less on every kiosk tap and desk call. Every other service may wait on the database and keeps the
     * executor ({@code null} here means the server's default).
     */
    private static Executor queueCallsInPlace(ServerCall<?, ?> call, Metadata headers) {
        // Check-in reads the agenda and waits for the queue: it keeps the executor.
        if (QueueGrpc.getCheckInMethod().getFullMethodName().equals(call.getMethodDescriptor().getFullMethodName())) {
            return null;
        }
        return QueueGrpc.SERVICE_NAME.equals(call.getMethodDescriptor().getServiceName()) ? Runnable::run : null;
    }

    /** After both ports have terminated. */
    void shutdown() {
        calls.shutdown();
        boss.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        workers.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
