package org.sportello.devices.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A card reader watched for the kiosk and the desk: one hand-over per card, every failed attempt, silence without a reader. */
@Timeout(10)
class ReaderPollingTest {
    private final SimulatedCardReader reader = new SimulatedCardReader();
    private final List<CardRead> handed = new ArrayList<>();
    private final AtomicLong nanos = new AtomicLong();
    private final ReaderPolling<CardRead> polling = ReaderPolling.cards(reader, Runnable::run, handed::add, nanos::get);

    private CardRead identified(String code) {
        return TesseraText.decode(code, TesseraBarcodeTest.CLOCK);
    }

    @Test
    void aCardLeftInTheReaderIsHandedOverOnceAndAgainAfterItWasTakenOut() {
        polling.close(); // no thread, no pauses: the test drives each read
        CardRead card = identified("RSSMRA85T10A562S");
        assertThat(card.isIdentified()).isTrue();
        reader.present(card);
        reader.present(card);
        assertThat(polling.step()).isEqualTo(card);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(polling.step()).as("the same card, still in the reader").isNull();
        assertThat(handed).containsExactly(card);

        nanos.addAndGet(ReaderPolling.SAME_PRESENTATION.toNanos() + 1);
        reader.present(card);
        assertThat(polling.step()).as("shown again after a while: a new presentation").isEqualTo(card);
        assertThat(handed).hasSize(2);
    }

    @Test
    void badReadsAreHandedOverEachTimeAndMissingReadersNever() {
        polling.close();
        CardRead garbled = identified("RSSMRA85T10A562T"); // wrong check character
        assertThat(garbled.error()).isEqualTo(CardReadError.INVALID_CODICE_FISCALE);
        reader.present(garbled);
        reader.present(garbled);
        reader.present(CardRead.failed(CardReadError.PCSC_UNAVAILABLE, "no pcscd"));
        reader.present(CardRead.failed(CardReadError.NO_READER, "nothing plugged in"));
        polling.step();
        polling.step();
        polling.step();
        polling.step();
        assertThat(polling.step()).as("nothing presented").isNull();
        assertThat(handed).containsExactly(garbled, garbled);
    }

    @Test
    void aReaderThatThrowsIsACardErrorAndPollingGoesOn() {
        CardReader broken = new CardReader() {
            @Override
            public CardRead read(Duration timeout) {
                throw new IllegalStateException("driver bug");
            }

            @Override
            public String describe() {
                return "broken";
            }
        };
        ReaderPolling<CardRead> p = ReaderPolling.cards(broken, Runnable::run, handed::add, nanos::get);
        p.close();
        CardRead read = p.step();
        assertThat(read.error()).isEqualTo(CardReadError.CARD_ERROR);
        assertThat(read.detail()).contains("broken").contains("driver bug");
    }

    @Test
    void theThreadHandsOverWhatIsPresented() throws Exception {
        List<CardRead> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        try (ReaderPolling<CardRead> running = ReaderPolling.cards(reader, Runnable::run, seen::add, System::nanoTime).start()) {
            reader.present(identified("RSSMRA85T10A562S"));
            long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (seen.isEmpty() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
        }
        assertThat(seen).extracting(r -> r.codiceFiscale().code()).containsExactly("RSSMRA85T10A562S");
    }
}
