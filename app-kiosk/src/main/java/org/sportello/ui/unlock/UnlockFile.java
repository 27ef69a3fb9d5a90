package org.sportello.ui.unlock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the unlock password's hash is: {@code $SPORTELLO_UNLOCK_FILE}, which the appliance's unit sets
 * to {@code /etc/sportello/unlock}. Without it (a kiosk tried in a window, the demo) there is nothing to
 * unlock and no gate.
 */
public final class UnlockFile {
    public static final String VARIABLE = "SPORTELLO_UNLOCK_FILE";
    private static final System.Logger LOG = System.getLogger(UnlockFile.class.getName());

    private UnlockFile() {
    }

    public static Optional<String> hash(Map<String, String> environment) {
        String name = environment.get(VARIABLE);
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            String hash = Files.readString(Path.of(name)).strip();
            return hash.isEmpty() ? Optional.empty() : Optional.of(hash);
        } catch (IOException e) {
            // The kiosk still serves citizens; the technician finds this in the journal.
            LOG.log(System.Logger.Level.WARNING, "no technician unlock: cannot read " + name + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
