package org.sportello.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.company.PartitaIva;
import org.sportello.model.events.EventType;
import org.sportello.model.events.OfficeEvent;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.protocol.DocumentDigest;
import org.sportello.model.protocol.DocumentHash;
import org.sportello.model.protocol.ProtocolEntry;
import org.sportello.model.protocol.ProtocolKind;
import org.sportello.model.protocol.ProtocolNumber;
import org.sportello.model.protocol.ProtocolRegister;
import org.sportello.model.protocol.ProtocolRequest;
import org.sportello.model.protocol.ProtocolStatus;
import org.sportello.model.protocol.Subject;
import org.sportello.model.protocol.SubjectKind;
import org.sportello.server.testing.TestOffice;

/** The protocol register on a real H2 file database. */
class ProtocolRegisterTest {
    static final CodiceFiscale MARIO = CodiceFiscale.of("RSSMRA85T10A562S", LocalDate.of(2026, 11, 24));

    @TempDir
    Path dir;
    TestOffice office;
    ProtocolRegister register;
    OperatorSession maria;
    OperatorSession giulia;

    @BeforeEach
    void setUp() {
        office = TestOffice.embedded(dir);
        register = office.connection().protocol();
        maria = office.login("mrossi");
        giulia = office.login("gverdi");
    }

    @AfterEach
    void tearDown() {
        office.close();
    }

    private ProtocolEntry registerOne(OperatorSession who, String title) {
        return register.register(who, new ProtocolRequest(ProtocolKind.CERTIFICATE_ISSUED, new Subject.Person(MARIO),
                "Mario Rossi", title), (number, at) -> DocumentHash.sha256(number.format() + title));
    }

    @Test
    void numbersStartAtOneAndCountPerYearWithTheOfficeCode() {
        ProtocolEntry first = registerOne(maria, "Certificato di stato occupazionale");
        ProtocolEntry second = registerOne(maria, "Certificato di iscrizione");
        assertThat(first.number()).isEqualTo(new ProtocolNumber("BO01", 2026, 1));
        assertThat(second.number().sequence()).isEqualTo(2);
        assertThat(first.number().format()).isEqualTo("BO01-2026-000001");

        // The year follows Rome's calendar: 31 December 23:30 in Rome is still 2026, 00:30 is 2027.
        office.clock().set(LocalDateTime.of(2026, 12, 31, 23, 30).atZone(TestOffice.ROME).toInstant());
        assertThat(registerOne(maria, "ultimo").number()).isEqualTo(new ProtocolNumber("BO01", 2026, 3));
        office.clock().advance(Duration.ofHours(1));
        assertThat(registerOne(maria, "primo").number()).isEqualTo(new ProtocolNumber("BO01", 2027, 1));
        assertThat(register.year(2026)).extracting(e -> e.number().sequence()).containsExactly(1, 2, 3);
    }

    @Test
    void storesEverythingItWasGivenAndTheDigestSeesItsOwnNumber() {
        DocumentHash incoming = DocumentHash.sha256("scanned UniLav form".getBytes());
        PartitaIva company = PartitaIva.parse("01234567897").orElseThrow();
        ProtocolEntry e = register.register(maria, new ProtocolRequest(ProtocolKind.INCOMING_COMPANY_COMMUNICATION,
                new Subject.Company(company), "ACME S.r.l.", "Comunicazione di assunzione"),
                DocumentDigest.of(incoming));
        ProtocolEntry found = register.find(e.number()).orElseThrow();
        assertThat(found).isEqualTo(e);
        assertThat(found.subjectKind()).isEqualTo(SubjectKind.COMPANY);
        assertThat(found.subjectCode()).isEqualTo("01234567897");
        assertThat(found.documentHash()).isEqualTo(incoming);
        assertThat(found.operatorId()).isEqualTo(maria.operatorId());
        assertThat(found.registeredAt()).isEqualTo(office.clock().instant());
        assertThat(found.status()).isEqualTo(ProtocolStatus.REGISTERED);

        List<ProtocolNumber> seen = new ArrayList<>();
        ProtocolEntry cert = register.register(maria, new ProtocolRequest(ProtocolKind.CERTIFICATE_ISSUED,
                new Subject.Person(MARIO), null, "t"), (number, at) -> {
                    seen.add(number);
                    return DocumentHash.sha256(number.format());
                });
        assertThat(seen).last().isEqualTo(cert.number());
        assertThat(cert.documentHash()).isEqualTo(DocumentHash.sha256(cert.number().format()));
    }

    @Test
    void anOmocodicVariantIsStoredInCanonicalForm() {
        CodiceFiscale variant = CodiceFiscale.of("RSSMRA85T10A56NH", LocalDate.of(2026, 1, 1));
        assertThat(variant.isOmocodic()).isTrue();
        ProtocolEntry e = register.register(maria, new ProtocolRequest(ProtocolKind.DOCUMENTS_RECEIVED,
                new Subject.Person(variant), null, "Documenti"), DocumentDigest.of(DocumentHash.sha256("x")));
        assertThat(e.subjectCode()).isEqualTo("RSSMRA85T10A562S");
    }

    @Test
    void registrationAndAnnulmentAreInTheOfficeLog() {
        long before = office.connection().events().latestSeq();
        ProtocolEntry e = registerOne(maria, "Certificato");
        office.clock().advance(Duration.ofMinutes(5));
        ProtocolEntry annulled = register.annul(giulia, e.number(), "Rilasciato alla persona sbagliata");

        assertThat(annulled.status()).isEqualTo(ProtocolStatus.ANNULLED);
        assertThat(annulled.annulledBy()).isEqualTo(giulia.operatorId());
        assertThat(annulled.annulledAt()).isEqualTo(office.clock().instant());
        assertThat(annulled.annulmentReason()).isEqualTo("Rilasciato alla persona sbagliata");
        // Never deleted: the entry is still there, with everything it had.
        assertThat(register.find(e.number())).get().extracting(ProtocolEntry::title, ProtocolEntry::documentHash)
                .containsExactly(e.title(), e.documentHash());

        List<OfficeEvent> log = office.connection().events().after(before, 100);
        assertThat(log).extracting(OfficeEvent::type)
                .containsExactly(EventType.PROTOCOL_REGISTERED, EventType.PROTOCOL_ANNULLED);
        assertThat(log.get(1).detail()).contains(e.number().format(), "Rilasciato alla persona sbagliata");
        assertThat(log.get(1).operatorId()).isEqualTo(giulia.operatorId());
    }

    @Test
    void annulmentRules() {
        ProtocolEntry e = registerOne(maria, "Certificato");
        // An operator registers; only a supervisor annuls.
        assertThatThrownBy(() -> register.annul(maria, e.number(), "Errore di battitura nel nome"))
                .isInstanceOf(SportelloException.class)
                .extracting(x -> ((SportelloException) x).problem()).isEqualTo(Problem.ACCESS_DENIED);
        // A reason an auditor can read.
        for (String weak : new String[] {null, "", "   ", "errore"}) {
            assertThatThrownBy(() -> register.annul(giulia, e.number(), weak))
                    .extracting(x -> ((SportelloException) x).problem()).isEqualTo(Problem.REASON_REQUIRED);
        }
        assertThatThrownBy(() -> register.annul(giulia, new ProtocolNumber("BO01", 2026, 99), "Numero inesistente"))
                .extracting(x -> ((SportelloException) x).problem()).isEqualTo(Problem.UNKNOWN_PROTOCOL_ENTRY);
        assertThatThrownBy(() -> register.annul(giulia, new ProtocolNumber("MO02", 2026, 1), "Di un altro ufficio"))
                .extracting(x -> ((SportelloException) x).problem()).isEqualTo(Problem.PROTOCOL_OF_ANOTHER_OFFICE);
        assertThat(register.find(e.number()).orElseThrow().status()).isEqualTo(ProtocolStatus.REGISTERED);

        register.annul(giulia, e.number(), "Emesso per errore, duplicato");
        // Once annulled, for good: a second annulment is refused and keeps the first reason.
        assertThatThrownBy(() -> register.annul(office.login("admin"), e.number(), "Un altro motivo qualsiasi"))
                .extracting(x -> ((SportelloException) x).problem()).isEqualTo(Problem.ALREADY_ANNULLED);
        assertThat(register.find(e.number()).orElseThrow().annulmentReason()).isEqualTo("Emesso per errore, duplicato");
        // Annulment frees no number: the next entry does not reuse it.
        assertThat(registerOne(maria, "dopo").number().sequence()).isEqualTo(2);
    }

    @Test
    void aFailedRegistrationGivesItsNumberBack() {
        registerOne(maria, "uno");
        assertThatThrownBy(() -> register.register(maria, new ProtocolRequest(ProtocolKind.OUTGOING_LETTER,
                new Subject.Person(MARIO), null, "fails"), (n, at) -> {
                    throw new IllegalStateException("renderer broke");
                })).hasMessageContaining("renderer broke");
        assertThat(registerOne(maria, "due").number().sequence()).isEqualTo(2);
    }

    @Test
    void manyWorkstationsAtOnceGetGaplessUniqueNumbers() throws Exception {
        int threads = 12;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<Integer> numbers = new ConcurrentLinkedQueue<>();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            OperatorSession who = t % 2 == 0 ? maria : giulia;
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    numbers.add(registerOne(who, "t" + thread + "-" + i).number().sequence());
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        int total = threads * each;
        Set<Integer> distinct = new TreeSet<>(numbers);
        assertThat(numbers).hasSize(total);
        assertThat(distinct).hasSize(total);
        assertThat(distinct).first().isEqualTo(1);
        assertThat(((TreeSet<Integer>) distinct).last()).isEqualTo(total);
        assertThat(register.year(2026)).extracting(e -> e.number().sequence())
                .containsExactlyElementsOf(distinct);
    }
}
