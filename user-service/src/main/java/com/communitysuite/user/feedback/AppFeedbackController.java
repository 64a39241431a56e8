package com.communitysuite.user.feedback;

import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.app.AppResponse;
import com.communitysuite.platform.web.mvc.AppApi;

/** App section "App" 2 and 3: feedback and reports. */
@AppApi
class AppFeedbackController {

    private final FeedbackService feedback;

    AppFeedbackController(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @PostMapping("/app/feedback")
    @PreAuthorize("@access.account()")
    AppResponse<Object> feedback(SuiteIdentity caller, @RequestBody FeedbackService.AppFeedback request) {
        feedback.appFeedback(caller, request);
        return AppResponse.ok(Map.of(), "反馈成功");
    }

    @PostMapping("/app/report")
    @PreAuthorize("@access.account()")
    AppResponse<Object> report(SuiteIdentity caller, @RequestBody FeedbackService.AppReport request) {
        feedback.report(caller, request);
        return AppResponse.ok(Map.of(), "投诉成功");
    }
}
