package org.sportello.model.seal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sportello.model.protocol.DocumentHash;
import org.sportello.model.protocol.ProtocolNumber;

class SealPayloadTest {
    final OfficeSigner signer = new OfficeSigner("BO01", OfficeSigner.generateKeyPair());
    final SealPayload payload = signer.seal(new ProtocolNumber("BO01", 2026, 123), DocumentHash.sha256("content"));

    @Test
    void roundTripsThroughItsTextAndFitsASmallQr() {
        String text = payload.encode();
        assertThat(text).startsWith("SPT1|BO01-2026-000123|").hasSizeLessThan(170);
        assertThat(text.split("\\|")).hasSize(5);
        assertThat(SealPayload.parse(text)).contains(payload);
        assertThat(SealPayload.parse("  " + text + "\n")).contains(payload);
        assertThat(OfficeSigner.isSignedBy(payload, signer.publicKey())).isTrue();
    }

    @Test
    void ed25519IsDeterministicSoAReprintCarriesTheSameCode() {
        assertThat(signer.seal(payload.number(), payload.hash()).encode()).isEqualTo(payload.encode());
    }

    @Test
    void refusesMalformedPayloads() {
        String[] parts = payload.encode().split("\\|");
        assertThat(SealPayload.parse(String.join("|", parts[0], parts[1], parts[2], parts[3]))).isEmpty();
        assertThat(SealPayload.parse(String.join("|", parts[0], "bo01-2026-000123", parts[2], parts[3], parts[4])))
                .as("the signed text must be exactly the canonical one").isEmpty();
        assertThat(SealPayload.parse(String.join("|", parts[0], parts[1], parts[2].substring(1), parts[3], parts[4])))
                .isEmpty();
        assertThat(SealPayload.parse(String.join("|", parts[0], parts[1], parts[2], "XYZ", parts[4]))).isEmpty();
        assertThat(SealPayload.parse(String.join("|", parts[0], parts[1], parts[2], parts[3], parts[4] + "AA")))
                .isEmpty();
        assertThat(SealPayload.parse(payload.encode() + "|extra")).isEmpty();
    }

    @Test
    void publicKeysExportAsOneLineAndRefuseAMismatchedId() {
        String line = signer.publicKey().export();
        assertThat(line).startsWith("sportello-office-key-v1 BO01 " + signer.publicKey().keyId() + " ");
        assertThat(OfficeKey.parseExport(line)).contains(signer.publicKey());
        String otherId = line.replace(signer.publicKey().keyId(), "0000000000000000");
        assertThat(OfficeKey.parseExport(otherId)).isEmpty();
        assertThat(OfficeKey.parseExport("sportello-office-key-v1 BO01 abc notbase64!")).isEmpty();
    }
}
