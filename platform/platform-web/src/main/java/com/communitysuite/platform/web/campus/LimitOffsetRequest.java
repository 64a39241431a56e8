package com.communitysuite.platform.web.campus;

import java.util.List;
import java.util.TreeMap;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponents;
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

    /** As DRF builds them: the request's URL with limit and offset replaced and the query sorted by name. */
    private String link(String requestUrl, int newOffset) {
        UriComponents request = UriComponentsBuilder.fromUriString(requestUrl).build();
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>(new TreeMap<>(request.getQueryParams()));
        query.set("limit", Integer.toString(limit));
        if (newOffset > 0) {
            query.set("offset", Integer.toString(newOffset));
        }
        else {
            query.remove("offset");
        }
        return UriComponentsBuilder.newInstance().uriComponents(request).replaceQueryParams(query).build()
                .toUriString();
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
