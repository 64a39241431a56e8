package com.communitysuite.platform.web.mp;

import java.util.List;

import com.communitysuite.platform.web.ApiProblem;

/**
 * An mp page request as the original paginator read it: {@code page} from 1 (default 1), {@code size} default 10
 * and at most 50; a size that is not a positive number falls back to 10. A page that is not a positive number is
 * bad input.
 */
public record PageNumberRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 50;

    public static PageNumberRequest of(String page, String size) {
        int pageNumber = page == null || page.isBlank() ? 1 : parsePositive(page, -1);
        if (pageNumber < 1) {
            throw ApiProblem.badRequest("page", "Invalid page.");
        }
        int pageSize = Math.min(parsePositive(size, DEFAULT_SIZE), MAX_SIZE);
        return new PageNumberRequest(pageNumber, pageSize);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }

    public <T> PageNumberPage<T> page(long total, List<T> data) {
        return new PageNumberPage<>(total, page, size, data);
    }

    private static int parsePositive(String text, int fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            return value > 0 ? value : fallback;
        }
        catch (NumberFormatException e) {
            return fallback;
        }
    }
}
