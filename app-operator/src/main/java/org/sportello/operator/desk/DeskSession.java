package org.sportello.operator.desk;

import org.sportello.model.auth.OperatorSession;
import org.sportello.model.office.OfficeInfo;

/** Who sits at which counter of which office: what a successful login hands to the desk. */
public record DeskSession(OperatorSession operator, CounterProfile counter, OfficeInfo office) {
}
