package org.sportello.model.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sportello.model.company.PartitaIva;

class ProtocolValuesTest {
    @Test
    void protocolNumbersPrintAndParseBack() {
        ProtocolNumber n = new ProtocolNumber("BO01", 2026, 42);
        assertThat(n.format()).isEqualTo("BO01-2026-000042");
        assertThat(ProtocolNumber.parse(" bo01-2026-000042 ")).contains(n);
        assertThat(ProtocolNumber.parse("BO01-2026-1234567")).contains(new ProtocolNumber("BO01", 2026, 1234567));
        assertThat(ProtocolNumber.parse("BO01-2026-42")).isEmpty();
        assertThat(ProtocolNumber.parse("BO01-2026-000000")).isEmpty();
        assertThat(ProtocolNumber.parse("BO01/2026/000042")).isEmpty();
        assertThatThrownBy(() -> new ProtocolNumber("bo01", 2026, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void partitaIvaCheckDigit() {
        assertThat(PartitaIva.parse("01234567897")).isPresent();
        assertThat(PartitaIva.parse("IT 01234567897")).map(PartitaIva::number).contains("01234567897");
        assertThat(PartitaIva.check("01234567890")).contains("check digit").contains("expected 7");
        assertThat(PartitaIva.check("0123456789")).contains("11 digits");
        assertThat(PartitaIva.check("00000000000")).contains("all zeros");
        assertThat(PartitaIva.check("")).contains("no partita IVA");
    }

    @Test
    void aCompanyMayBeASoleTraderByCodiceFiscale() {
        Subject s = Subject.parse(SubjectKind.COMPANY, "rssmra85t10a562s", LocalDate.of(2026, 1, 1));
        assertThat(s).isInstanceOf(Subject.Company.class);
        assertThat(s.code()).isEqualTo("RSSMRA85T10A562S");
        assertThatThrownBy(() -> new Subject.Company(null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hashesAreSha256Hex() {
        assertThat(DocumentHash.sha256("abc").hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThatThrownBy(() -> new DocumentHash("abc")).isInstanceOf(IllegalArgumentException.class);
    }
}
