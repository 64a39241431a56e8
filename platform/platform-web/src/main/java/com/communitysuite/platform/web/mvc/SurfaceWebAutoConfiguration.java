package com.communitysuite.platform.web.mvc;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.filter.UrlHandlerFilter;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Registers the surfaces' error advice and error page in every Spring MVC service (before Spring Boot's error
 * configuration, whose default error controller then stands back).
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@Import({ AppExceptionHandler.class, MpExceptionHandler.class, CampusExceptionHandler.class,
        WxExceptionHandler.class, CodesExceptionHandler.class, PathSurfaceExceptionHandler.class,
        SurfaceErrorController.class })
public class SurfaceWebAutoConfiguration {

    /** Paths keep the documents' trailing-slash style, and both {@code /x/} and {@code /x} reach the same handler. */
    @Bean
    FilterRegistrationBean<UrlHandlerFilter> trailingSlashFilter() {
        FilterRegistrationBean<UrlHandlerFilter> registration = new FilterRegistrationBean<>(
                UrlHandlerFilter.trailingSlashHandler("/**").wrapRequest().build());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
