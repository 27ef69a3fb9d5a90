package org.sportello.display;

/** The sound of a new call. Must return at once and never fail, with or without a sound card. */
@FunctionalInterface
public interface Chime {
    void play();

    Chime SILENT = () -> { };
}
