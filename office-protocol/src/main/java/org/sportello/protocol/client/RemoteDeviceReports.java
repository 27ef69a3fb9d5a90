package org.sportello.protocol.client;

import io.grpc.Channel;
import org.sportello.model.events.DeviceReport;
import org.sportello.model.events.DeviceReports;
import org.sportello.model.events.PrinterReport;
import org.sportello.protocol.v1.EventsGrpc;
import org.sportello.protocol.wire.EventWire;

/** Device reports to the server; the station's name on them is the one its certificate carries. */
public final class RemoteDeviceReports implements DeviceReports {
    private final EventsGrpc.EventsBlockingStub stub;

    public RemoteDeviceReports(Channel channel) {
        this.stub = EventsGrpc.newBlockingStub(channel);
    }

    @Override
    public void printer(PrinterReport report) {
        RemoteCalls.call("device reports", () -> RemoteCalls.timed(stub).reportPrinter(EventWire.printer(report)));
    }

    @Override
    public void device(DeviceReport report) {
        RemoteCalls.call("device reports", () -> RemoteCalls.timed(stub).reportDevice(EventWire.device(report)));
    }
}
