package org.sportello.devices.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sportello.devices.board.DisplayBoard;
import org.sportello.devices.card.CardReader;
import org.sportello.devices.printer.TicketPrinter;
import org.sportello.devices.scanner.BarcodeScanner;
import org.sportello.devices.voice.Announcer;
import org.sportello.devices.voice.AnnouncementLanguage;

/**
 * The working ports of one workstation, made by {@link DeviceFactory} from its devices file.
 * Apps take the ports they need and close the whole set on exit.
 *
 * @param boards                by board name ({@code main}, {@code counter5}), in file order
 * @param announcementLanguages {@code announcer.lang} ("it", "en" or "it,en": each call is announced in
 *                              each, in that order), Italian alone unless the file says otherwise
 */
public record WorkstationDevices(TicketPrinter printer, Map<String, DisplayBoard> boards, Announcer announcer,
        List<AnnouncementLanguage> announcementLanguages, CardReader cardReader, BarcodeScanner scanner)
        implements AutoCloseable {
    public WorkstationDevices {
        Objects.requireNonNull(printer);
        Objects.requireNonNull(announcer);
        announcementLanguages = List.copyOf(announcementLanguages);
        if (announcementLanguages.isEmpty()) {
            throw new IllegalArgumentException("at least one announcement language");
        }
        Objects.requireNonNull(cardReader);
        Objects.requireNonNull(scanner);
        boards = Collections.unmodifiableMap(new LinkedHashMap<>(boards));
    }

    /** The first language of {@link #announcementLanguages}. */
    public AnnouncementLanguage announcementLanguage() {
        return announcementLanguages.getFirst();
    }

    public Optional<DisplayBoard> board(String name) {
        return Optional.ofNullable(boards.get(name));
    }

    /** Closes every device; one failing close does not keep the others open. */
    @Override
    public void close() {
        List<AutoCloseable> all = new ArrayList<>();
        all.add(scanner);
        all.add(cardReader);
        all.add(announcer);
        all.addAll(boards.values());
        all.add(printer);
        for (AutoCloseable c : all) {
            try {
                c.close();
            } catch (Exception ignored) {
                // Shutting down: nothing useful to do about a device that will not close.
            }
        }
    }
}
