package org.sportello.devices.transport.pty;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * The few C library calls a pseudo-terminal needs, through the JDK's foreign-function API, so no
 * helper program (socat) and no native library of our own is needed. Linux only: the flag values
 * below are Linux's (the same on x86-64 and ARM).
 */
final class Libc {
    static final int O_RDWR = 0x2;
    static final int O_NOCTTY = 0x100;
    static final int O_NONBLOCK = 0x800;
    static final int O_CLOEXEC = 0x80000;
    static final int TCSANOW = 0;
    static final short POLLIN = 0x1;
    static final short POLLOUT = 0x4;
    static final int EINTR = 4;
    static final int EIO = 5;
    static final int EAGAIN = 11;

    /** struct pollfd: int fd; short events; short revents. */
    static final MemoryLayout POLLFD = MemoryLayout.structLayout(
            JAVA_INT.withName("fd"), ValueLayout.JAVA_SHORT.withName("events"), ValueLayout.JAVA_SHORT.withName("revents"));
    /** glibc's struct termios is 60 bytes; room to spare costs nothing and guards against a larger one. */
    static final long TERMIOS_BYTES = 256;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final MemoryLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    private static final MethodHandle POSIX_OPENPT = errnoCall("posix_openpt", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle GRANTPT = errnoCall("grantpt", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle UNLOCKPT = errnoCall("unlockpt", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle PTSNAME_R = plainCall("ptsname_r",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle OPEN = errnoCall("open", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT),
            Linker.Option.firstVariadicArg(2));
    private static final MethodHandle READ = errnoCall("read", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle WRITE = errnoCall("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle CLOSE = errnoCall("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle POLL = errnoCall("poll", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
    private static final MethodHandle TCGETATTR = errnoCall("tcgetattr", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
    private static final MethodHandle TCSETATTR = errnoCall("tcsetattr",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS));
    private static final MethodHandle CFMAKERAW = plainCall("cfmakeraw", FunctionDescriptor.ofVoid(ADDRESS));
    private static final MethodHandle STRERROR = plainCall("strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT));

    private Libc() {
    }

    private static MemorySegment symbol(String name) {
        SymbolLookup libc = LINKER.defaultLookup();
        return libc.find(name).orElseThrow(() -> new UnsupportedOperationException(
                "the C library has no " + name + "(): pseudo-terminals are made only on Linux with glibc or musl"));
    }

    private static MethodHandle plainCall(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(symbol(name), descriptor);
    }

    private static MethodHandle errnoCall(String name, FunctionDescriptor descriptor, Linker.Option... more) {
        Linker.Option[] options = new Linker.Option[more.length + 1];
        options[0] = Linker.Option.captureCallState("errno");
        System.arraycopy(more, 0, options, 1, more.length);
        return LINKER.downcallHandle(symbol(name), descriptor, options);
    }

    /** The errno a call left, read from the state the linker captured right after it. */
    static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    static MemorySegment callState(Arena arena) {
        return arena.allocate(CALL_STATE);
    }

    static String describe(int errno) {
        try {
            MemorySegment text = (MemorySegment) STRERROR.invokeExact(errno);
            return text.reinterpret(512).getString(0) + " (errno " + errno + ")";
        } catch (Throwable e) {
            return "errno " + errno;
        }
    }

    /** Fails with what the call was and what the C library said. */
    static IOException failure(String call, MemorySegment state) {
        return new IOException(call + " failed: " + describe(errno(state)));
    }

    static int posixOpenpt(MemorySegment state, int flags) {
        try {
            return (int) POSIX_OPENPT.invokeExact(state, flags);
        } catch (Throwable e) {
            throw rethrown(e);
        }
    }

    static int grantpt(MemorySegment state, int fd) {
        try {
            return (int) GRANTPT.invokeExact(state, fd);
        } catch (Throwable e) {
            throw rethrown(e);
        }
    }

    static int unlockpt(MemorySegment state, int fd) {
        try {
            return (int) UNLOCKPT.invokeExact(state, fd);
        } catch (Throwable e) {
            throw rethrown(e);
        }
    }

    /** ptsname_r returns the error number itself rather than setting errno. */
    static int ptsnameR(int fd, MemorySegment buffer) {
        try {
            return (int) PTSNAME_R.invokeExact(fd, buffer, buffer.byteSize());
        } catch (Throwable e) {
            throw rethrown(e);
        }
    }

    static int open(MemorySegment state, MemorySegment path, int flags) {
        try {
            return (int) OPEN.invokeExact(state, path, flags, 0);
        } catch (Throwable e) {
            throw rethrown(e);
        }
    }

    static long read(MemorySegment state, int fd, MemorySegment buffer, long count) {
        try {
            return (long) READ.invokeExact(state, fd, buffer, count);
        } catch (Throwable e) {
            throw rethrown(e);
        }
    }

    static long write(MemorySegment state, int fd, MemorySegment buffer, long count) {
        try {
            return (long) WRITE.invokeExact(state, fd, buffer, count);
        } catch (Throwable e) {
            throw rethrown(e);
        }
    }

    static int close(MemorySegment state, int fd) {
        try {
            return (int) CLOSE.invokeExact(state, fd);
        } catch (Throwable e) {
            throw rethrown(e);
        }
    }

    static int poll(MemorySegment state, MemorySegment fds, long count, int timeoutMillis) {
        try {
            return (int) POLL.invokeExact(state, fds, count, timeoutMillis);
        } catch (Throwable e) {
            throw rethrown(e);
        }
    }

    static int tcgetattr(MemorySegment state, int fd, MemorySegment termios) {
        try {
            return (int) TCGETATTR.invokeExact(state, fd, termios);
        } catch (Throwable e) {
            throw rethrown(e);
        }
    }

    static int tcsetattr(MemorySegment state, int fd, int when, MemorySegment termios) {
        try {
            return (int) TCSETATTR.invokeExact(state, fd, when, termios);
        } catch (Throwable e) {
            throw rethrown(e);
        }
    }

    static void cfmakeraw(MemorySegment termios) {
        try {
            CFMAKERAW.invokeExact(termios);
        } catch (Throwable e) {
            throw rethrown(e);
        }
    }

    /** Downcalls throw nothing checked; anything else is a bug worth seeing as it is. */
    private static RuntimeException rethrown(Throwable e) {
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(e);
    }
}
