package com.communitysuite.clubroom.people;

import tools.jackson.databind.JsonNode;

/** Reading other services' event data, which this service decodes itself (it never imports their classes). */
final class Events {

    private Events() {
    }

    /** A text field, or null when it is absent or null. */
    static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
