package org.sportello.devices.scanner;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * How a serial scanner's byte stream is cut into scans.
 *
 * @param suffix             what ends a frame
 * @param customSuffix       the byte for {@link FrameSuffix#CUSTOM}
 * @param interByteTimeout   a started frame with no new byte for this long is dropped, so its
 *                           half never sticks to the front of the next scan
 * @param maxLength          longest accepted frame; QR codes with a ticket id fit easily
 * @param charset            how bytes become text (scanners send ASCII/UTF-8 for our codes)
 */
public record ScanFraming(FrameSuffix suffix, byte customSuffix, Duration interByteTimeout, int maxLength,
                          Charset charset) {
    public static ScanFraming defaults() {
        return new ScanFraming(FrameSuffix.ANY_LINE_END, (byte) 0, Duration.ofMillis(200), 512, StandardCharsets.UTF_8);
    }

    public ScanFraming withSuffix(FrameSuffix suffix) {
        return new ScanFraming(suffix, customSuffix, interByteTimeout, maxLength, charset);
    }

    public ScanFraming withCustomSuffix(byte value) {
        return new ScanFraming(FrameSuffix.CUSTOM, value, interByteTimeout, maxLength, charset);
    }
}
