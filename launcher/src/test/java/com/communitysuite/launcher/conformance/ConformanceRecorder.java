package com.communitysuite.launcher.conformance;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Remembers, for the end-to-end tests of this JVM, which documented operations each test covered and how it ended;
 * {@link ConformanceIT} turns that into the conformance table.
 */
public final class ConformanceRecorder implements TestWatcher {

    /** How one test that covers an operation ended. */
    public record Outcome(String test, boolean passed) {
    }

    private static final Map<String, List<Outcome>> OUTCOMES = new ConcurrentHashMap<>();
    private static final Map<String, Integer> MALFORMED = new ConcurrentHashMap<>();
    private static final Map<String, String> SHAPES = new ConcurrentHashMap<>();

    static Map<String, List<Outcome>> outcomes() {
        return OUTCOMES;
    }

    /** How many malformed requests were sent to the operation without a 5xx (the bad-input test records it). */
    public static void recordMalformed(String operation, int tried) {
        MALFORMED.merge(operation, tried, Integer::sum);
    }

    static Map<String, Integer> malformed() {
        return MALFORMED;
    }

    /**
     * Whether the operation's successful answers were checked against the shape its OpenAPI document describes, in
     * a few words ("yes, 4 answers", "no: 204 without a body"); the shape test records it.
     */
    public static void recordShape(String operation, String checked) {
        SHAPES.put(operation, checked);
    }

    static Map<String, String> shapes() {
        return SHAPES;
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        record(context, true);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        record(context, false);
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        record(context, false);
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        record(context, false);
    }

    private static void record(ExtensionContext context, boolean passed) {
        context.getTestMethod().map(method -> method.getAnnotation(Covers.class)).ifPresent(covers -> {
            String test = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod()
                    .getName();
            for (String key : covers.value()) {
                OUTCOMES.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(new Outcome(test, passed));
            }
        });
    }
}
