package org.sportello.server.install;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The commands a set-up runs on the machine (useradd, chown, systemctl). On a real root they run; with
 * {@code --root DIR} they are only listed, since they would act on this machine, not on the folder.
 */
public interface SystemCommands {
    /** Runs {@code command}; returns its exit status. */
    int run(List<String> command);

    /** True when {@code command} would succeed now (e.g. {@code getent passwd NAME}); false when only listing. */
    boolean check(List<String> command);

    /** Runs commands through the operating system, their output going to this process's. */
    static SystemCommands real() {
        return new SystemCommands() {
            @Override
            public int run(List<String> command) {
                try {
                    return new ProcessBuilder(command).inheritIO().start().waitFor();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(InstallTexts.text("command.failed", String.join(" ", command),
                            e.getMessage()), e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 130;
                }
            }

            @Override
            public boolean check(List<String> command) {
                try {
                    return new ProcessBuilder(command).redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
                } catch (IOException e) {
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        };
    }

    /** Lists each command on {@code out} instead of running it, and keeps them for tests. */
    final class Listing implements SystemCommands {
        private final PrintWriter out;
        private final List<List<String>> listed = new ArrayList<>();

        public Listing(PrintWriter out) {
            this.out = out;
        }

        @Override
        public int run(List<String> command) {
            listed.add(List.copyOf(command));
            out.println(InstallTexts.text("command.listed", String.join(" ", command)));
            return 0;
        }

        @Override
        public boolean check(List<String> command) {
            return false;
        }

        public List<List<String>> listed() {
            return List.copyOf(listed);
        }
    }
}
