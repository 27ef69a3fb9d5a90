package org.sportello.operator.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.sportello.devices.card.ApduChannel;
import org.sportello.devices.card.ApduResponse;
import org.sportello.devices.card.CardRead;
import org.sportello.devices.card.CardReadError;
import org.sportello.devices.card.CardReader;
import org.sportello.devices.card.TesseraChip;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;

/**
 * Who is coming, on the real desk: the codice fiscale a citizen's health card gave at the kiosk shows
 * with the ticket being served; the TS-CNS chip read at the counter (through the chip logic of the
 * PC/SC driver, on a card that answers like a real one) is shown too, its errors explained.
 */
class DeskCitizenScreenTest extends OfficeScreenFixture {
    static final String KIOSK_CF = "BNCLRA90A41F205I";
    static final String CHIP_CF = "RSSMRA85T10A562S";

    final ChipReader chip = new ChipReader();

    @Override
    CardReader cardReader() {
        return chip;
    }

    private void issueWithCard(String prefix, String taxCode) {
        queue.issue(new IssueRequest(prefix, PriorityClass.STANDARD, "it",
                UUID.randomUUID().toString()).withCitizen(taxCode));
    }

    @Test
    void theCodeShownAtTheKioskComesUpWithTheCalledTicket() {
        issueWithCard("A", KIOSK_CF);
        issue(queue, "A");
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();

        key(KeyCode.F1);
        until("A001 at the counter", () -> "A001".equals(text("#currentCode")));
        assertThat(text("#currentCitizen")).isEqualTo(
                "Codice fiscale " + KIOSK_CF + " · donna, nata il 01/01/1990 · dalla tessera mostrata al chiosco");
        assertThat(fx(() -> robot.lookup("#currentCitizen").query().getStyleClass())).contains("identified");
        screenshot("desk-citizen-from-kiosk");

        key(KeyCode.F3);
        key(KeyCode.DIGIT1);
        until("A001 finished", () -> !showing("#currentCode"));
        key(KeyCode.F1);
        until("A002 at the counter", () -> "A002".equals(text("#currentCode")));
        assertThat(text("#currentCitizen")).as("no card came with A002").startsWith("Tessera sanitaria: passarla");
    }

    @Test
    void theChipIsReadAtTheCounterAndItsErrorsAreExplained() {
        issueWithCard("B", KIOSK_CF);
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();
        key(KeyCode.F1);
        until("B001 at the counter", () -> "B001".equals(text("#currentCode")));

        chip.insert(command -> {
            throw new IOException("card removed"); // pulled out while the first SELECT was on its way
        });
        until("error explained", () -> text("#notice").startsWith("Tessera non letta"));
        assertThat(text("#notice")).isEqualTo("Tessera non letta: la tessera ha risposto con un errore; riprovare.");
        assertThat(text("#currentCitizen")).as("the kiosk's code is still there").contains(KIOSK_CF);

        chip.insert(new TsCnsCard(CHIP_CF));
        until("chip read", () -> text("#currentCitizen").contains(CHIP_CF));
        assertThat(text("#currentCitizen")).isEqualTo("Codice fiscale " + CHIP_CF
                + " · uomo, nato il 10/12/1985 · letto qui, ma al chiosco era stata mostrata la tessera " + KIOSK_CF);
        assertThat(text("#notice")).contains("non è quella mostrata al chiosco");
        screenshot("desk-citizen-chip-differs");
    }

    /** A PC/SC reader whose cards are scripted: each inserted card is read once by the real chip logic. */
    final class ChipReader implements CardReader {
        private final BlockingQueue<ApduChannel> cards = new LinkedBlockingQueue<>();

        void insert(ApduChannel card) {
            cards.add(card);
        }

        @Override
        public CardRead read(Duration timeout) {
            try {
                ApduChannel card = cards.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return card == null ? CardRead.failed(CardReadError.NO_CARD, "no card")
                        : TesseraChip.read(card, office.clock());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return CardRead.failed(CardReadError.NO_CARD, "interrupted");
            }
        }

        @Override
        public String describe() {
            return "scripted TS-CNS reader";
        }
    }

    /** Answers the three SELECTs and one READ BINARY of EF_DatiPersonali as a TS-CNS does. */
    record TsCnsCard(String taxCode) implements ApduChannel {
        @Override
        public ApduResponse transmit(byte[] command) {
            String apdu = HexFormat.of().formatHex(command).toUpperCase();
            if (apdu.startsWith("00A4")) {
                return ApduResponse.of(new byte[] {(byte) 0x90, 0x00});
            }
            assertThat(apdu).startsWith("00B0");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(file());
            out.writeBytes(new byte[] {(byte) 0x62, (byte) 0x82}); // end of file reached
            return ApduResponse.of(out.toByteArray());
        }

        private byte[] file() {
            List<String> fields = List.of("0001", "01022024", "01022030", "ROSSI", "MARIO", "10121985", "M", "",
                    taxCode, "1", "A562", "", "", "H501", "VIA ROMA 1", "");
            StringBuilder body = new StringBuilder();
            for (String f : fields) {
                body.append(String.format("%02X", f.length())).append(f);
            }
            return (String.format("%06X", body.length()) + body).getBytes(StandardCharsets.US_ASCII);
        }
    }
}
