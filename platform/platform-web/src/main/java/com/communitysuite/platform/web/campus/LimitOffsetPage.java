package com.communitysuite.platform.web.campus;

import java.util.List;

/** The campus surface's page, as Django REST framework's LimitOffsetPagination wrote it. */
public record LimitOffsetPage<T>(long count, String next, String previous, List<T> results) {
}
