package com.communitysuite.platform.web.app;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The app surface's list page: {@code {"page": {"lastId", "count"}, "list": [...]}}. The client sends back the
 * {@code lastId} it got to read on; a missing {@code lastId} is the first page.
 */
public record CursorPage<T>(Cursor page, List<T> list) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cursor(String lastId, int count) {
    }

    public static <T> CursorPage<T> of(List<T> list, String lastId, int count) {
        return new CursorPage<>(new Cursor(lastId, count), list);
    }
}
