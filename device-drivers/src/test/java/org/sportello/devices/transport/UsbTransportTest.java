package org.sportello.devices.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What can be checked without a USB printer attached: interface choice, listing, clear "not found". */
@Timeout(20)
class UsbTransportTest {
    private static final UsbEndpointInfo BULK_OUT_1 = new UsbEndpointInfo(0x01, 0x02, 64);
    private static final UsbEndpointInfo BULK_IN_82 = new UsbEndpointInfo(0x82, 0x02, 64);
    private static final UsbEndpointInfo INTERRUPT_IN_83 = new UsbEndpointInfo(0x83, 0x03, 8);

    @Test
    void printerClassModeUsesThePrinterInterface() {
        List<UsbInterfaceInfo> both = List.of(
                new UsbInterfaceInfo(0, UsbInterfaceInfo.CLASS_VENDOR, List.of(new UsbEndpointInfo(0x03, 0x02, 512))),
                new UsbInterfaceInfo(1, UsbInterfaceInfo.CLASS_PRINTER, List.of(BULK_OUT_1, BULK_IN_82)));
        assertThat(UsbInterfaceChoice.choose(both, UsbInterfaceMode.PRINTER))
                .contains(new UsbInterfaceChoice(1, 0x07, 0x01, 0x82, 64));
        assertThat(UsbInterfaceChoice.choose(both, UsbInterfaceMode.AUTO))
                .contains(new UsbInterfaceChoice(1, 0x07, 0x01, 0x82, 64));
        assertThat(UsbInterfaceChoice.choose(both, UsbInterfaceMode.VENDOR))
                .contains(new UsbInterfaceChoice(0, 0xFF, 0x03, -1, 0));
    }

    @Test
    void autoFallsBackToVendorClassAsOnAnEpsonInVendorMode() {
        List<UsbInterfaceInfo> vendorOnly = List.of(
                new UsbInterfaceInfo(0, UsbInterfaceInfo.CLASS_VENDOR, List.of(INTERRUPT_IN_83, BULK_IN_82, BULK_OUT_1)));
        UsbInterfaceChoice c = UsbInterfaceChoice.choose(vendorOnly, UsbInterfaceMode.AUTO).orElseThrow();
        assertThat(c.interfaceNumber()).isZero();
        assertThat(c.outEndpoint()).isEqualTo(0x01);
        assertThat(c.inEndpoint()).as("the interrupt endpoint is not a bulk IN").isEqualTo(0x82);
        assertThat(c.canRead()).isTrue();
        assertThat(UsbInterfaceChoice.choose(vendorOnly, UsbInterfaceMode.PRINTER)).isEmpty();
    }

    @Test
    void interfaceWithoutBulkOutIsNotChosenAndIsDescribed() {
        List<UsbInterfaceInfo> hid = List.of(new UsbInterfaceInfo(0, 0x03, List.of(INTERRUPT_IN_83)),
                new UsbInterfaceInfo(1, UsbInterfaceInfo.CLASS_PRINTER, List.of(BULK_IN_82)));
        assertThat(UsbInterfaceChoice.choose(hid, UsbInterfaceMode.AUTO)).isEmpty();
        assertThat(UsbInterfaceChoice.describe(hid))
                .isEqualTo("0: HID (IN 0x83 not bulk); 1: printer class (IN 0x82)");
    }

    @Test
    void listingNeverThrowsAndExplainsAnEmptyResult() {
        UsbDeviceListing listing = UsbDevices.list();
        assertThat(listing.devices().isEmpty() || listing.problem().isEmpty())
                .as("a problem is reported only with an empty list: %s", listing).isTrue();
        for (UsbDeviceInfo d : listing.devices()) {
            assertThat(d.spec()).matches("usb:[0-9a-f]{4}:[0-9a-f]{4}");
        }
        listing.problem().ifPresent(p -> assertThat(p).contains("USB"));
    }

    @Test
    void absentDeviceGivesAClearErrorWhetherOrNotLibusbWorks() {
        UsbTransport t = new UsbTransport(new TransportSpec.Usb(0xfffe, 0xfff0, UsbInterfaceMode.AUTO));
        assertThatThrownBy(t::open)
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.problem())
                        .isIn(TransportException.Problem.NOT_FOUND, TransportException.Problem.LIBRARY_MISSING))
                .hasMessageContaining("usb:fffe:fff0")
                .hasMessageMatching("(?s).*(no USB device fffe:fff0|USB is not available).*");
        assertThat(t.isOpen()).isFalse();
    }

    @Test
    void endpointBits() {
        assertThat(BULK_IN_82.isIn()).isTrue();
        assertThat(BULK_OUT_1.isIn()).isFalse();
        assertThat(INTERRUPT_IN_83.isBulk()).isFalse();
    }
}
