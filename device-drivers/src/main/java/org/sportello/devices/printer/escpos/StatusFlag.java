package org.sportello.devices.printer.escpos;

/**
 * Every condition an ESC/POS printer reports through DLE EOT 1–4 or GS a automatic status back.
 * The grouping follows the four DLE EOT requests.
 */
public enum StatusFlag {
    // DLE EOT 1: printer status
    DRAWER_PIN3_HIGH,
    OFFLINE,
    WAITING_FOR_ONLINE_RECOVERY,
    FEED_BUTTON_PRESSED,
    // DLE EOT 2: offline cause
    COVER_OPEN,
    PAPER_FED_BY_BUTTON,
    PAPER_END_STOP,
    ERROR,
    // DLE EOT 3: error cause
    RECOVERABLE_ERROR,
    AUTOCUTTER_ERROR,
    UNRECOVERABLE_ERROR,
    AUTO_RECOVERABLE_ERROR,
    // DLE EOT 4: roll paper sensor
    PAPER_NEAR_END,
    PAPER_END
}
