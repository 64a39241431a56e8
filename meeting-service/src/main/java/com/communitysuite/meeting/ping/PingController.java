package com.communitysuite.meeting.ping;

import org.springframework.web.bind.annotation.GetMapping;

import com.communitysuite.platform.web.mp.MpResponse;
import com.communitysuite.platform.web.mvc.MpApi;

/** mp section 五 (功能性): the mini-program's liveness check of the back end, open to anyone. */
@MpApi
class PingController {

    @GetMapping("/mp/ping")
    MpResponse<Void> ping() {
        return MpResponse.ok("the status is ok");
    }
}
