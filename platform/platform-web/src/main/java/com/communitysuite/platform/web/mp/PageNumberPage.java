package com.communitysuite.platform.web.mp;

import java.util.List;

/** The mp surface's page: {@code {"total", "page", "size", "data"}}. */
public record PageNumberPage<T>(long total, int page, int size, List<T> data) {
}
