package com.communitysuite.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.app.AppResponse;
import com.communitysuite.platform.web.campus.CampusList;
import com.communitysuite.platform.web.campus.CampusLists;
import com.communitysuite.platform.web.codes.CodesResponse;
import com.communitysuite.platform.web.mp.MpResponse;
import com.communitysuite.platform.web.mvc.AppApi;
import com.communitysuite.platform.web.mvc.CampusApi;
import com.communitysuite.platform.web.mvc.CodesApi;
import com.communitysuite.platform.web.mvc.MpApi;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import tools.jackson.databind.json.JsonMapper;

/** A service with app, mp, campus and codes controllers and an internal one: a document per surface, each only its own. */
@SpringBootTest(properties = "spring.application.name=sample-service")
@AutoConfigureMockMvc
class SurfaceOpenApiAutoConfigurationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Test
    void eachSurfacesDocumentHasOnlyItsControllersOperationsAndNoInternalOnes() throws Exception {
        JsonNode app = document("app");
        JsonNode mp = document("mp");

        assertThat(operations(app)).containsExactlyInAnyOrder("GET /app/things/{thingId}", "POST /app/things");
        assertThat(operations(mp)).containsExactlyInAnyOrder("GET /mp/meetings/{pk}", "POST /mp/meetings");
        assertThat(app.path("info").path("title").asString()).isEqualTo("sample-service: app surface");
        assertThat(app.path("servers").get(0).path("url").asString()).isEqualTo("/");
    }

    @Test
    void aViewNamedWithJackson3sNamingIsDescribedWithTheNamesItIsSerialisedWith() throws Exception {
        JsonNode meeting = document("mp").path("components").path("schemas").path("Meeting").path("properties");

        assertThat(meeting.propertyNames()).containsExactlyInAnyOrder("id", "start_time");
    }

    @Test
    void aSurfaceWithoutControllersHasNoDocument() throws Exception {
        mvc.perform(get("/v3/api-docs/wx")).andExpect(status().isNotFound());
    }

    @Test
    void theRequestCodesAnswersDescribeWhatTheirContentsCarry() throws Exception {
        JsonNode contents = document("codes").path("components").path("schemas").path("CodesResponse")
                .path("properties").path("contents");

        assertThat(contents.path("properties").propertyNames()).containsExactlyInAnyOrder("image_token", "acID",
                "joined");
        assertThat(contents.path("properties").path("image_token").path("items").path("type").asString())
                .isEqualTo("string");
    }

    @Test
    void aCampusListIsAnArrayOfItsRowsOrALimitOffsetPageOfThemAndANullableNestedViewIsOneOrNull() throws Exception {
        JsonNode campus = document("campus");
        JsonNode answer = campus.path("paths").path("/campus/things").path("get").path("responses").path("200")
                .path("content").path("application/json").path("schema");

        JsonNode array = answer.path("oneOf").get(0);
        JsonNode page = answer.path("oneOf").get(1);
        assertThat(array.path("type").asString()).isEqualTo("array");
        assertThat(array.path("items").path("$ref").asString()).isEqualTo("#/components/schemas/Row");
        assertThat(page.path("properties").propertyNames()).containsExactly("count", "next", "previous", "results");
        assertThat(page.path("properties").path("next").path("type").toString()).isEqualTo("[\"string\",\"null\"]");
        assertThat(page.path("properties").path("results").path("items").path("$ref").asString())
                .isEqualTo("#/components/schemas/Row");
        JsonNode part = campus.path("components").path("schemas").path("Row").path("properties").path("part");
        assertThat(part.path("anyOf").get(0).path("$ref").asString()).isEqualTo("#/components/schemas/Part");
        assertThat(part.path("anyOf").get(1).path("type").asString()).isEqualTo("null");
        assertThat(part.has("$ref")).isFalse();
        assertThat(campus.path("components").path("schemas").path("Row").path("properties").path("data")
                .path("type").asString()).isEqualTo("null");
    }

    @Test
    void eachDocumentCarriesItsSurfacesAuthenticationScheme() throws Exception {
        JsonNode app = document("app");
        JsonNode mp = document("mp");

        JsonNode basic = app.path("components").path("securitySchemes").path("appSession");
        assertThat(basic.path("type").asString()).isEqualTo("http");
        assertThat(basic.path("scheme").asString()).isEqualTo("basic");
        assertThat(app.path("security").get(0).has("appSession")).isTrue();
        List<String> appParameters = new ArrayList<>();
        app.path("paths").path("/app/things").path("post").path("parameters")
                .forEach(p -> appParameters.add(p.path("in").asString() + ":" + p.path("name").asString()));
        assertThat(appParameters).containsExactlyInAnyOrder("query:ts", "query:sign", "header:Client-Type",
                "header:Version-Name", "header:Version-Code");

        JsonNode bearer = mp.path("components").path("securitySchemes").path("bearerJwt");
        assertThat(bearer.path("scheme").asString()).isEqualTo("bearer");
        assertThat(bearer.path("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(mp.path("components").path("securitySchemes").has("appSession")).isFalse();
        assertThat(mp.path("paths").path("/mp/meetings/{pk}").path("get").has("parameters")
                && hasParameter(mp.path("paths").path("/mp/meetings/{pk}").path("get"), "sign")).isFalse();
    }

    @Test
    void everyOperationDescribesTheSurfacesErrorsWithTheirBodiesAsExamples() throws Exception {
        JsonNode appGet = document("app").path("paths").path("/app/things/{thingId}").path("get").path("responses");
        JsonNode mpGet = document("mp").path("paths").path("/mp/meetings/{pk}").path("get").path("responses");

        for (String status : List.of("400", "401", "403", "404", "429", "503")) {
            assertThat(appGet.has(status)).as("app " + status).isTrue();
            assertThat(mpGet.has(status)).as("mp " + status).isTrue();
        }
        JsonNode appUnauthorized = example(appGet, "401");
        assertThat(appUnauthorized.path("status").asInt()).isZero();
        assertThat(appUnauthorized.path("message").asString()).isEqualTo("Authorized Failed");
        assertThat(example(mpGet, "404").path("detail").asString()).isEqualTo("Not found.");
        assertThat(example(mpGet, "401").path("detail").asString())
                .isEqualTo("Authentication credentials were not provided.");
        assertThat(appGet.path("200").path("content").has("application/json")).isTrue();
        List<String> getParameters = new ArrayList<>();
        document("app").path("paths").path("/app/things/{thingId}").path("get").path("parameters")
                .forEach(p -> getParameters.add(p.path("name").asString()));
        assertThat(getParameters).containsOnlyOnce("Client-Type");
    }

    @Test
    void aMutatingMpOperationsSuccessHasTheAccessTokenTheGatewayAddsAndAReadsHasNot() throws Exception {
        JsonNode mp = document("mp");
        JsonNode created = mp.path("paths").path("/mp/meetings").path("post").path("responses").path("201")
                .path("content").path("application/json").path("schema");
        JsonNode read = mp.path("paths").path("/mp/meetings/{pk}").path("get").path("responses").path("200")
                .path("content").path("application/json").path("schema");

        assertThat(created.path("properties").propertyNames()).containsExactlyInAnyOrder("code", "msg", "data",
                "access");
        String shared = read.path("$ref").asString().replaceFirst("^#/components/schemas/", "");
        assertThat(mp.path("components").path("schemas").path(shared).path("properties").has("access")).isFalse();
    }

    private static boolean hasParameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("name").asString().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode example(JsonNode responses, String status) {
        return responses.path(status).path("content").path("application/json").path("example");
    }

    private JsonNode document(String surface) throws Exception {
        String body = mvc.perform(get("/v3/api-docs/" + surface)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(body);
    }

    private static List<String> operations(JsonNode document) {
        List<String> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(method -> {
                    if (List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                        operations.add(method.getKey().toUpperCase() + " " + path.getKey());
                    }
                }));
        return operations;
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({ ThingsController.class, MeetingsController.class, CodesController.class, CampusThingsController.class,
            InternalThingsController.class })
    static class SampleService {
    }

    record Thing(long id, String name) {
    }

    record Part(long id) {
    }

    record Row(long id, @io.swagger.v3.oas.annotations.media.Schema(nullable = true) Part part,
            @io.swagger.v3.oas.annotations.media.Schema(types = "null") Object data) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Meeting(long id, String startTime) {
    }

    @AppApi
    static class ThingsController {

        @GetMapping("/app/things/{thingId}")
        AppResponse<Thing> thing(@PathVariable long thingId, @RequestHeader("Client-Type") String clientType) {
            return AppResponse.ok(new Thing(thingId, "a thing"));
        }

        @PostMapping("/app/things")
        AppResponse<Thing> create(@RequestBody Thing thing, SuiteIdentity caller) {
            return AppResponse.ok(thing);
        }
    }

    @MpApi
    static class MeetingsController {

        @GetMapping("/mp/meetings/{pk}")
        MpResponse<Meeting> meeting(@PathVariable long pk) {
            return MpResponse.ok(new Meeting(pk, "2026-12-01 10:00"));
        }

        @PostMapping("/mp/meetings")
        @ResponseStatus(HttpStatus.CREATED)
        MpResponse<Meeting> create(@RequestBody Meeting meeting) {
            return MpResponse.ok(meeting);
        }
    }

    @CodesApi
    static class CodesController {

        @PostMapping("/activity/join")
        CodesResponse join(@RequestBody Map<String, String> request) {
            return CodesResponse.of(10352, Map.of("acID", 1L, "joined", 1));
        }
    }

    @CampusApi
    static class CampusThingsController {

        @GetMapping("/campus/things")
        @CampusList(Row.class)
        Object things(@RequestParam(required = false) String limit, @RequestParam(required = false) String offset) {
            return CampusLists.answer(limit, offset, List.of(new Row(1, null, null)), thing -> thing);
        }
    }

    /** An app-looking controller under /internal: never in a document. */
    @RestController
    static class InternalThingsController {

        @GetMapping("/internal/things/{thingId}")
        Thing thing(@PathVariable long thingId) {
            return new Thing(thingId, "internal");
        }
    }
}
