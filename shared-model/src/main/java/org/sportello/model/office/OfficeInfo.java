package org.sportello.model.office;

import java.time.ZoneId;
import java.util.UUID;

public record OfficeInfo(UUID id, String code, String name, String address, ZoneId zone) {
}
