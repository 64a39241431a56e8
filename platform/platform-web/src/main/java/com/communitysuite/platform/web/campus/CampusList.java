package com.communitysuite.platform.web.campus;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a campus list handler that answers with {@link CampusLists}: its rows are of {@link #value()}, and the answer
 * is a plain array of them or, with a positive {@code limit}, a {@link LimitOffsetPage} of them. The handler returns
 * {@code Object} because the answer is one or the other; platform-openapi describes it from this annotation.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CampusList {

    /** The type of a row, as serialised. */
    Class<?> value();
}
