package org.sportello.operator.testing;

import org.sportello.server.storage.JooqPersonSeed;
import org.sportello.model.setup.DemoPeople;
import org.sportello.server.testing.TestOffice;

/** The demo office's citizens in a test office, as {@code ./demo} seeds them. */
public final class DemoCitizens {
    private DemoCitizens() {
    }

    public static void seed(TestOffice office) {
        var c = office.connection();
        new JooqPersonSeed(c.database(), c.directory().office().id(), office.clock())
                .add(DemoPeople.files(TestOffice.TUESDAY_MORNING.toLocalDate()));
    }
}
