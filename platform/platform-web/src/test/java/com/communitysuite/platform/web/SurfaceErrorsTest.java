package com.communitysuite.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class SurfaceErrorsTest {

    @Test
    void surfacesAreReadOffThePath() {
        assertThat(Surface.fromPath("/mp/ping/")).isEqualTo(Surface.MP);
        assertThat(Surface.fromPath("/campus/activities/")).isEqualTo(Surface.CAMPUS);
        assertThat(Surface.fromPath("/api/v3/activitys_for_wx/1/wx/auth_meeting")).isEqualTo(Surface.WX);
        assertThat(Surface.fromPath("/activitys_for_wx/course/3/signinInfo")).isEqualTo(Surface.WX);
        assertThat(Surface.fromPath("/activity/create")).isEqualTo(Surface.CODES);
        assertThat(Surface.fromPath("/activity/join")).isEqualTo(Surface.CODES);
        assertThat(Surface.fromPath("/app/version/upgrade")).isEqualTo(Surface.APP);
        assertThat(Surface.fromPath("/mpx/")).isEqualTo(Surface.APP);
        assertThat(Surface.fromPath(null)).isEqualTo(Surface.APP);
    }

    @Test
    void appHttpErrorsUseTheDocumentsMessagesInTheFailureEnvelope() {
        Map<String, Object> body = SurfaceErrors.body(Surface.APP, HttpStatus.UNAUTHORIZED, null);

        assertThat(body).containsEntry("status", 0).containsEntry("message", "Authorized Failed")
                .containsEntry("result", 0).containsEntry("errorCode", 0);
        assertThat(SurfaceErrors.body(Surface.APP, HttpStatus.GATEWAY_TIMEOUT, null))
                .containsEntry("message", "Gateway Timeout");
    }

    @Test
    void anAppBusinessFailureCarriesItsCodeInResultAndErrorCode() {
        Map<String, Object> body = SurfaceErrors.body(Surface.APP, HttpStatus.OK, "账号已被冻结", "100002",
                new FieldErrors());

        assertThat(body).containsEntry("status", 0).containsEntry("message", "账号已被冻结")
                .containsEntry("result", 100002).containsEntry("errorCode", 100002);
    }

    @Test
    void appValidationErrorsNameTheField() {
        Map<String, Object> body = SurfaceErrors.body(Surface.APP, HttpStatus.BAD_REQUEST, null, null,
                FieldErrors.of("mobile", "must be 11 digits"));

        assertThat(body).containsEntry("message", "Params Not Valid")
                .containsEntry("errors", Map.of("mobile", List.of("must be 11 digits")));
    }

    @Test
    void campusFieldErrorsAreDjangoRestFrameworkShaped() {
        assertThat(SurfaceErrors.body(Surface.CAMPUS, HttpStatus.BAD_REQUEST, null, null,
                FieldErrors.of("name", "该字段是必填项。"))).isEqualTo(Map.of("name", List.of("该字段是必填项。")));
        assertThat(SurfaceErrors.body(Surface.CAMPUS, HttpStatus.NOT_FOUND, null)).isEqualTo(Map.of("detail", "未找到。"));
    }

    @Test
    void mpErrorsAreDetailBodies() {
        assertThat(SurfaceErrors.body(Surface.MP, HttpStatus.NOT_FOUND, null)).containsEntry("detail", "Not found.");
        assertThat(SurfaceErrors.body(Surface.MP, HttpStatus.BAD_REQUEST, null, null, FieldErrors.of("date", "bad")))
                .containsEntry("detail", "参数无效").containsEntry("date", List.of("bad"));
    }

    @Test
    void wxAndCodesErrorsUseTheirEnvelopes() {
        assertThat(SurfaceErrors.body(Surface.WX, HttpStatus.SERVICE_UNAVAILABLE, null))
                .containsEntry("code", 1).containsEntry("msg", "Service Unavailable").containsEntry("data", null);
        Map<String, Object> codes = SurfaceErrors.body(Surface.CODES, HttpStatus.BAD_REQUEST, null, null,
                FieldErrors.of("type", "unknown request code"));
        assertThat(codes).containsEntry("code", "400");
        assertThat(codes.get("contents")).isInstanceOf(Map.class);
    }
}
