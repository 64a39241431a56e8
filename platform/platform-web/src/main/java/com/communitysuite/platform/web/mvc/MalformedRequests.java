package com.communitysuite.platform.web.mvc;

/**
 * Failures that mean the request itself could not be read, whatever the handler: the servlet container's parameter
 * parsing ({@code %ZZ} in a form body or query), a form body a filter could not decode, a request the security
 * firewall rejected. They are the client's fault (400), not the service's (500).
 */
final class MalformedRequests {

    /** By name, as neither Tomcat nor Spring Security is a dependency of this library. */
    private static final java.util.Set<String> MALFORMED = java.util.Set.of(
            "org.apache.tomcat.util.http.InvalidParameterException",
            "org.springframework.security.web.firewall.RequestRejectedException");

    private MalformedRequests() {
    }

    /** @param fromAFilter whether it was thrown outside a handler, where an illegal argument can only be the input's */
    static boolean isMalformed(Throwable failure, boolean fromAFilter) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
                if (MALFORMED.contains(type.getName())) {
                    return true;
                }
            }
            if (fromAFilter && cause instanceof IllegalArgumentException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
