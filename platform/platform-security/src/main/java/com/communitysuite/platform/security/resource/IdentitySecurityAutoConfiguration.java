package com.communitysuite.platform.security.resource;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.communitysuite.platform.security.identity.IdentityProperties;
import com.communitysuite.platform.security.identity.SuiteIdentity;

import feign.RequestInterceptor;
import io.micrometer.context.ContextExecutorService;
import io.micrometer.context.ContextSnapshotFactory;
import jakarta.servlet.DispatcherType;

/**
 * Every service is an OAuth2 resource server of the gateway's identity tokens: each request but health and metrics
 * must carry one, the caller is available to controllers as a {@code SuiteIdentity} parameter, and Feign calls made
 * while serving a request pass the same token on.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ SecurityFilterChain.class, JwtDecoder.class })
@EnableConfigurationProperties(IdentityProperties.class)
@EnableWebSecurity
@EnableMethodSecurity
public class IdentitySecurityAutoConfiguration {

    @Bean
    JwtDecoder identityTokenDecoder(IdentityProperties properties) {
        return new VerifiedTokenCache(IdentityTokenDecoder.of(properties), properties.tokenValidity(),
                Clock.systemUTC());
    }

    @Bean
    SecurityFilterChain identitySecurityFilterChain(HttpSecurity http, JwtDecoder identityTokenDecoder)
            throws Exception {
        SurfaceShapedSecurityErrors errors = new SurfaceShapedSecurityErrors();
        return http
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                                "/actuator/prometheus")
                        .permitAll()
                        // No route leads here; a caller must hold a service's identity or a user's forwarded one.
                        .requestMatchers("/internal/**").access(IdentitySecurityAutoConfiguration::notAnonymous)
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(identityTokenDecoder)
                                .jwtAuthenticationConverter(new IdentityAuthenticationConverter()))
                        .authenticationEntryPoint(errors)
                        .accessDeniedHandler(errors))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .build();
    }

    @Bean(AccessRules.BEAN_NAME)
    AccessRules accessRules() {
        return new AccessRules();
    }

    private static AuthorizationDecision notAnonymous(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        boolean granted = caller instanceof JwtAuthenticationToken token
                && token.getDetails() instanceof SuiteIdentity identity
                && identity.kind() != SuiteIdentity.Kind.ANONYMOUS;
        return new AuthorizationDecision(granted);
    }

    @Bean
    WebMvcConfigurer suiteIdentityArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new SuiteIdentityArgumentResolver());
            }
        };
    }

    @Bean
    ServiceIdentityTokens serviceIdentityTokens(IdentityProperties properties, Environment environment) {
        return new ServiceIdentityTokens(properties.serviceSigningKey(),
                environment.getProperty("spring.application.name", "service"), properties.tokenValidity(),
                Clock.systemUTC());
    }

    /**
     * Feign calls made for a user (or an organization key) carry the identity token of the request they are made for;
     * calls made for an anonymous caller, or outside any request, carry the service's own identity.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(RequestInterceptor.class)
    static class FeignIdentityForwarding {

        @Bean
        RequestInterceptor identityTokenForwarding(ServiceIdentityTokens serviceTokens) {
            return template -> {
                if (template.headers().containsKey(HttpHeaders.AUTHORIZATION)) {
                    return;
                }
                Optional<JwtAuthenticationToken> caller = CurrentIdentity.token()
                        .filter(token -> ((SuiteIdentity) token.getDetails()).kind() != SuiteIdentity.Kind.ANONYMOUS);
                if (caller.isPresent()) {
                    template.header(HttpHeaders.AUTHORIZATION, "Bearer " + caller.get().getToken().getTokenValue());
                    return;
                }
                Optional<String> own = serviceTokens.token();
                if (own.isPresent()) {
                    template.header(HttpHeaders.AUTHORIZATION, "Bearer " + own.get());
                }
                else {
                    CurrentIdentity.token().ifPresent(token -> template.header(HttpHeaders.AUTHORIZATION,
                            "Bearer " + token.getToken().getTokenValue()));
                }
            };
        }
    }

    /**
     * Feign calls behind a circuit breaker run on the breaker's threads; those threads get the calling thread's
     * context (security and tracing) so the token and the trace follow the call.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ Resilience4JCircuitBreakerFactory.class, ContextExecutorService.class })
    static class CircuitBreakerContextPropagation {

        @Bean
        Customizer<Resilience4JCircuitBreakerFactory> contextPropagatingCircuitBreakerThreads() {
            ContextSnapshotFactory snapshots = ContextSnapshotFactory.builder().build();
            return factory -> factory.configureExecutorService(
                    ContextExecutorService.wrap(Executors.newCachedThreadPool(), snapshots));
        }
    }
}
