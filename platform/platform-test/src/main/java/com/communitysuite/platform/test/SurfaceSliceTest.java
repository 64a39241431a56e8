package com.communitysuite.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A slice test of surface controllers: Spring MVC with the surfaces' error advice and the services' identity
 * security (tokens from {@link TestIdentities}), the named controllers, and nothing else — the application services
 * they call are mocked with {@code @MockitoBean}. For shapes and bad input; flows belong to the shared
 * {@link ServiceIntegrationTest} context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@WebMvcTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestIdentityKeysInitializer.class)
public @interface SurfaceSliceTest {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
