package org.sportello.model.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.protocol.DocumentHash;
import org.sportello.model.protocol.ProtocolEntry;
import org.sportello.model.protocol.ProtocolKind;
import org.sportello.model.protocol.ProtocolNumber;
import org.sportello.model.protocol.ProtocolRequest;
import org.sportello.model.protocol.Subject;
import org.sportello.server.testing.TestOffice;

/** Every verdict a counter can see, on a real office database. */
class SealVerifierTest {
    @TempDir
    Path dir;
    TestOffice office;
    OfficeKeys keys;
    SealVerifier verifier;
    ProtocolEntry entry;
    SealPayload genuine;

    @BeforeEach
    void setUp() {
        office = TestOffice.embedded(dir);
        keys = office.connection().keys();
        verifier = office.connection().seals();
        DocumentHash hash = DocumentHash.sha256("certificate content");
        entry = office.connection().protocol().register(office.login("mrossi"),
                new ProtocolRequest(ProtocolKind.CERTIFICATE_ISSUED, new Subject.Person(
                        CodiceFiscale.of("RSSMRA85T10A562S", LocalDate.of(2026, 11, 24))), null, "Certificato"),
                (n, at) -> hash);
        genuine = keys.signer().seal(entry.number(), hash);
    }

    @AfterEach
    void tearDown() {
        office.close();
    }

    @Test
    void genuine() {
        Verdict v = verifier.verify(genuine.encode());
        assertThat(v.outcome()).isEqualTo(Outcome.GENUINE);
        assertThat(v.entry()).contains(entry);
        assertThat(v.explain(Locale.ENGLISH, TestOffice.ROME)).startsWith("GENUINE").contains("BO01-2026-000001");
    }

    @Test
    void theKeyIsMadeOnceAndSurvivesAReconnection() {
        String id = keys.signer().publicKey().keyId();
        String url = office.connection().database().url();
        office.close();
        office = TestOffice.at(url);
        assertThat(office.connection().keys().signer().publicKey().keyId()).isEqualTo(id);
        assertThat(office.connection().seals().verify(genuine.encode()).outcome()).isEqualTo(Outcome.GENUINE);
    }

    @Test
    void anyChangedCharacterOfThePayloadIsCaught() {
        String text = genuine.encode();
        int altered = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char other = c == 'A' ? 'B' : c == '0' ? '1' : c == '|' ? '/' : c == 'a' ? 'b' : 'A';
            String tampered = text.substring(0, i) + other + text.substring(i + 1);
            Outcome o = verifier.verify(tampered).outcome();
            assertThat(o).as("changed position %d: %s", i, tampered).isIn(Outcome.ALTERED, Outcome.NOT_A_SEAL,
                    Outcome.OTHER_OFFICE_UNVERIFIABLE);
            if (o == Outcome.ALTERED) {
                altered++;
            }
        }
        assertThat(altered).isGreaterThan(text.length() / 2);
    }

    @Test
    void aSignatureByAnotherKeyIsAltered() {
        OfficeSigner impostor = new OfficeSigner("BO01", OfficeSigner.generateKeyPair());
        assertThat(verifier.verify(impostor.seal(entry.number(), entry.documentHash()).encode()).outcome())
                .isEqualTo(Outcome.ALTERED);
        // Same forged signature, but naming the office's real key id.
        SealPayload forged = impostor.seal(entry.number(), entry.documentHash());
        SealPayload relabelled = new SealPayload(forged.number(), forged.hash(), genuine.keyId(), forged.signature());
        assertThat(verifier.verify(relabelled.encode()).outcome()).isEqualTo(Outcome.ALTERED);
    }

    @Test
    void aGenuineSignatureOverAnotherHashIsAltered() {
        SealPayload other = keys.signer().seal(entry.number(), DocumentHash.sha256("a different paper"));
        assertThat(verifier.verify(other.encode()).outcome()).isEqualTo(Outcome.ALTERED);
    }

    @Test
    void aNumberNotInTheRegisterIsUnknown() {
        SealPayload ghost = keys.signer().seal(new ProtocolNumber("BO01", 2026, 4711), entry.documentHash());
        assertThat(verifier.verify(ghost.encode()).outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void anotherOfficesCodeIsVerifiableOnceItsKeyIsImported() {
        OfficeSigner modena = new OfficeSigner("MO02", OfficeSigner.generateKeyPair());
        SealPayload paper = modena.seal(new ProtocolNumber("MO02", 2026, 17), DocumentHash.sha256("x"));
        Verdict before = verifier.verify(paper.encode());
        assertThat(before.outcome()).isEqualTo(Outcome.OTHER_OFFICE_UNVERIFIABLE);
        assertThat(before.explain(Locale.ITALIAN, TestOffice.ROME)).contains("MO02", "chiave pubblica");

        keys.importKey(OfficeKey.parseExport(modena.publicKey().export()).orElseThrow());
        keys.importKey(modena.publicKey());
        assertThat(keys.known()).extracting(OfficeKey::officeCode).containsExactlyInAnyOrder("BO01", "MO02");
        assertThat(verifier.verify(paper.encode()).outcome()).isEqualTo(Outcome.OTHER_OFFICE);

        // Modena's key cannot vouch for a Bologna number, nor for another Modena key's signature.
        SealPayload claimsBologna = modena.seal(new ProtocolNumber("MO02", 2026, 17), DocumentHash.sha256("x"));
        SealPayload moved = new SealPayload(entry.number(), claimsBologna.hash(), claimsBologna.keyId(),
                claimsBologna.signature());
        assertThat(verifier.verify(moved.encode()).outcome()).isEqualTo(Outcome.ALTERED);
        OfficeSigner fakeModena = new OfficeSigner("MO02", OfficeSigner.generateKeyPair());
        SealPayload fake = fakeModena.seal(paper.number(), paper.hash());
        SealPayload fakeWithRealId = new SealPayload(fake.number(), fake.hash(), paper.keyId(), fake.signature());
        assertThat(verifier.verify(fakeWithRealId.encode()).outcome()).isEqualTo(Outcome.ALTERED);
    }

    @Test
    void theOfficeCannotImportItsOwnCode() {
        OfficeSigner other = new OfficeSigner("BO01", OfficeSigner.generateKeyPair());
        assertThatThrownBy(() -> keys.importKey(other.publicKey())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textThatIsNoSealIsSaidSo() {
        for (String junk : new String[] {null, "", "hello", "https://example.org", "SPT1|x|y|z|w",
                genuine.encode().replace("SPT1", "SPT2")}) {
            assertThat(verifier.verify(junk).outcome()).as(junk).isEqualTo(Outcome.NOT_A_SEAL);
        }
    }
}
