/**
 * Byte pipes to devices, chosen by a technician's transport string.
 *
 * <pre>
 * serial:/dev/ttyUSB0@9600[,8N1|7E1|...][,rtscts|,xonxoff][,rs485]   SerialTransport (jSerialComm)
 * usb:04b8:0e28[:printer|:vendor]                                     UsbTransport (usb4java/libusb)
 * tcp:HOST[:9100]                                                     TcpTransport
 * file:/dev/usb/lp0                                                   DeviceFileTransport
 * capture:PATH                                                        CaptureFileTransport (writes only)
 * sim                                                                 SimulatedTransport
 * </pre>
 *
 * {@link org.sportello.devices.transport.TransportSpec#parse} reads the string,
 * {@link org.sportello.devices.transport.Transports} makes the transport, and
 * {@link org.sportello.devices.transport.ReconnectingTransport} brings an unplugged device back.
 * Failures are {@link org.sportello.devices.transport.TransportException}s with a
 * {@link org.sportello.devices.transport.TransportException.Problem} apps can show.
 * {@link org.sportello.devices.transport.SerialPorts} and {@link org.sportello.devices.transport.UsbDevices}
 * list what the computer has, for {@code sportello devices list}.
 */
package org.sportello.devices.transport;
