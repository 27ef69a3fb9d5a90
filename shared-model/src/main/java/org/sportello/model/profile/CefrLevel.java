package org.sportello.model.profile;

/** The Common European Framework of Reference levels a language is known at. */
public enum CefrLevel {
    A1, A2, B1, B2, C1, C2
}
