package com.communitysuite.activity.campus;

import java.util.List;
import java.util.function.Function;

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
        return request.page(all.size(), view.apply(all.subList(from, to)),
                ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString());
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
