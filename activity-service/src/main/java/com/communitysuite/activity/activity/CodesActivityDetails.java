package com.communitysuite.activity.activity;

import java.time.Instant;
import java.util.List;

/** The request-code protocol's details of an activity (10302) after its rules accepted them. */
public record CodesActivityDetails(String title, List<String> tags, Instant startAt, Instant endAt,
        Instant joinDeadline, String location, boolean free, String price, String content, int maxParticipants,
        Integer minParticipants) {
}
