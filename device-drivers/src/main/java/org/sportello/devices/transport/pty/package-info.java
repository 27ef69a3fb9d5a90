/**
 * Pseudo-terminals made in-process through the JDK's foreign-function API (libc's
 * {@code posix_openpt}, {@code grantpt}, {@code unlockpt}, {@code ptsname_r}): a real
 * {@code /dev/pts/N} that the serial transport opens by name, with no helper program such as socat.
 * {@link org.sportello.devices.transport.pty.Pty} is one terminal whose device side the caller plays;
 * {@link org.sportello.devices.transport.pty.PtyPair} is two joined back to back, both ends for a
 * serial driver. For tests, the {@code sportello bench devices} benchmark and simulators only: the
 * apps never use them to reach hardware. Linux only; the JVM needs
 * {@code --enable-native-access=ALL-UNNAMED} to call C without a warning.
 */
package org.sportello.devices.transport.pty;
