package com.communitysuite.platform.web.mvc;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.DispatcherServlet;

/** Registers the surfaces' error advice in every Spring MVC service. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@Import({ AppExceptionHandler.class, MpExceptionHandler.class, CampusExceptionHandler.class,
        WxExceptionHandler.class, CodesExceptionHandler.class, PathSurfaceExceptionHandler.class })
public class SurfaceWebAutoConfiguration {
}
