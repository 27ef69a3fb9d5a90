package org.sportello.model.profile;

import java.util.Objects;

/** One municipality of the territory table and the office that serves it. */
public record TerritoryEntry(String municipality, String province, String officeCode, String officeName,
                             String officeAddress) {
    public TerritoryEntry {
        municipality = Texts.clean(municipality);
        province = Texts.clean(province);
        officeCode = Texts.clean(officeCode);
        officeName = Texts.clean(officeName);
        officeAddress = Texts.clean(officeAddress);
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(officeCode, "officeCode");
        Objects.requireNonNull(officeName, "officeName");
    }

    public String key() {
        return Address.key(municipality, province);
    }
}
