package com.communitysuite.gateway.auth;

import java.time.Clock;

import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration(proxyBeanMethods = false)
class AuthenticationConfiguration {

    @Bean
    @LoadBalanced
    WebClient.Builder loadBalancedWebClientBuilder() {
        return WebClient.builder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    AccountServiceClient accountServiceClient(WebClient.Builder loadBalancedWebClientBuilder, AuthProperties properties) {
        return new AccountServiceClient(loadBalancedWebClientBuilder, properties);
    }

    @Bean
    RateLimiter rateLimiter() {
        return new RateLimiter();
    }

    @Bean
    RateLimitFilter rateLimitFilter(RateLimiter rateLimiter, RateLimitProperties properties, Clock clock) {
        return new RateLimitFilter(rateLimiter, properties, clock);
    }

    @Bean
    CallerRateLimitFilter callerRateLimitFilter(RateLimiter rateLimiter, RateLimitProperties properties, Clock clock) {
        return new CallerRateLimitFilter(rateLimiter, properties, clock);
    }

    @Bean
    RevokedSessions revokedSessions(AuthProperties properties) {
        return new RevokedSessions(properties.accessTokenLifetime());
    }

    @Bean
    AccountEventsListener accountEventsListener(AccountServiceClient accounts, RevokedSessions revokedSessions,
            AuthProperties properties) {
        return new AccountEventsListener(accounts, revokedSessions, properties.accessTokenLifetime());
    }

    @Bean
    SurfaceAuthenticationFilter surfaceAuthenticationFilter(AccountServiceClient accounts,
            RevokedSessions revokedSessions, AuthProperties properties, Clock clock) {
        AccessTokenVerifier accessTokens = new AccessTokenVerifier(accounts, revokedSessions, clock);
        return new SurfaceAuthenticationFilter(
                new AppAuthenticationFilter(accounts, new ReplayGuard(properties.timestampWindow()), properties, clock),
                new TokenAuthenticationFilter(accessTokens),
                new WxAuthenticationFilter(accessTokens, accounts),
                new CodesAuthenticationFilter(accounts, properties));
    }
}
