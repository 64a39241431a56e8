package com.communitysuite.platform.web.mvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import com.communitysuite.platform.web.ApiProblem;
import com.communitysuite.platform.web.app.AppResponse;

/** Bad input of every kind, answered in the dialect of the controller's surface. */
@WebMvcTest
@ContextConfiguration(classes = { SurfaceExceptionHandlerTest.AppController.class,
        SurfaceExceptionHandlerTest.CampusController.class })
@ImportAutoConfiguration(SurfaceWebAutoConfiguration.class)
class SurfaceExceptionHandlerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void malformedJsonIsAnApp400() throws Exception {
        mvc.perform(post("/app/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(0))
                .andExpect(jsonPath("$.message").value("Params Not Valid"))
                .andExpect(jsonPath("$.errors.body").exists());
    }

    @Test
    void aWrongTypedFieldIsAnApp400() throws Exception {
        mvc.perform(post("/app/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\":{\"a\":1}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(0));
    }

    @Test
    void aFieldThatFailsValidationIsNamed() throws Exception {
        mvc.perform(post("/app/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").isArray());
        mvc.perform(post("/campus/things/").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + "x".repeat(300) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.name").isArray());
    }

    @Test
    void aWrongTypedOrMissingParameterIsNamed() throws Exception {
        mvc.perform(get("/campus/things/count").param("limit", "many"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.limit").isArray());
        mvc.perform(get("/campus/things/count"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.limit").isArray());
    }

    @Test
    void aBusinessFailureIsAnHttp200WithTheCode() throws Exception {
        mvc.perform(get("/app/things/frozen"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(0))
                .andExpect(jsonPath("$.errorCode").value(100002))
                .andExpect(jsonPath("$.result").value(100002));
    }

    @Test
    void anUnexpectedFailureIsA500ThatRevealsNothing() throws Exception {
        mvc.perform(get("/app/things/broken"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.message").value("Internal Server Error"))
                .andExpect(jsonPath("$.detail").doesNotExist());
    }

    @Test
    void aRequestTheContainerCouldNotParseIsA400() throws Exception {
        mvc.perform(get("/campus/things/unparseable"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.request").isArray());
    }

    @Test
    void aDatabaseThatCannotBeReachedIsA503() throws Exception {
        mvc.perform(get("/app/things/database-down"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.message").value("Service Unavailable"));
    }

    @Test
    void aConnectionThatBrokeUnderAStatementIsA503() throws Exception {
        mvc.perform(get("/app/things/connection-broke"))
                .andExpect(status().isServiceUnavailable());
    }

    @Test
    void aRollbackOnAConnectionThePoolClosedIsA503() throws Exception {
        mvc.perform(get("/app/things/rollback-failed"))
                .andExpect(status().isServiceUnavailable());
    }

    @Test
    void unknownPathsAndWrongMethodsUseThePathsSurface() throws Exception {
        mvc.perform(get("/campus/nothing-here/"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("未找到。"));
        mvc.perform(delete("/app/things/frozen"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.message").value("Method Not Allowed"));
    }

    record Thing(@NotBlank @Size(max = 100) String name) {
    }

    @AppApi
    static class AppController {

        @PostMapping("/app/things")
        AppResponse<Thing> create(@Valid @RequestBody Thing thing) {
            return AppResponse.ok(thing);
        }

        @GetMapping("/app/things/frozen")
        AppResponse<Object> frozen() {
            throw ApiProblem.business(100002, "账号已被冻结");
        }

        @GetMapping("/app/things/database-down")
        AppResponse<Object> databaseDown() {
            throw new org.springframework.transaction.CannotCreateTransactionException("Could not open JPA EntityManager",
                    new IllegalStateException("Connection refused"));
        }

        @GetMapping("/app/things/connection-broke")
        AppResponse<Object> connectionBroke() {
            throw new IllegalStateException("could not execute statement",
                    new java.sql.SQLException("An I/O error occurred while sending to the backend.", "08006"));
        }

        /** What JPA reports when the database went away under a transaction (Hikari's closed connection). */
        @GetMapping("/app/things/rollback-failed")
        AppResponse<Object> rollbackFailed() {
            throw new IllegalStateException("Unable to rollback against JDBC Connection",
                    new org.hibernate.TransactionException("Unable to rollback against JDBC Connection",
                            new java.sql.SQLException("Connection is closed")));
        }

        @GetMapping("/app/things/broken")
        AppResponse<Object> broken() {
            throw new IllegalStateException("secret internals");
        }
    }

    @CampusApi
    static class CampusController {

        @PostMapping("/campus/things")
        Thing create(@Valid @RequestBody Thing thing) {
            return thing;
        }

        @GetMapping("/campus/things/count")
        int count(@RequestParam int limit) {
            return limit;
        }

        /** What Tomcat throws from {@code getParameter} for a form body or query with {@code %ZZ} in it. */
        @GetMapping("/campus/things/unparseable")
        int unparseable() {
            throw new org.apache.tomcat.util.http.InvalidParameterException("Character decoding failed");
        }
    }
}
