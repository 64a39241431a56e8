package com.communitysuite.clubroom.room;

import java.time.Duration;
import java.time.Instant;

/**
 * Something a speaker shows the room: an image or a link until they clear it, or an icon until {@code until} (the
 * original let an icon go after about 15 s). An icon past its time is no longer shown, whether or not the sweep that
 * tells everyone has run yet.
 *
 * @param until null for an image or a link
 */
public record ShownTool(ToolKind kind, String data, Instant until) {

    /** @throws com.communitysuite.platform.domain.InvalidInputException when the content does not fit the kind */
    static ShownTool show(ToolKind kind, String data, Instant now, Duration iconLifetime) {
        return new ShownTool(kind, kind.check(data), kind == ToolKind.ICON ? now.plus(iconLifetime) : null);
    }

    public boolean shownAt(Instant now) {
        return until == null || now.isBefore(until);
    }
}
