package com.communitysuite.user.group;

import java.util.Arrays;
import java.util.Optional;

/** The mp group kinds: 1 SIG, 2 MSG, 3 Pro (专家委员会); the names the events carry. */
public enum GroupType {
    SIG(1, "SIG", "SIG会议"), MSG(2, "MSG", "MSG会议"), PRO(3, "Pro", "专家委员会");

    private final int code;
    private final String eventName;
    private final String description;

    GroupType(int code, String eventName, String description) {
        this.code = code;
        this.eventName = eventName;
        this.description = description;
    }

    public static Optional<GroupType> of(int code) {
        return Arrays.stream(values()).filter(t -> t.code == code).findFirst();
    }

    public int code() {
        return code;
    }

    public String eventName() {
        return eventName;
    }

    /** What the original's UserGroupSerializer showed as {@code description}. */
    public String description() {
        return description;
    }
}
