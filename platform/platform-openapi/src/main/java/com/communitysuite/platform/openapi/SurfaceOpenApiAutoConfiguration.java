package com.communitysuite.platform.openapi;

import java.util.EnumSet;
import java.util.Set;

import org.springdoc.core.models.GroupedOpenApi;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;

/**
 * One springdoc group per public surface the service serves, {@code /v3/api-docs/<surface>}: the operations of the
 * controllers annotated with that surface's annotation ({@code @AppApi}, {@code @MpApi}, ...), never
 * {@code /internal/**}, described as the client sees them through the gateway. A surface without a controller in the
 * service gets no group. springdoc builds a document when it is first asked for.
 */
@AutoConfiguration(beforeName = { "org.springdoc.core.configuration.SpringDocConfiguration",
        "org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration",
        "org.springdoc.webmvc.core.configuration.MultipleOpenApiSupportConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(GroupedOpenApi.class)
@Import({ SurfaceOpenApiAutoConfiguration.SurfaceGroups.class, UnknownGroupHandler.class })
public class SurfaceOpenApiAutoConfiguration {

    static final String INTERNAL_PATHS = "/internal/**";
    /** A controller argument platform-security resolves from the gateway's identity token: not a request parameter. */
    private static final String SUITE_IDENTITY = "com.communitysuite.platform.security.identity.SuiteIdentity";

    /**
     * Registered from the controllers' bean definitions (so no controller is created early to find its surface),
     * while configuration is read: springdoc serves groups only when it finds their beans then.
     */
    static final class SurfaceGroups implements ImportBeanDefinitionRegistrar, EnvironmentAware {

        private String service = "service";

        @Override
        public void setEnvironment(Environment environment) {
            service = environment.getProperty("spring.application.name", "service");
        }

        @Override
        public void registerBeanDefinitions(AnnotationMetadata importingClass, BeanDefinitionRegistry registry) {
            Set<SurfaceDocument> present = EnumSet.noneOf(SurfaceDocument.class);
            for (String name : registry.getBeanDefinitionNames()) {
                BeanDefinition definition = registry.getBeanDefinition(name);
                for (SurfaceDocument surface : SurfaceDocument.values()) {
                    if (serves(definition, surface)) {
                        present.add(surface);
                    }
                }
            }
            for (SurfaceDocument surface : present) {
                String service = this.service;
                registry.registerBeanDefinition("surfaceOpenApi." + surface.group(),
                        new RootBeanDefinition(GroupedOpenApi.class, () -> group(surface, service)));
            }
        }

        private static boolean serves(BeanDefinition definition, SurfaceDocument surface) {
            String annotation = surface.annotation().getName();
            if (definition instanceof AnnotatedBeanDefinition annotated) {
                return annotated.getMetadata().isAnnotated(annotation);
            }
            String className = definition.getBeanClassName();
            if (className == null) {
                return false;
            }
            try {
                Class<?> type = ClassUtils.forName(className, SurfaceGroups.class.getClassLoader());
                return AnnotatedElementUtils.hasAnnotation(type, surface.annotation());
            }
            catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }
    }

    static GroupedOpenApi group(SurfaceDocument surface, String service) {
        Jackson3Naming.install();
        ignoreResolvedArguments();
        return GroupedOpenApi.builder()
                .group(surface.group())
                .pathsToExclude(INTERNAL_PATHS)
                .addOpenApiMethodFilter(method -> AnnotatedElementUtils.hasAnnotation(method.getDeclaringClass(),
                        surface.annotation()))
                .addOperationCustomizer(new CampusListResponses())
                .addOpenApiCustomizer(document -> surface.describe(document, service))
                .build();
    }

    private static void ignoreResolvedArguments() {
        ClassLoader loader = SurfaceOpenApiAutoConfiguration.class.getClassLoader();
        if (ClassUtils.isPresent(SUITE_IDENTITY, loader)) {
            SpringDocUtils.getConfig().addRequestWrapperToIgnore(ClassUtils.resolveClassName(SUITE_IDENTITY, loader));
        }
    }
}
