package com.communitysuite.platform.web.app;

import com.communitysuite.platform.web.ApiProblem;

/** A validated app-surface page request: blank {@code lastId} means the first page, {@code count} is 1 to 100. */
public record CursorRequest(String lastId, int count) {

    public static final int MAX_COUNT = 100;

    public static CursorRequest of(String lastId, Integer count) {
        if (count == null || count < 1 || count > MAX_COUNT) {
            throw ApiProblem.badRequest("count", "单页数量必须在1到100之间");
        }
        return new CursorRequest(lastId == null || lastId.isBlank() ? null : lastId, count);
    }

    public boolean isFirstPage() {
        return lastId == null;
    }
}
