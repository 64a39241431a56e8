package com.communitysuite.platform.web.mvc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** The error page in the surface's shape, for failures before any handler ran. */
class SurfaceErrorControllerTest {

    private final SurfaceErrorController controller = new SurfaceErrorController();

    @Test
    void aFormBodyAFilterCouldNotDecodeIsA400OfTheOriginalPathsSurface() {
        ResponseEntity<Object> answer = controller.error(errorOf("/campus/blocks/1/", 500,
                new IllegalArgumentException("URLDecoder: Illegal hex characters in escape (%) pattern")));

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(body(answer)).containsKey("detail");
    }

    @Test
    void aSendErrorKeepsItsStatusAndAnUnknownFailureIsA500ThatRevealsNothing() {
        ResponseEntity<Object> rejected = controller.error(errorOf("/mp/meetings/", 404, null));
        ResponseEntity<Object> broken = controller.error(errorOf("/user/profile", 500,
                new IllegalStateException("secret internals")));

        assertThat(rejected.getStatusCode().value()).isEqualTo(404);
        assertThat(body(rejected)).containsEntry("detail", "Not found.");
        assertThat(broken.getStatusCode().value()).isEqualTo(500);
        assertThat(body(broken)).containsEntry("message", "Internal Server Error");
        assertThat(body(broken).toString()).doesNotContain("secret");
    }

    private static MockHttpServletRequest errorOf(String path, int status, Throwable failure) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, path);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        if (failure != null) {
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
        }
        return request;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(ResponseEntity<Object> answer) {
        return (Map<String, Object>) answer.getBody();
    }
}
