package org.sportello.model.office;

import java.io.Serializable;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

/** A queue service as the kiosk and the counters see it. */
public record ServiceInfo(
        UUID id,
        String prefix,
        String nameIt,
        String nameEn,
        String descriptionIt,
        String descriptionEn,
        Area area,
        Duration targetWait,
        Duration defaultServiceTime,
        int displayOrder,
        OpeningHours hours) implements Serializable {

    public String name(Locale locale) {
        return "it".equals(locale.getLanguage()) ? nameIt : nameEn;
    }

    public String description(Locale locale) {
        String d = "it".equals(locale.getLanguage()) ? descriptionIt : descriptionEn;
        return d == null ? "" : d;
    }
}
