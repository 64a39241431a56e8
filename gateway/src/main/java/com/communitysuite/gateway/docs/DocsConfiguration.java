package com.communitysuite.gateway.docs;

import java.net.URI;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code /docs} leads to the API documents' UI. springdoc serves its page at {@code springdoc.swagger-ui.path}
 * ({@code /docs/index.html}) and its files beside it under {@code /docs/swagger-ui/}; the documents themselves are
 * the services', routed as {@code /docs/api/<service>/<surface>}.
 */
@Configuration(proxyBeanMethods = false)
class DocsConfiguration {

    static final URI UI = URI.create("/docs/index.html");

    @Bean
    RouterFunction<ServerResponse> docsEntrance() {
        return RouterFunctions.route(RequestPredicates.GET("/docs").or(RequestPredicates.GET("/docs/")),
                request -> ServerResponse.temporaryRedirect(UI).build());
    }
}
