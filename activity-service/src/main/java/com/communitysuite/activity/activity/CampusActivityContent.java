package com.communitysuite.activity.activity;

import java.time.Instant;

/**
 * What a campus user writes of an activity, checked by the campus controller: its name, times, capacity
 * ({@code contain} >= 1), description, category and address.
 */
public record CampusActivityContent(String name, Instant beginAt, Instant endAt, int contain, String description,
        Long categoryId, long locationId) {
}
