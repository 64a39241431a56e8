package com.communitysuite.activity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import com.communitysuite.platform.test.MutableClock;
import com.communitysuite.platform.test.ServiceIntegrationTest;

/** activity-service's one shared test context: the whole service with a clock tests can move. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServiceIntegrationTest
@Import(ActivityServiceTest.TestDoubles.class)
public @interface ActivityServiceTest {

    @TestConfiguration(proxyBeanMethods = false)
    class TestDoubles {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }
}
