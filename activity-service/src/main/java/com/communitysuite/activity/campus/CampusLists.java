package com.communitysuite.activity.campus;

import java.util.List;
import java.util.function.Function;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.communitysuite.platform.web.ApiProblem;
import com.communitysuite.platform.web.campus.LimitOffsetRequest;

/**
 * The campus answer to a list request: the whole list as a plain array, or with a positive {@code limit} a page of it
 * ({@code count}/{@code next}/{@code previous}/{@code results}).
 */
public final class CampusLists {

    private CampusLists() {
    }

    public static <T, V> Object answer(String limit, String offset, List<T> all, Function<List<T>, List<V>> view) {
        LimitOffsetRequest request = LimitOffsetRequest.of(limit, offset);
        if (!request.paged()) {
            return view.apply(all);
        }
        int from = Math.min(request.offset(), all.size());
        int to = (int) Math.min((long) from + request.limit(), all.size());
        return request.page(all.size(), view.apply(all.subList(from, to)), requestUrl());
    }

    /**
     * The URL the client asked for: behind the gateway the forwarded headers give its scheme, host and port; the
     * platform's trailing-slash handling hands handlers the path without its slash, so the slash the client sent is
     * put back from the request as it arrived (as club-room-service's campus lists do).
     */
    private static String requestUrl() {
        ServletUriComponentsBuilder url = ServletUriComponentsBuilder.fromCurrentRequest();
        ServletRequest arrived = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        while (arrived instanceof ServletRequestWrapper wrapper) {
            arrived = wrapper.getRequest();
        }
        String path = url.build().getPath();
        if (arrived instanceof HttpServletRequest raw && raw.getRequestURI().endsWith("/") && path != null
                && !path.endsWith("/")) {
            url.replacePath(path + "/");
        }
        return url.build().toUriString();
    }

    /** A query parameter holding an id, as DRF's integer field reads it. */
    public static long requiredId(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ApiProblem.badRequest(name, CampusFields.REQUIRED);
        }
        try {
            return Long.parseLong(value.trim());
        }
        catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name, CampusFields.NOT_AN_INTEGER);
        }
    }
}
