package com.communitysuite.launcher;

import java.util.List;

/**
 * One JVM of the suite: its Maven module (whose jar it runs), its Eureka application name (null for discovery) and
 * its local port, counted from the suite's base port in the order of ARCHITECTURE.md.
 */
public record SuiteService(String name, String module, int portOffset, String eurekaName) {

    /** In start order: discovery first, as everything registers with it. */
    public static final List<SuiteService> ALL = List.of(
            new SuiteService("discovery", "discovery", 681, null),
            new SuiteService("gateway", "gateway", 0, "GATEWAY"),
            new SuiteService("account-service", "account-service", 1, "ACCOUNT-SERVICE"),
            new SuiteService("user-service", "user-service", 2, "USER-SERVICE"),
            new SuiteService("meeting-service", "meeting-service", 3, "MEETING-SERVICE"),
            new SuiteService("activity-service", "activity-service", 4, "ACTIVITY-SERVICE"),
            new SuiteService("club-room-service", "club-room-service", 5, "CLUB-ROOM-SERVICE"),
            new SuiteService("notification-service", "notification-service", 6, "NOTIFICATION-SERVICE"));

    public static SuiteService named(String name) {
        return ALL.stream().filter(s -> s.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + name));
    }

    public boolean isDiscovery() {
        return eurekaName == null;
    }
}
