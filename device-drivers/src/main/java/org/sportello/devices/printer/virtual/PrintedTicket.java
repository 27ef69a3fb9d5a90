package org.sportello.devices.printer.virtual;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * One ticket as the virtual printer put it on paper: the image (1 pixel = 1 dot) and the text
 * lines it decoded, so tests and the demo can check words without reading pixels.
 */
public record PrintedTicket(BufferedImage image, List<String> textLines) {
    public PrintedTicket {
        textLines = List.copyOf(textLines);
    }

    public String text() {
        return String.join("\n", textLines);
    }
}
