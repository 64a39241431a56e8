package com.communitysuite.launcher.conformance;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The authorization matrix as the end-to-end tests of this JVM found it: for a documented operation that changes
 * something and a kind of caller, what the caller was expected to get and what the gateway answered.
 * {@link AuthorizationMatrixIT} writes it to {@code docs/authorization.md} and fails the build for an operation
 * with a caller nobody tried.
 */
public final class AuthorizationMatrix {

    /** The callers of the matrix; what each is for one operation is said in the test that tries it. */
    public enum Caller {
        /** No credentials at all. */
        ANONYMOUS,
        /** Signed in, but nothing to do with the data acted on. */
        STRANGER,
        /** The one whose data it is: its creator, or the user themselves. */
        OWNER,
        /** Granted a hand in someone else's data: an organization's manager, a group's member, a sponsor. */
        MANAGER,
        /** The surface's administrator: the campus super user, the meeting mini-program's activity admin. */
        ADMIN;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One try: the caller, what the test expected, what came back, and whether that was it. */
    public record Cell(Caller caller, String expected, String observed, boolean held, String test) {
    }

    private static final Map<String, List<Cell>> CELLS = new ConcurrentHashMap<>();
    private static final Map<String, Map<Caller, String>> NO_SUCH_CALLER = new ConcurrentHashMap<>();

    private AuthorizationMatrix() {
    }

    public static void record(String operation, Cell cell) {
        CELLS.computeIfAbsent(operation, k -> new CopyOnWriteArrayList<>()).add(cell);
    }

    /** The operation has no such caller (an app club has no administrator); the reason goes into the table. */
    public static void noSuchCaller(String operation, Caller caller, String reason) {
        NO_SUCH_CALLER.computeIfAbsent(operation, k -> new ConcurrentHashMap<>()).put(caller, reason);
    }

    static Map<String, List<Cell>> cells() {
        return CELLS;
    }

    static Map<String, Map<Caller, String>> noSuchCaller() {
        return NO_SUCH_CALLER;
    }
}
