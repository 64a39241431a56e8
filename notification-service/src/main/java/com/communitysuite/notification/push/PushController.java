package com.communitysuite.notification.push;

import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.ApiProblem;
import com.communitysuite.platform.web.app.AppResponse;
import com.communitysuite.platform.web.mvc.AppApi;

/**
 * App section "Push" 1: binds the caller's device for its client type. Served at the document's path and at the
 * original's {@code /push/update/{jPushId}}. A web client (no JPush platform) is answered success, as the original
 * always answered, and nothing is bound.
 */
@AppApi
class PushController {

    /** JPush registration ids are short alphanumeric strings. */
    private static final Pattern REGISTRATION_ID = Pattern.compile("[A-Za-z0-9]{1,64}");

    private final PushDevices devices;

    PushController(PushDevices devices) {
        this.devices = devices;
    }

    @PostMapping({ "/push/{jPushId}", "/push/update/{jPushId}" })
    @PreAuthorize("@access.account()")
    AppResponse<Object> bind(SuiteIdentity caller, @PathVariable("jPushId") String jPushId) {
        if (!REGISTRATION_ID.matcher(jPushId).matches()) {
            throw ApiProblem.badRequest("jPushId", "must be a JPush registration id");
        }
        PushPlatform.forClientType(caller.clientType())
                .ifPresent(platform -> devices.bind(caller.accountId(), platform, jPushId));
        return AppResponse.ok();
    }
}
