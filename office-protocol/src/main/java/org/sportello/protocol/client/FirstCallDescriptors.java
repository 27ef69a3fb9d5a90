package org.sportello.protocol.client;

import org.sportello.protocol.v1.AuthOuterClass;
import org.sportello.protocol.v1.DirectoryOuterClass;
import org.sportello.protocol.v1.EventsOuterClass;
import org.sportello.protocol.v1.QueueOuterClass;

/**
 * The message descriptors of a station's first calls (who it is and the office's services, the queue,
 * the events, the desk's login). protobuf builds them from the .proto texts on first use, which would
 * be the first call a screen makes; a station builds them while its toolkit starts (issue 15).
 */
public final class FirstCallDescriptors {
    private FirstCallDescriptors() {
    }

    public static void build() {
        DirectoryOuterClass.getDescriptor();
        QueueOuterClass.getDescriptor();
        EventsOuterClass.getDescriptor();
        AuthOuterClass.getDescriptor();
    }
}
