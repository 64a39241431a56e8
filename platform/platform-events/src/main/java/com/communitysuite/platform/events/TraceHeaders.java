package com.communitysuite.platform.events;

import java.util.Map;

/** The W3C trace context of the current span, as headers to store with an event and send with its record. */
@FunctionalInterface
public interface TraceHeaders {

    Map<String, String> current();

    TraceHeaders NONE = Map::of;
}
