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

    /**
     * A database that cannot be reached right now (down, restarting, its pool exhausted): the request may succeed if
     * tried again, so it is a 503, not a 500.
     */
    private static final java.util.Set<String> UNAVAILABLE = java.util.Set.of(
            "org.springframework.transaction.CannotCreateTransactionException",
            "org.springframework.dao.DataAccessResourceFailureException",
            "org.hibernate.exception.JDBCConnectionException",
            // Begin, commit or rollback failed on the JDBC connection itself (a connection the pool closed under it).
            "org.hibernate.TransactionException");

    private MalformedRequests() {
    }

    /**
     * Also a connection that broke under a statement (SQL state class 08, "connection exception"), however the
     * persistence layer wrapped it.
     */
    static boolean isUnavailableDependency(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException
                    || cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08")) {
                return true;
            }
            for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
                if (UNAVAILABLE.contains(type.getName())) {
                    return true;
                }
            }
        }
        return false;
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
