package org.sportello.server.cli;

import org.sportello.devices.transport.InvalidTransportSpecException;
import org.sportello.devices.transport.TransportSpec;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --transport serial:/dev/ttyUSB0@9600}: a mistyped transport is a usage error (exit 2) saying what is wrong. */
final class TransportSpecConverter implements ITypeConverter<TransportSpec> {
    @Override
    public TransportSpec convert(String value) {
        try {
            return TransportSpec.parse(value);
        } catch (InvalidTransportSpecException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
