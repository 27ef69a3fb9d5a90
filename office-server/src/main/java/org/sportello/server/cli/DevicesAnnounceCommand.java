package org.sportello.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sportello.devices.voice.Announcement;
import org.sportello.devices.voice.AnnouncementLanguage;
import org.sportello.devices.voice.AnnouncementResult;
import org.sportello.devices.voice.ClipPlanner;
import org.sportello.devices.voice.JavaSoundSink;
import org.sportello.devices.voice.QueuedAnnouncer;
import org.sportello.devices.voice.VoiceClips;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "announce", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Play a call (\"numero A 0 2 3, sportello 5\") on the default sound output from the shipped "
                + "clips; --dry-run only lists the clips.",
        exitCodeListHeading = DeviceExitCodes.HEADING,
        exitCodeList = {DeviceExitCodes.OK, DeviceExitCodes.FAILURE, DeviceExitCodes.USAGE,
            "5:no audio output (no sound card, device busy)"})
final class DevicesAnnounceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--code", required = true, paramLabel = "CODE", description = "Ticket code, e.g. A023.")
    String code;

    @Option(names = "--counter", required = true, paramLabel = "N", description = "Counter, e.g. 5.")
    String counter;

    @Option(names = "--lang", defaultValue = "IT", paramLabel = "LANG", description = "it or en (default: it).")
    Language language;

    @Option(names = "--dry-run", description = "Print the clip sequence and its length; play nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws IOException, InterruptedException {
        requireSpellable("--code", code);
        requireSpellable("--counter", counter);
        Announcement announcement = new Announcement(code, counter,
                language == Language.EN ? AnnouncementLanguage.ENGLISH : AnnouncementLanguage.ITALIAN);
        VoiceClips clips = new VoiceClips();
        List<String> plan = ClipPlanner.plan(announcement);
        // Assembling also proves every clip is in the jar and decodes, dry run or not.
        Duration length = VoiceClips.length(clips.assemble(plan));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Announcement: " + code + " to counter " + counter + " (" + language.code() + ")");
        out.println("Clips:  " + String.join(", ", plan));
        out.printf("Length: %.1f s%n", length.toMillis() / 1000.0);
        out.flush();
        if (dryRun) {
            return ExitCode.OK.code();
        }
        AnnouncementResult result;
        try (QueuedAnnouncer announcer = new QueuedAnnouncer(clips, new JavaSoundSink())) {
            result = announcer.announce(announcement).get(length.toSeconds() + 10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new CliFailure(ExitCode.DEVICE, "the announcement did not finish playing: " + e);
        }
        if (!result.played()) {
            throw new CliFailure(ExitCode.DEVICE, "not played: " + result.detail());
        }
        out.println("Played.");
        return ExitCode.OK.code();
    }

    /** Only letters and digits have clips; a code without any would be a silent call. */
    private static void requireSpellable(String option, String value) {
        if (value.isBlank() || !value.chars().anyMatch(Character::isLetterOrDigit)
                || !value.chars().allMatch(c -> (c < 128 && Character.isLetterOrDigit(c)) || c == ' ' || c == '-')) {
            throw new CliFailure(ExitCode.USAGE, option + " takes letters A-Z and digits (spaces and '-' are "
                    + "skipped), got '" + value + "'");
        }
    }
}
