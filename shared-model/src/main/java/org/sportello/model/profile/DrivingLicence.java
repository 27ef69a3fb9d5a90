package org.sportello.model.profile;

/** Driving licence categories of the EU licence (Directive 2006/126/EC), as Italian licences print them. */
public enum DrivingLicence {
    AM, A1, A2, A, B1, B, BE, C1, C1E, C, CE, D1, D1E, D, DE
}
