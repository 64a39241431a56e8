package com.communitysuite.platform.openapi;

import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotationIntrospectorPair;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The services serialise with Jackson 3, whose {@code @JsonNaming} ({@code tools.jackson}) swagger-core's Jackson 2
 * does not read: without this, a snake_case view would be described in camelCase. Property names from the shared
 * {@code com.fasterxml.jackson.annotation} annotations ({@code @JsonProperty}) are read by both already. Written by
 * hand because springdoc has no Jackson 3 model resolver yet.
 */
final class Jackson3Naming extends NopAnnotationIntrospector {

    private static final long serialVersionUID = 1L;

    private Jackson3Naming() {
    }

    /** Into the mappers swagger-core resolves schemas with (OpenAPI 3.0 and 3.1); once per JVM. */
    static synchronized void install() {
        installInto(Json.mapper());
        installInto(Json31.mapper());
    }

    private static void installInto(ObjectMapper mapper) {
        if (!(mapper.getSerializationConfig().getAnnotationIntrospector() instanceof Pair)) {
            mapper.setAnnotationIntrospector(new Pair(new Jackson3Naming(),
                    mapper.getSerializationConfig().getAnnotationIntrospector()));
        }
    }

    /** The same strategy of Jackson 2 ({@code PropertyNamingStrategies.SnakeCaseStrategy}, ...), by its name. */
    @Override
    public Object findNamingStrategy(AnnotatedClass type) {
        JsonNaming naming = type.getAnnotation(JsonNaming.class);
        if (naming == null) {
            return null;
        }
        try {
            return Class.forName("com.fasterxml.jackson.databind.PropertyNamingStrategies$"
                    + naming.value().getSimpleName());
        }
        catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** Marks the mappers it was installed into. */
    private static final class Pair extends AnnotationIntrospectorPair {

        private static final long serialVersionUID = 1L;

        Pair(com.fasterxml.jackson.databind.AnnotationIntrospector primary,
                com.fasterxml.jackson.databind.AnnotationIntrospector secondary) {
            super(primary, secondary);
        }
    }
}
