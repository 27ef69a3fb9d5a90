package org.sportello.devices.card;

import java.time.Duration;

/** Reads an operator badge's UID from a PC/SC reader (contactless readers answer GET DATA for any card). */
public final class PcscBadgeReader implements BadgeReader {
    private final String readerNameContains;

    public PcscBadgeReader(String readerNameContains) {
        this.readerNameContains = readerNameContains;
    }

    @Override
    public BadgeRead read(Duration timeout) {
        return PcscAccess.withCard(readerNameContains, timeout, OperatorBadges::fromUid,
                (error, detail) -> BadgeRead.failed(BadgeSource.PCSC_UID, error, detail));
    }
}
