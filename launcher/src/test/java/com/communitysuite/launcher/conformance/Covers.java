package com.communitysuite.launcher.conformance;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The documented operations an end-to-end test drives through the gateway, by {@link ApiOperation#key()}, such as
 * {@code @Covers({"app POST /club", "app GET /club/{clubId}"})}. The conformance table counts an operation as passing
 * when every test that covers it passed, and the build fails for an operation no test covers.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(ConformanceRecorder.class)
public @interface Covers {

    String[] value();
}
