package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.communitysuite.launcher.conformance.AuthorizationMatrix;
import com.communitysuite.launcher.conformance.AuthorizationMatrix.Caller;
import com.communitysuite.launcher.conformance.AuthorizationMatrix.Cell;

/**
 * One row of the authorization matrix as a test fills it: for a documented operation that changes something, each
 * caller's answer, recorded for {@code docs/authorization.md} and asserted at once.
 *
 * <pre>{@code
 * Authorization.of("campus PUT /campus/organizations/{id}/")
 *         .refuses(Caller.STRANGER, stranger.put(path, change), 403)
 *         .serves(Caller.MANAGER, manager.put(path, change))
 *         .leftIntact("the stranger changed nothing", ...);
 * }</pre>
 */
public final class Authorization {

    private final String operation;
    private final String surface;
    private final String test;

    private Authorization(String operation, String test) {
        this.operation = operation;
        this.surface = operation.substring(0, operation.indexOf(' '));
        this.test = test;
    }

    /** The row of the operation, named as in {@code @Covers}: {@code "app POST /club/{clubId}/join"}. */
    public static Authorization of(String operation) {
        String test = StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().endsWith("IT"))
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                .findFirst().orElse("?"));
        return new Authorization(operation, test);
    }

    /**
     * The caller is served: the surface's success (2xx; on the app surface also the envelope's {@code status} 1; on
     * the request-code surface a code that is not an error, which the test says with {@link #servesWith}).
     */
    public Authorization serves(Caller caller, Gateway.Answer answer) {
        return servesWith(caller, answer, "served", this::succeeded);
    }

    /** The caller is served, as the predicate says (a documented success code, a 2xx with something in it). */
    public Authorization servesWith(Caller caller, Gateway.Answer answer, String expected,
            Predicate<Gateway.Answer> served) {
        return cell(caller, answer, expected, served.test(answer));
    }

    /** The caller is refused with one of these HTTP statuses. */
    public Authorization refuses(Caller caller, Gateway.Answer answer, int... statuses) {
        String expected = Arrays.stream(statuses).mapToObj(Integer::toString).collect(Collectors.joining("/"));
        return cell(caller, answer, expected, Arrays.stream(statuses).anyMatch(s -> s == answer.status()));
    }

    /** An app caller is refused with the envelope's {@code status} 0 and this {@code errorCode}. */
    public Authorization refusesWithError(Caller caller, Gateway.Answer answer, int errorCode) {
        boolean refused = answer.body().startsWith("{") && answer.json().path("status").asInt(-1) == 0
                && answer.json().path("errorCode").asInt() == errorCode;
        return cell(caller, answer, "errorCode " + errorCode, refused);
    }

    /** The caller is refused, as the predicate says (a request-code error code, an mp body code). */
    public Authorization refusesWith(Caller caller, Gateway.Answer answer, String expected,
            Predicate<Gateway.Answer> refused) {
        return cell(caller, answer, expected, refused.test(answer));
    }

    /** The operation has no such caller; the reason is written under the table. */
    public Authorization noSuchCaller(Caller caller, String reason) {
        AuthorizationMatrix.noSuchCaller(operation, caller, reason);
        return this;
    }

    /** After the refusals: the data they tried to change is as it was (no bypass). */
    public Authorization leftIntact(String what, boolean intact) {
        assertThat(intact).as(operation + ": " + what).isTrue();
        return this;
    }

    private Authorization cell(Caller caller, Gateway.Answer answer, String expected, boolean held) {
        String observed = answer.status() + " " + abbreviated(answer.body());
        AuthorizationMatrix.record(operation, new Cell(caller, expected, observed, held, test));
        assertThat(held).as("%s as %s: expected %s, got %s", operation, caller.label(), expected, observed).isTrue();
        return this;
    }

    private boolean succeeded(Gateway.Answer answer) {
        boolean ok = answer.status() / 100 == 2;
        if (surface.equals("app")) {
            return ok && answer.body().startsWith("{") && answer.json().path("status").asInt() == 1;
        }
        return ok;
    }

    private static String abbreviated(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 120 ? flat.substring(0, 120) + "…" : flat;
    }
}
