package org.sportello.server.testing;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs test code as if the process were an ordinary user as far as file permissions go, also when the
 * tests run as root (as on CI and in containers), so a test of "permission denied" really meets a
 * refusal instead of being skipped.
 *
 * <p>Root passes permission checks through three capabilities: CAP_DAC_OVERRIDE (read and write any
 * file), CAP_DAC_READ_SEARCH (read any file, search any folder) and CAP_FOWNER (act as any file's owner).
 * On Linux capabilities belong to each thread, so {@link #run} calls the code on a new platform thread
 * that first clears these three from its effective and permitted sets with {@code capset(2)}, then
 * ends. Clearing the permitted set too matters: {@code access(2)}, which {@code Files.isReadable} uses,
 * checks root against the permitted set, not the effective one. The calling thread and every other
 * thread keep their capabilities; threads the code starts inherit the reduced set, and {@link #run}
 * fails if one of them is still alive shortly after the code returned, since it would carry the
 * reduced set into later tests. A program the code executes ({@code execve}) would get root's full
 * set back: the code must stay in this JVM.
 *
 * <p>The code must do its file access on the calling thread (or threads it starts); work handed to a
 * pool thread made earlier runs with that thread's capabilities.
 *
 * <p>A thread that holds none of the three (an ordinary user) is already refused: the code runs
 * directly on it. Linux only, through the JDK's foreign-function API, in the style of
 * {@code org.sportello.devices.transport.pty.Libc}.
 */
public final class WithoutFileCapabilities {
    static final int CAP_DAC_OVERRIDE = 1;
    static final int CAP_DAC_READ_SEARCH = 2;
    static final int CAP_FOWNER = 3;
    static final int DROPPED = 1 << CAP_DAC_OVERRIDE | 1 << CAP_DAC_READ_SEARCH | 1 << CAP_FOWNER;

    /** How long threads started by the code may take to end after it returned. */
    private static final long STRAGGLER_MILLIS = 3000;

    /** _LINUX_CAPABILITY_VERSION_3: 64 capability bits, so two data structs of 32 each. */
    private static final int VERSION_3 = 0x20080522;
    /** struct __user_cap_header_struct: u32 version; int pid (0: the calling thread). */
    private static final MemoryLayout HEADER = MemoryLayout.structLayout(
            JAVA_INT.withName("version"), JAVA_INT.withName("pid"));
    /** struct __user_cap_data_struct[2]: bits 0-31 in the first, 32-63 in the second. */
    private static final MemoryLayout DATA = MemoryLayout.sequenceLayout(2, MemoryLayout.structLayout(
            JAVA_INT.withName("effective"), JAVA_INT.withName("permitted"), JAVA_INT.withName("inheritable")));
    private static final VarHandle EFFECTIVE = DATA.varHandle(MemoryLayout.PathElement.sequenceElement(0),
            MemoryLayout.PathElement.groupElement("effective"));
    private static final VarHandle PERMITTED = DATA.varHandle(MemoryLayout.PathElement.sequenceElement(0),
            MemoryLayout.PathElement.groupElement("permitted"));

    private static final Linker LINKER = Linker.nativeLinker();
    private static final MemoryLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final MethodHandle CAPGET = errnoCall("capget", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle CAPSET = errnoCall("capset", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle STRERROR = LINKER.downcallHandle(symbol("strerror"),
            FunctionDescriptor.of(ADDRESS, JAVA_INT));

    private WithoutFileCapabilities() {
    }

    /**
     * Calls {@code work} without root's file-permission capabilities and returns what it returned, or
     * throws what it threw.
     */
    public static <T> T run(Callable<T> work) throws Exception {
        if (!heldByThisThread()) {
            return work.call();
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = Thread.ofPlatform().name("without-file-capabilities").start(() -> {
            try {
                drop();
                result.set(work.call());
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            throw e;
        }
        Throwable thrown = failure.get();
        try {
            awaitNoReducedThreads();
        } catch (IllegalStateException leak) {
            if (thrown != null) {
                leak.addSuppressed(thrown);
            }
            throw leak;
        }
        if (thrown instanceof Exception e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
        return result.get();
    }

    /** Whether the calling thread can pass file permission checks by any of the three capabilities. */
    public static boolean heldByThisThread() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment header = header(arena);
            MemorySegment data = arena.allocate(DATA);
            MemorySegment state = arena.allocate(CALL_STATE);
            call(CAPGET, "capget", state, header, data);
            return (((int) EFFECTIVE.get(data, 0L) | (int) PERMITTED.get(data, 0L)) & DROPPED) != 0;
        }
    }

    /** Clears the three from this thread's effective and permitted sets; the thread cannot take them back. */
    private static void drop() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment header = header(arena);
            MemorySegment data = arena.allocate(DATA);
            MemorySegment state = arena.allocate(CALL_STATE);
            call(CAPGET, "capget", state, header, data);
            EFFECTIVE.set(data, 0L, (int) EFFECTIVE.get(data, 0L) & ~DROPPED);
            PERMITTED.set(data, 0L, (int) PERMITTED.get(data, 0L) & ~DROPPED);
            call(CAPSET, "capset", state, header, data);
        }
        if (heldByThisThread()) {
            throw new IllegalStateException("capset(2) returned success but the thread still holds file capabilities");
        }
    }

    private static MemorySegment header(Arena arena) {
        MemorySegment header = arena.allocate(HEADER);
        header.set(JAVA_INT, 0, VERSION_3);
        header.set(JAVA_INT, 4, 0);
        return header;
    }

    private static void call(MethodHandle function, String name, MemorySegment state, MemorySegment header,
                             MemorySegment data) {
        int returned;
        try {
            returned = (int) function.invokeExact(state, header, data);
        } catch (Throwable e) {
            throw new IllegalStateException(name + "(2) could not be called", e);
        }
        if (returned != 0) {
            int errno = (int) ERRNO.get(state, 0L);
            throw new IllegalStateException(name + "(2) failed: " + describe(errno));
        }
    }

    /**
     * Waits until no thread of this process lacks a capability the calling thread holds, reading each
     * thread's CapPrm line in /proc. The dropped thread itself lingers a moment after {@code join}
     * while the kernel ends it, as may threads the code started and stopped; one still there after
     * the grace time outlived the code and would leak the reduced set into later tests.
     */
    private static void awaitNoReducedThreads() throws InterruptedException {
        long deadline = System.nanoTime() + STRAGGLER_MILLIS * 1_000_000;
        List<String> reduced = reducedThreads();
        while (!reduced.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            reduced = reducedThreads();
        }
        if (!reduced.isEmpty()) {
            throw new IllegalStateException("threads started without file capabilities are still running "
                    + STRAGGLER_MILLIS + " ms after the code returned, and would carry the reduced set into "
                    + "later tests: " + reduced);
        }
    }

    private static List<String> reducedThreads() {
        List<String> reduced = new ArrayList<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                List<String> status;
                try {
                    status = Files.readAllLines(task.resolve("status"));
                } catch (IOException e) {
                    continue; // ended between listing and reading (ENOENT or ESRCH)
                }
                long permitted = Long.parseUnsignedLong(field(status, "CapPrm"), 16);
                if ((permitted & DROPPED) != DROPPED) {
                    reduced.add(field(status, "Name") + " (tid " + task.getFileName() + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the threads in /proc/self/task", e);
        }
        return reduced;
    }

    private static String field(List<String> status, String name) {
        return status.stream().filter(line -> line.startsWith(name + ":")).findFirst()
                .map(line -> line.substring(name.length() + 1).strip())
                .orElseThrow(() -> new IllegalStateException("no " + name + " line in /proc/self/task/*/status"));
    }

    private static String describe(int errno) {
        try {
            MemorySegment text = (MemorySegment) STRERROR.invokeExact(errno);
            return text.reinterpret(512).getString(0) + " (errno " + errno + ")";
        } catch (Throwable e) {
            return "errno " + errno;
        }
    }

    private static MemorySegment symbol(String name) {
        return LINKER.defaultLookup().find(name).orElseThrow(() -> new UnsupportedOperationException(
                "the C library has no " + name + "(): dropping capabilities works only on Linux"));
    }

    private static MethodHandle errnoCall(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(symbol(name), descriptor, Linker.Option.captureCallState("errno"));
    }
}
