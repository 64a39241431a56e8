package com.communitysuite.platform.web.campus;

import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A campus list request. As in the original (LimitOffsetPagination with no default page size), a list is paged
 * only when {@code limit} is a positive number; otherwise the whole list is answered as a plain array.
 */
public record LimitOffsetRequest(Integer limit, int offset) {

    public static LimitOffsetRequest of(String limit, String offset) {
        Integer parsedLimit = parse(limit);
        Integer parsedOffset = parse(offset);
        return new LimitOffsetRequest(parsedLimit != null && parsedLimit > 0 ? parsedLimit : null,
                parsedOffset != null && parsedOffset > 0 ? parsedOffset : 0);
    }

    public boolean paged() {
        return limit != null;
    }

    /**
     * @param requestUrl the full URL of the request, whose {@code limit}/{@code offset} are replaced in the links
     */
    public <T> LimitOffsetPage<T> page(long count, List<T> results, String requestUrl) {
        String next = offset + limit < count ? link(requestUrl, offset + limit) : null;
        String previous = offset > 0 ? link(requestUrl, Math.max(0, offset - limit)) : null;
        return new LimitOffsetPage<>(count, next, previous, results);
    }

    private String link(String requestUrl, int newOffset) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(requestUrl).replaceQueryParam("limit", limit);
        if (newOffset > 0) {
            builder.replaceQueryParam("offset", newOffset);
        }
        else {
            builder.replaceQueryParam("offset");
        }
        return builder.build().toUriString();
    }

    private static Integer parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.trim());
        }
        catch (NumberFormatException e) {
            return null;
        }
    }
}
