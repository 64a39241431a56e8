package com.communitysuite.platform.security.identity;

import java.util.Map;
import java.util.Set;

/**
 * Who a request is from, as the gateway established it: an account (with its app {@code uid}, roles and levels), an
 * organization (wx API key), the gateway itself (its own look-ups), or nobody (a public endpoint). Services read the
 * caller from here and never from an id in the request.
 *
 * @param kind           what kind of caller this is
 * @param accountId      the account, for {@link Kind#ACCOUNT}
 * @param uid            the account's app uid, for {@link Kind#ACCOUNT}
 * @param sessionId      the sign-in session the credential belongs to (an mp or campus token session), when known
 * @param organizationId the organization, for {@link Kind#ORGANIZATION}
 * @param surface        the API surface the request came in on ({@code app}, {@code mp}, {@code campus}, {@code wx},
 *                       {@code codes}), or {@code internal}
 * @param roles          {@code user}, {@code admin}, ...
 * @param levels         permission levels by name (the mp {@code level} and {@code activity_level})
 * @param clientType     the app's {@code Client-Type} (0 web, 1 iOS, 2 Android), when sent
 * @param clientVersion  the app's {@code Version-Name}, when sent
 */
public record SuiteIdentity(Kind kind, Long accountId, String uid, String sessionId, Long organizationId,
        String surface, Set<String> roles, Map<String, Integer> levels, Integer clientType,
        String clientVersion) {

    public static final String ROLE_USER = "user";
    public static final String ROLE_ADMIN = "admin";

    public SuiteIdentity {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        levels = levels == null ? Map.of() : Map.copyOf(levels);
    }

    /** The kinds of caller, as they appear in the token's {@code kind} claim. */
    public enum Kind {
        ACCOUNT, ORGANIZATION, SERVICE, ANONYMOUS;

        public String claim() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Kind fromClaim(String claim) {
            for (Kind kind : values()) {
                if (kind.claim().equals(claim)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown caller kind " + claim);
        }
    }

    public static SuiteIdentity anonymous(String surface) {
        return new SuiteIdentity(Kind.ANONYMOUS, null, null, null, null, surface, Set.of(), Map.of(), null, null);
    }

    public static SuiteIdentity account(long accountId, String uid, String sessionId, String surface,
            Set<String> roles, Map<String, Integer> levels) {
        return new SuiteIdentity(Kind.ACCOUNT, accountId, uid, sessionId, null, surface, roles, levels, null, null);
    }

    public static SuiteIdentity organization(long organizationId, String surface) {
        return new SuiteIdentity(Kind.ORGANIZATION, null, null, null, organizationId, surface, Set.of("organization"),
                Map.of(), null, null);
    }

    /** The gateway (or a job of a service) calling an {@code /internal} endpoint on its own behalf. */
    public static SuiteIdentity service(String name) {
        return new SuiteIdentity(Kind.SERVICE, null, name, null, null, "internal", Set.of("service"), Map.of(), null,
                null);
    }

    public SuiteIdentity withClient(Integer type, String version) {
        return new SuiteIdentity(kind, accountId, uid, sessionId, organizationId, surface, roles, levels, type,
                version);
    }

    public boolean isAccount() {
        return kind == Kind.ACCOUNT;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The token's subject: the account id, {@code org:<id>}, {@code service:<name>} or {@code anonymous}. */
    public String subject() {
        return switch (kind) {
            case ACCOUNT -> Long.toString(accountId);
            case ORGANIZATION -> "org:" + organizationId;
            case SERVICE -> "service:" + uid;
            case ANONYMOUS -> "anonymous";
        };
    }
}
