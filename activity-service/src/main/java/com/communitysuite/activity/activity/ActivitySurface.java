package com.communitysuite.activity.activity;

/** The surface an activity was created on (the {@code surface} column): each surface lists its own. */
public final class ActivitySurface {

    public static final String MP = "mp";
    public static final String CAMPUS = "campus";
    public static final String CODES = "codes";

    private ActivitySurface() {
    }
}
