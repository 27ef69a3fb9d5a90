package org.sportello.model.offers;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.sportello.model.profile.DrivingLicence;

/**
 * Which categories a driving licence also covers (Directive 2006/126/EC, art. 4 and 6 as Italy applies
 * them): a C driver was a B driver first, a CE covers C, BE and C1E, an A covers A2, A1 and AM. An offer
 * asking for B is met by a licence that covers B.
 */
final class LicenceCategories {
    private static final Map<DrivingLicence, Set<DrivingLicence>> COVERS = covers();

    private LicenceCategories() {
    }

    static Set<DrivingLicence> covered(Set<DrivingLicence> held) {
        Set<DrivingLicence> out = EnumSet.noneOf(DrivingLicence.class);
        for (DrivingLicence l : held) {
            out.add(l);
            out.addAll(COVERS.getOrDefault(l, Set.of()));
        }
        return out;
    }

    private static Map<DrivingLicence, Set<DrivingLicence>> covers() {
        Map<DrivingLicence, Set<DrivingLicence>> m = new EnumMap<>(DrivingLicence.class);
        m.put(DrivingLicence.A1, EnumSet.of(DrivingLicence.AM));
        m.put(DrivingLicence.A2, EnumSet.of(DrivingLicence.A1, DrivingLicence.AM));
        m.put(DrivingLicence.A, EnumSet.of(DrivingLicence.A2, DrivingLicence.A1, DrivingLicence.AM));
        m.put(DrivingLicence.B, EnumSet.of(DrivingLicence.B1, DrivingLicence.AM));
        m.put(DrivingLicence.BE, EnumSet.of(DrivingLicence.B, DrivingLicence.B1, DrivingLicence.AM));
        Set<DrivingLicence> b = EnumSet.of(DrivingLicence.B, DrivingLicence.B1, DrivingLicence.AM);
        m.put(DrivingLicence.C1, union(b));
        m.put(DrivingLicence.C, union(b, DrivingLicence.C1));
        m.put(DrivingLicence.C1E, union(b, DrivingLicence.C1, DrivingLicence.BE));
        m.put(DrivingLicence.CE, union(b, DrivingLicence.C, DrivingLicence.C1, DrivingLicence.C1E, DrivingLicence.BE));
        m.put(DrivingLicence.D1, union(b));
        m.put(DrivingLicence.D, union(b, DrivingLicence.D1));
        m.put(DrivingLicence.D1E, union(b, DrivingLicence.D1, DrivingLicence.BE));
        m.put(DrivingLicence.DE, union(b, DrivingLicence.D, DrivingLicence.D1, DrivingLicence.D1E, DrivingLicence.BE));
        return m;
    }

    private static Set<DrivingLicence> union(Set<DrivingLicence> base, DrivingLicence... more) {
        Set<DrivingLicence> s = EnumSet.copyOf(base);
        s.addAll(java.util.List.of(more));
        return s;
    }
}
