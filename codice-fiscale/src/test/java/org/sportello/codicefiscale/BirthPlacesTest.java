package org.sportello.codicefiscale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BirthPlacesTest {
    @Test
    void namesMunicipalitiesFormerOnesAndForeignStates() {
        BirthPlaces places = BirthPlaces.bundled();
        assertThat(places.size()).as("every municipality and state").isGreaterThan(10_000);
        assertThat(places.find("A944").orElseThrow().describe()).isEqualTo("BOLOGNA (BO)");
        assertThat(places.find("H501").orElseThrow().describe()).isEqualTo("ROMA (RM)");
        assertThat(places.find("a562").orElseThrow().describe()).isEqualTo("SAN GIULIANO TERME (PI)");
        BirthPlaces.Place albania = places.find("Z100").orElseThrow();
        assertThat(albania.foreign()).isTrue();
        assertThat(albania.describe()).isEqualTo("ALBANIA");
        assertThat(places.find("A029").orElseThrow().name()).isEqualTo("ACI SANT'ANTONIO");
        assertThat(places.find("Q999")).isEmpty();
    }
}
