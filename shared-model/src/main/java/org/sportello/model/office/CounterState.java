package org.sportello.model.office;

public enum CounterState {
    CLOSED,
    OPEN,
    PAUSED
}
