package org.sportello.devices.config;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sportello.devices.board.AlphaBoardConfig;
import org.sportello.devices.board.AlphaSignBus;
import org.sportello.devices.board.DisplayBoard;
import org.sportello.devices.board.SimulatedDisplayBoard;
import org.sportello.devices.card.CardReader;
import org.sportello.devices.card.PcscCardReader;
import org.sportello.devices.card.SerialCardReader;
import org.sportello.devices.card.SimulatedCardReader;
import org.sportello.devices.card.WedgeCardReader;
import org.sportello.devices.printer.SimulatedTicketPrinter;
import org.sportello.devices.printer.TicketPrinter;
import org.sportello.devices.printer.escpos.EscPosTicketPrinter;
import org.sportello.devices.printer.escpos.PrinterProfile;
import org.sportello.devices.scanner.BarcodeScanner;
import org.sportello.devices.scanner.FrameSuffix;
import org.sportello.devices.scanner.ScanFraming;
import org.sportello.devices.scanner.SerialBarcodeScanner;
import org.sportello.devices.scanner.SimulatedBarcodeScanner;
import org.sportello.devices.scanner.WedgeBarcodeScanner;
import org.sportello.devices.transport.TransportSpec;
import org.sportello.devices.transport.Transports;
import org.sportello.devices.voice.AnnouncementLanguage;
import org.sportello.devices.voice.Announcer;
import org.sportello.devices.voice.JavaSoundSink;
import org.sportello.devices.voice.QueuedAnnouncer;
import org.sportello.devices.voice.SilentAudioSink;
import org.sportello.devices.voice.VoiceClips;

/**
 * Turns a {@link DevicesConfig} into working ports: the one place that knows which class each
 * driver name means. Nothing is opened here; every driver opens its link on first use and
 * reconnects by itself, so a workstation starts even when a device is unplugged.
 *
 * <p>Option values the file parser cannot judge (a printer profile id, a scanner suffix) are
 * checked here, all at once, and reported as one {@link InvalidDevicesConfigException}.
 */
public final class DeviceFactory {
    /** The profile when {@code printer.profile} is not set: assumes no PC858, no ASB, so it is safe on any ESC/POS printer. */
    public static final PrinterProfile DEFAULT_PROFILE = PrinterProfile.GENERIC_80;
    /** How long a serial scanner waits before reopening a lost link. */
    static final Duration SCANNER_REOPEN_DELAY = Duration.ofSeconds(1);

    private final Clock clock;

    public DeviceFactory(Clock clock) {
        this.clock = clock;
    }

    public static DeviceFactory system() {
        return new DeviceFactory(Clock.systemDefaultZone());
    }

    /** Every port of the workstation; throws listing every problem before anything is built. */
    public WorkstationDevices create(DevicesConfig config) {
        List<String> problems = new ArrayList<>();
        List<DeviceConfig> all = new ArrayList<>(List.of(config.printer(), config.announcer(), config.cardReader(),
                config.scanner()));
        all.addAll(config.boards().values());
        for (DeviceConfig device : all) {
            problems.addAll(check(device));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDevicesConfigException(config.source().map(Object::toString).orElse("devices configuration"),
                    problems);
        }
        return new WorkstationDevices(printer(config.printer()), boards(config.boards()), announcer(config.announcer()),
                announcementLanguages(config.announcer()), cardReader(config.cardReader()), scanner(config.scanner()));
    }

    public TicketPrinter printer(DeviceConfig device) {
        requireValid(device, DeviceKind.PRINTER);
        return switch (device.driver()) {
            case "escpos" -> new EscPosTicketPrinter(Transports.reconnecting(device.transport()), profile(device));
            default -> new SimulatedTicketPrinter();
        };
    }

    /**
     * The boards, by name. Alpha boards on the same transport share one bus (RS-485 multi-drop:
     * one port, many addresses), so their packets never interleave and the port is opened once.
     * The {@code main} board shows "ticket > counter"; any other shows the ticket above its counter.
     */
    public Map<String, DisplayBoard> boards(Map<String, DeviceConfig> devices) {
        Map<TransportSpec, AlphaSignBus> buses = new HashMap<>();
        Map<String, DisplayBoard> boards = new LinkedHashMap<>();
        for (var e : devices.entrySet()) {
            DeviceConfig device = e.getValue();
            requireValid(device, DeviceKind.BOARD);
            if (device.isSimulated()) {
                boards.put(e.getKey(), new SimulatedDisplayBoard(e.getKey()));
                continue;
            }
            AlphaSignBus bus = buses.computeIfAbsent(device.transport(), spec -> new AlphaSignBus(Transports.create(spec)));
            int address = device.intOption("address").orElse(0);
            AlphaBoardConfig board = e.getKey().equals(DevicesConfig.MAIN_BOARD)
                    ? AlphaBoardConfig.hall(address) : AlphaBoardConfig.counter(e.getKey(), address);
            var columns = device.intOption("columns");
            if (columns.isPresent()) {
                board = board.withColumns(columns.getAsInt());
            }
            boards.put(e.getKey(), bus.board(board));
        }
        return boards;
    }

    /** Both drivers queue and play the shipped clips; the simulator plays them to no speaker, in real time. */
    public Announcer announcer(DeviceConfig device) {
        requireValid(device, DeviceKind.ANNOUNCER);
        return switch (device.driver()) {
            case "clips" -> new QueuedAnnouncer(new VoiceClips(), new JavaSoundSink());
            default -> new QueuedAnnouncer(new VoiceClips(), new SilentAudioSink());
        };
    }

    public AnnouncementLanguage announcementLanguage(DeviceConfig announcer) {
        return announcementLanguages(announcer).getFirst();
    }

    /** {@code announcer.lang}: one language or several separated by commas ("it,en"), in the order spoken. */
    public List<AnnouncementLanguage> announcementLanguages(DeviceConfig announcer) {
        return announcer.option("lang").flatMap(DeviceFactory::languages).orElse(List.of(AnnouncementLanguage.ITALIAN));
    }

    public CardReader cardReader(DeviceConfig device) {
        requireValid(device, DeviceKind.CARD_READER);
        return switch (device.driver()) {
            case "pcsc" -> new PcscCardReader(device.option("reader").orElse(null), clock);
            case "wedge" -> new WedgeCardReader(clock);
            case "serial" -> new SerialCardReader(Transports.create(device.transport()), ScanFraming.defaults(), clock);
            default -> new SimulatedCardReader();
        };
    }

    public BarcodeScanner scanner(DeviceConfig device) {
        requireValid(device, DeviceKind.SCANNER);
        return switch (device.driver()) {
            case "serial" -> new SerialBarcodeScanner(Transports.create(device.transport()),
                    ScanFraming.defaults().withSuffix(device.option("suffix").flatMap(DeviceFactory::suffix)
                            .orElse(FrameSuffix.ANY_LINE_END)), SCANNER_REOPEN_DELAY);
            case "wedge" -> new WedgeBarcodeScanner();
            default -> new SimulatedBarcodeScanner();
        };
    }

    /** {@code printer.profile}, or {@link #DEFAULT_PROFILE}. */
    public static PrinterProfile profile(DeviceConfig printer) {
        return printer.option("profile").flatMap(PrinterProfile::byId).orElse(DEFAULT_PROFILE);
    }

    /** A printer profile id as the CLI and the devices file write it; the message lists the known ones. */
    public static PrinterProfile profile(String id) {
        return PrinterProfile.byId(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown printer profile '" + id + "'; known: " + knownProfiles()));
    }

    /**
     * What is wrong with one device's configuration (empty when nothing). The parser already
     * rejects unknown drivers in a file; this also covers configurations built in code.
     */
    static List<String> check(DeviceConfig device) {
        List<String> problems = new ArrayList<>();
        DeviceKind kind = device.kind();
        if (!kind.knownDrivers().contains(device.driver())) {
            problems.add(device.name() + ".driver=" + device.driver() + ": unknown " + kind.key() + " driver; known: "
                    + String.join(", ", kind.knownDrivers().stream().sorted().toList()));
            return problems;
        }
        if (kind.needsTransport(device.driver()) && device.transport() instanceof TransportSpec.Simulator) {
            problems.add(device.name() + ".driver=" + device.driver() + " needs " + device.name() + ".transport");
        }
        device.option("profile").filter(p -> PrinterProfile.byId(p).isEmpty()).ifPresent(p -> problems.add(
                device.name() + ".profile=" + p + ": unknown printer profile; known: " + knownProfiles()));
        device.option("suffix").filter(s -> suffix(s).isEmpty()).ifPresent(s -> problems.add(
                device.name() + ".suffix=" + s + ": unknown suffix; known: cr, lf, crlf, any"));
        device.option("lang").filter(l -> languages(l).isEmpty()).ifPresent(l -> problems.add(
                device.name() + ".lang=" + l + ": unknown language; known: it, en, or both in the order spoken (it,en)"));
        device.option("address").filter(a -> device.intOption("address").getAsInt() > 0xFF).ifPresent(a -> problems.add(
                device.name() + ".address=" + a + ": Alpha sign addresses are 0 (all signs) to 255"));
        return problems;
    }

    private static void requireValid(DeviceConfig device, DeviceKind expected) {
        if (device.kind() != expected) {
            throw new IllegalArgumentException(device.name() + " is a " + device.kind().key() + ", not a " + expected.key());
        }
        List<String> problems = check(device);
        if (!problems.isEmpty()) {
            throw new InvalidDevicesConfigException("devices configuration", problems);
        }
    }

    private static String knownProfiles() {
        return PrinterProfile.all().stream().map(PrinterProfile::id).collect(Collectors.joining(", "));
    }

    private static Optional<FrameSuffix> suffix(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "cr" -> Optional.of(FrameSuffix.CR);
            case "lf" -> Optional.of(FrameSuffix.LF);
            case "crlf" -> Optional.of(FrameSuffix.CRLF);
            case "any" -> Optional.of(FrameSuffix.ANY_LINE_END);
            default -> Optional.empty();
        };
    }

    private static Optional<List<AnnouncementLanguage>> languages(String text) {
        List<AnnouncementLanguage> list = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            Optional<AnnouncementLanguage> l = language(part.strip());
            if (l.isEmpty() || list.contains(l.get())) {
                return Optional.empty();
            }
            list.add(l.get());
        }
        return Optional.of(List.copyOf(list));
    }

    private static Optional<AnnouncementLanguage> language(String text) {
        for (AnnouncementLanguage l : AnnouncementLanguage.values()) {
            if (l.folder().equalsIgnoreCase(text)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
