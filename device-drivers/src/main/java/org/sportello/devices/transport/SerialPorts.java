package org.sportello.devices.transport;

import com.fazecast.jSerialComm.SerialPort;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The serial ports of this computer, as jSerialComm enumerates them. */
public final class SerialPorts {
    private SerialPorts() {
    }

    /** Every serial port, sorted by path; empty (never an exception) when none or jSerialComm cannot load. */
    public static List<SerialPortInfo> list() {
        SerialPort[] ports;
        try {
            ports = SerialPort.getCommPorts();
        } catch (RuntimeException | LinkageError e) {
            return List.of();
        }
        List<SerialPortInfo> result = new ArrayList<>();
        for (SerialPort p : ports) {
            String description = p.getPortDescription();
            if (description == null || description.isBlank()) {
                description = p.getDescriptivePortName();
            }
            result.add(new SerialPortInfo(p.getSystemPortPath(), description, p.getVendorID(), p.getProductID()));
        }
        result.sort(Comparator.comparing(SerialPortInfo::path));
        return List.copyOf(result);
    }
}
