package org.sportello.server.cli;

import org.sportello.devices.config.DeviceFactory;
import org.sportello.devices.printer.escpos.PrinterProfile;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --profile tm-t20}: the same ids as {@code printer.profile} in devices.properties. */
final class PrinterProfileConverter implements ITypeConverter<PrinterProfile> {
    @Override
    public PrinterProfile convert(String value) {
        try {
            return DeviceFactory.profile(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
