package com.communitysuite.activity.codes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import com.communitysuite.activity.participant.Participants;
import com.communitysuite.platform.domain.DomainException;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.ApiProblem;
import com.communitysuite.platform.web.FieldErrors;
import com.communitysuite.platform.web.codes.CodesResponse;
import com.communitysuite.platform.web.mvc.CodesApi;

import tools.jackson.databind.JsonNode;

/**
 * The request-code protocol ({@code activity-request-codes.md}): {@code type} decides what is asked, at either path.
 * The gateway authenticated {@code username} and {@code auth_key}; the caller is the identity it handed over.
 * Successes are HTTP 200 with the document's code; refusals carry the document's code with the HTTP status of their
 * kind (400 bad input or a state that does not allow it, 403 not the caller's, 404 unknown activity, 500 the
 * server's own failure).
 */
@CodesApi
class CodesController {

    private static final Log log = LogFactory.getLog(CodesController.class);

    private final CodesActivities activities;
    private final Participants participants;

    CodesController(CodesActivities activities, Participants participants) {
        this.activities = activities;
        this.participants = participants;
    }

    @PostMapping(path = { "/activity/create", "/activity/join" }, consumes = MediaType.APPLICATION_JSON_VALUE)
    CodesResponse json(@RequestBody JsonNode body, SuiteIdentity identity) {
        String type = body != null && body.isObject() ? body.path("type").asString("") : "";
        return handle(type, identity, () -> CodesFields.of(body));
    }

    @PostMapping(path = { "/activity/create", "/activity/join" },
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    CodesResponse form(@RequestParam MultiValueMap<String, String> form, SuiteIdentity identity) {
        String type = form.getFirst("type");
        return handle(type == null ? "" : type.trim(), identity, () -> CodesFields.of(form));
    }

    private CodesResponse handle(String type, SuiteIdentity identity, Supplier<CodesFields> fields) {
        return switch (type) {
            case "10301" -> answer(Code.CREATE, identity, fields, this::create);
            case "10302" -> answer(Code.PUBLISH, identity, fields, this::publish);
            case "10305" -> answer(Code.JOIN, identity, fields, this::join);
            case "10306" -> answer(Code.CANCEL, identity, fields, this::cancel);
            default -> throw ApiProblem.badRequest("type", "is one of 10301, 10302, 10305, 10306");
        };
    }

    private CodesResponse create(SuiteIdentity caller, CodesFields fields) {
        CodesActivities.Created created = activities.create(caller.accountId(), fields.text("title"),
                fields.images());
        Map<String, Object> contents = new LinkedHashMap<>();
        contents.put("image_token", created.uploadUrls().stream().map(Object::toString).toList());
        contents.put("acID", created.activityId());
        return CodesResponse.of(10313, contents);
    }

    private CodesResponse publish(SuiteIdentity caller, CodesFields fields) {
        long activityId = activityId(fields);
        activities.publish(caller.accountId(), activityId, fields);
        return CodesResponse.of(10323, Map.of("acID", activityId));
    }

    private CodesResponse join(SuiteIdentity caller, CodesFields fields) {
        long activityId = activityId(fields);
        requireSelf(caller, fields);
        Participants.Joined joined = participants.join(activityId, caller.accountId());
        return CodesResponse.of(10352, Map.of("acID", activityId, "joined", joined.joinedTotal()));
    }

    private CodesResponse cancel(SuiteIdentity caller, CodesFields fields) {
        long activityId = activityId(fields);
        requireSelf(caller, fields);
        Participants.Joined left = participants.leave(activityId, caller.accountId(), caller.accountId());
        return CodesResponse.of(10361, Map.of("acID", activityId, "joined", left.joinedTotal()));
    }

    /**
     * {@code registerid} names the participant; it can only be the caller (its account id, app uid or the phone the
     * gateway checked as {@code username}), never someone else.
     */
    private static void requireSelf(SuiteIdentity caller, CodesFields fields) {
        String registerId = fields.text("registerid");
        if (registerId == null || registerId.isBlank()) {
            return;
        }
        String id = registerId.trim();
        if (!id.equals(Long.toString(caller.accountId())) && !id.equals(fields.text("username"))
                && !id.equals(caller.uid())) {
            throw new NotAllowedException("participant.not-self", "只能为自己报名或取消报名");
        }
    }

    private static long activityId(CodesFields fields) {
        String text = fields.text("acid");
        if (text == null || !text.trim().matches("\\d{1,18}")) {
            throw new InvalidInputException("acid", "is an activity id");
        }
        return Long.parseLong(text.trim());
    }

    @FunctionalInterface
    private interface Handler {
        CodesResponse handle(SuiteIdentity caller, CodesFields fields);
    }

    private CodesResponse answer(Code code, SuiteIdentity identity, Supplier<CodesFields> body, Handler handler) {
        if (identity == null || !identity.isAccount() || identity.accountId() == null) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "用户认证码错误", code.badKey(), null);
        }
        try {
            return handler.handle(identity, body.get());
        }
        catch (DomainException refused) {
            throw code.refusal(refused);
        }
        catch (ApiProblem problem) {
            throw problem;
        }
        catch (RuntimeException unexpected) {
            log.error("Request code " + code + " failed", unexpected);
            throw new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, "服务器错误", code.serverError(), null);
        }
    }

    /** Each request type's codes for its refusals, as the document lists them. */
    private enum Code {
        CREATE("10311", "10319"),
        PUBLISH("10320", "10322"),
        JOIN("10311", "10359"),
        CANCEL("10311", "10359");

        private final String badKey;
        private final String serverError;

        Code(String badKey, String serverError) {
            this.badKey = badKey;
            this.serverError = serverError;
        }

        String badKey() {
            return badKey;
        }

        String serverError() {
            return serverError;
        }

        ApiProblem refusal(DomainException refused) {
            String reason = refused.reason();
            String documented = switch (reason) {
                case CodesActivities.TITLE_EXISTS -> "10312";
                case Participants.ALREADY_JOINED -> "10351";
                case Participants.FULL -> "10353";
                case Participants.NOT_JOINED -> "10362";
                default -> this == PUBLISH && (refused instanceof NotFoundException
                        || refused instanceof NotAllowedException) ? "10321" : serverError;
            };
            HttpStatus status = refused instanceof NotFoundException ? HttpStatus.NOT_FOUND
                    : refused instanceof NotAllowedException ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
            FieldErrors errors = refused instanceof InvalidInputException invalid
                    ? FieldErrors.of(invalid.field(), invalid.getMessage()) : null;
            return new ApiProblem(status, refused.getMessage(), documented, errors);
        }
    }
}
