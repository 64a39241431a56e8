package com.communitysuite.meeting.conferencing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The meeting platforms offered, by name. */
public class MeetingPlatforms {

    private final Map<String, MeetingPlatform> byName = new LinkedHashMap<>();

    public MeetingPlatforms(List<MeetingPlatform> platforms) {
        platforms.forEach(platform -> byName.put(platform.name(), platform));
    }

    public Set<String> names() {
        return byName.keySet();
    }

    public Optional<MeetingPlatform> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
