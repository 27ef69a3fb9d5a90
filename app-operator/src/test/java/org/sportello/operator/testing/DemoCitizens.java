package org.sportello.operator.testing;

import org.sportello.server.cases.DemoCaseSeed;
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

    /** The citizens and, as the demo has them, Mario Rossi's case (mrossi's, with a pact and an overdue talk). */
    public static void seedWithCases(TestOffice office) {
        seed(office);
        var c = office.connection();
        DemoCaseSeed.seed(c.database().dataSource(), c.cases(), c.documentService(),
                TestOffice.TUESDAY_MORNING.toLocalDate());
    }
}
