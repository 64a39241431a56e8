package com.communitysuite.platform.web.campus;

import java.util.List;
import java.util.function.Function;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.communitysuite.platform.web.ApiProblem;

/**
 * The campus answer to a list request: the whole list as a plain array, or with a positive {@code limit} a page of it
 * with {@code count}/{@code next}/{@code previous}/{@code results}. The lists are the ones the unpaged request answers
 * whole anyway, so a page is cut from the list rather than queried on its own; only its rows are rendered.
 */
public final class CampusLists {

    /** DRF's zh-hans texts for a missing field and a field that is not an integer. */
    public static final String REQUIRED = "该字段是必填项。";
    public static final String NOT_AN_INTEGER = "请填写合法的整数值。";

    private CampusLists() {
    }

    /** Each row rendered on its own. */
    public static <T, V> Object answer(String limit, String offset, List<T> all, Function<T, V> view) {
        return answerRendered(limit, offset, all, rows -> rows.stream().map(view).toList());
    }

    /** The rows of the page rendered together (one look-up of what they refer to for the whole page). */
    public static <T, V> Object answerRendered(String limit, String offset, List<T> all,
            Function<List<T>, List<V>> views) {
        LimitOffsetRequest request = LimitOffsetRequest.of(limit, offset);
        if (!request.paged()) {
            return views.apply(all);
        }
        int from = Math.min(request.offset(), all.size());
        int to = (int) Math.min((long) from + request.limit(), all.size());
        return request.page(all.size(), views.apply(all.subList(from, to)), requestUrl());
    }

    /**
     * The URL the client asked for: behind the gateway the forwarded headers give its scheme, host and port; the
     * platform's trailing-slash handling hands handlers the path without its slash, so the slash the client sent is
     * put back from the request as it arrived.
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
            throw ApiProblem.badRequest(name, REQUIRED);
        }
        try {
            return Long.parseLong(value.trim());
        }
        catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name, NOT_AN_INTEGER);
        }
    }
}
