package com.communitysuite.gateway.auth;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A list of requests named in configuration, each {@code [METHOD ]pattern} (for example {@code GET /mp/activities/**}
 * or {@code /mp/login/**} for every method), matched against a request's path with its trailing slash removed, so
 * that {@code /x} and {@code /x/} are the same request.
 */
final class RequestRules {

    private static final PathPatternParser PATTERNS = new PathPatternParser();

    private final List<Rule> rules;

    private RequestRules(List<Rule> rules) {
        this.rules = rules;
    }

    /** @throws IllegalArgumentException for an entry that is not {@code [METHOD ]pattern} */
    static RequestRules of(List<String> entries) {
        return new RequestRules(entries == null ? List.of() : entries.stream().map(RequestRules::parse).toList());
    }

    boolean matches(Target target) {
        for (Rule rule : rules) {
            if (rule.matches(target)) {
                return true;
            }
        }
        return false;
    }

    private static Rule parse(String entry) {
        String trimmed = entry.trim();
        int space = trimmed.indexOf(' ');
        if (space < 0) {
            return new Rule(null, PATTERNS.parse(trimmed));
        }
        HttpMethod method = HttpMethod.valueOf(trimmed.substring(0, space).toUpperCase(Locale.ROOT));
        String pattern = trimmed.substring(space + 1).trim();
        if (!Arrays.asList(HttpMethod.values()).contains(method) || !pattern.startsWith("/")) {
            throw new IllegalArgumentException("not [METHOD ]/pattern: " + entry);
        }
        return new Rule(method, PATTERNS.parse(pattern));
    }

    private record Rule(HttpMethod method, PathPattern pattern) {

        boolean matches(Target target) {
            return (method == null || method.equals(target.method())) && pattern.matches(target.path());
        }
    }

    /** A request's method and path without a trailing slash, parsed once per request for every rule. */
    record Target(HttpMethod method, PathContainer path) {

        static Target of(ServerWebExchange exchange) {
            String path = exchange.getRequest().getPath().pathWithinApplication().value();
            String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            return new Target(exchange.getRequest().getMethod(), PathContainer.parsePath(trimmed));
        }
    }
}
