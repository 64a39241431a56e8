package com.communitysuite.activity.activity;

/** The mp list filter {@code activity_status}; any other value is ignored, as the original ignored it. */
public enum MpPhaseFilter {
    ANY, REGISTERING, GOING, COMPLETED;

    public static MpPhaseFilter of(String value) {
        if (value == null) {
            return ANY;
        }
        return switch (value) {
            case "registering" -> REGISTERING;
            case "going" -> GOING;
            case "completed" -> COMPLETED;
            default -> ANY;
        };
    }
}
