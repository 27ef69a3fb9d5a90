package org.sportello.link;

import org.sportello.server.storage.OfficeConnection;

/**
 * The office's services answered in the test's own process, on a real office database: for screen and
 * view-model tests that are about the app, not the network. Tests of the network path start a real
 * office server instead.
 */
public final class InProcessOffice {
    private InProcessOffice() {
    }

    public static OfficeServices services(OfficeConnection office) {
        return new OfficeServices(office.directory(), office.auth(), office.queue(), office.events(), office.devices(),
                office.scans(), office.syncHealth(), office.documentService(), office.people(), office.profiles(),
                office.communications(), office.cases(), office.agenda(),
                office.vacancies(), office.stamps());
    }

    public static OfficeLink link(OfficeConnection office) {
        return OfficeLink.fixed(services(office));
    }
}
