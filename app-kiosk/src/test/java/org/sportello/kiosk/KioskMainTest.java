package org.sportello.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.link.StationLink;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.station.OfficeAddress;
import org.sportello.protocol.station.StationIdentity;
import org.sportello.ui.LoopbackOffice;

/** The command line of the kiosk and the display, and their first start against a real office server. */
class KioskMainTest {
    @TempDir
    Path home;

    final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    final List<KioskMain.Options> shown = new ArrayList<>();
    final List<StationLink> links = new ArrayList<>();

    private int run(Map<String, String> env, String... args) {
        return KioskMain.run(List.of(args), env, home, Clock.systemUTC(), err, (options, link) -> {
            shown.add(options);
            links.add(link.get());
        });
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void optionsChooseTheOfficeTheIdentityTheNameTheDisplayAndAWindow() {
        KioskMain.Options o = KioskMain.Options.parse(List.of("--display", "--office", "office-pc:9443",
                "--station", "Sala grande", "--windowed", "--identity", "/srv/station"), Map.of(), home);
        assertThat(o.station().office()).isEqualTo(new OfficeAddress("office-pc", 9443));
        assertThat(o.station().identityFolder()).isEqualTo(Path.of("/srv/station"));
        assertThat(o.station().enrolCode()).isNull();
        assertThat(o.stationName()).isEqualTo("Sala grande");
        assertThat(o.display()).isTrue();
        assertThat(o.windowed()).isTrue();
    }

    @Test
    void withoutOptionsItIsTheFullScreenKioskOfTheOfficeInTheEnvironment() {
        KioskMain.Options o = KioskMain.Options.parse(List.of(), Map.of("SPORTELLO_OFFICE", "192.168.1.10:9443"), home);
        assertThat(o.station().office()).isEqualTo(new OfficeAddress("192.168.1.10", 9443));
        assertThat(o.station().identityFolder()).isEqualTo(StationIdentity.defaultFolder(home));
        assertThat(o.display()).isFalse();
        assertThat(o.windowed()).isFalse();
        assertThat(o.stationName()).isEqualTo("Chiosco 1");
        assertThat(KioskMain.Options.parse(List.of("--display", "--office", "x:1"), Map.of(), home).stationName())
                .isEqualTo("Sala");
    }

    @Test
    void aWrongCommandLineIsExplainedAndExitsWithTwo() {
        assertThatThrownBy(() -> KioskMain.Options.parse(List.of("--office", "x:1", "--fullscreen"), Map.of(), home))
                .hasMessageContaining("--fullscreen");
        assertThatThrownBy(() -> KioskMain.Options.parse(List.of("--db", "jdbc:h2:tcp://server:9092/office"), Map.of(),
                home)).hasMessageContaining("--office HOST:PORT");

        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("--office HOST:PORT").contains("SPORTELLO_OFFICE").contains("usage:");
        assertThat(shown).isEmpty();
    }

    @Test
    void aStationNeitherEnrolledNorGivenACodeSaysHowToEnrolAndExitsWithTwo() {
        Path identity = home.resolve("nobody");
        assertThat(run("--office", "127.0.0.1:9", "--identity", identity.toString())).isEqualTo(2);
        assertThat(err()).contains("not enrolled").contains("sportello station enrol").contains("--enrol CODE")
                .contains(identity.toString());
        assertThat(shown).isEmpty();
    }

    @Test
    void theFirstStartJoinsWithTheCodeLaterStartsUseTheIdentityAndAUsedCodeIsRefused() {
        try (LoopbackOffice office = LoopbackOffice.start(home.resolve("office"))) {
            String code = office.enrol("chiosco-ingresso", StationRole.KIOSK);
            Path identity = home.resolve("kiosk-id");
            String address = office.address().toString();

            assertThat(run("--office", address, "--enrol", code, "--identity", identity.toString(), "--windowed"))
                    .as(err()).isZero();
            assertThat(StationIdentity.exists(identity)).isTrue();
            assertThat(shown).singleElement().extracting(KioskMain.Options::windowed).isEqualTo(true);
            assertThat(links.getFirst().reachable()).isTrue();
            assertThat(links.getFirst().services().directory().services()).isNotEmpty();

            assertThat(run(Map.of("SPORTELLO_OFFICE", address), "--identity", identity.toString())).as(err()).isZero();
            assertThat(links).hasSize(2);
            assertThat(links.get(1).reachable()).isTrue();

            assertThat(run("--office", address, "--enrol", code, "--identity", home.resolve("other").toString()))
                    .isEqualTo(2);
            assertThat(err()).contains("enrolment code was refused");
            assertThat(StationIdentity.exists(home.resolve("other"))).isFalse();
            assertThat(links).hasSize(2);

            // A code given to an enrolled station is not silently ignored (it kept an identity the office may
            // no longer trust): it says so, starts nothing and leaves the identity as it was.
            String certificate = read(identity.resolve("station.crt"));
            String fresh = office.enrol("chiosco-2", StationRole.KIOSK);
            assertThat(run("--office", address, "--enrol", fresh, "--identity", identity.toString())).isEqualTo(2);
            assertThat(err()).contains("already enrolled").contains(identity.toString()).contains("without --enrol");
            assertThat(links).hasSize(2);
            assertThat(read(identity.resolve("station.crt"))).isEqualTo(certificate);
        } finally {
            links.forEach(StationLink::close);
        }
    }

    private static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
