package com.communitysuite.gateway.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.communitysuite.gateway.GatewayTestSupport;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API documents' UI at /docs and the routes to the services' documents, open to callers without credentials. */
class ApiDocsTest extends GatewayTestSupport {

    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @BeforeEach
    void stubs() {
        userService.resetAll();
        userService.stubFor(get(urlEqualTo("/v3/api-docs/app")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"openapi\":\"3.1.0\",\"paths\":{}}")));
    }

    @Test
    void theUiAnswersAtDocsWithItsFilesAndListsEveryServicesSurfaceDocuments() throws Exception {
        HttpResponse<String> page = send("/docs");
        HttpResponse<String> config = send("/docs/api-docs/swagger-config");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(page.uri().getPath()).startsWith("/docs/");
        for (String file : List.of("swagger-ui.css", "swagger-ui-bundle.js", "swagger-initializer.js")) {
            HttpResponse<String> answer = send(page.uri().resolve(file).getPath());
            assertThat(answer.statusCode()).as(file).isEqualTo(200);
        }
        assertThat(config.statusCode()).isEqualTo(200);
        List<String> urls = new ArrayList<>();
        json.readTree(config.body()).path("urls").forEach(url -> urls.add(url.path("url").asString()));
        assertThat(urls).contains("/docs/api/account/app", "/docs/api/user/mp", "/docs/api/meeting/mp",
                "/docs/api/activity/wx", "/docs/api/activity/codes", "/docs/api/club-room/campus",
                "/docs/api/notification/app");
    }

    @Test
    void aSurfaceDocumentIsTheServicesGroupAskedForAnAnonymousCaller() throws Exception {
        HttpResponse<String> document = send("/docs/api/user/app");

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(json.readTree(document.body()).path("openapi").asString()).isEqualTo("3.1.0");
        LoggedRequest asked = userService.findAll(getRequestedFor(urlEqualTo("/v3/api-docs/app"))).get(0);
        assertThat(asked.getHeader("Authorization")).startsWith("Bearer ");
    }

    @Test
    void onlyTheFiveSurfacesDocumentsAreReachableNotAServicesWholeDocument() throws Exception {
        HttpResponse<String> other = send("/docs/api/user/swagger-config");
        HttpResponse<String> longer = send("/docs/api/user/apps");

        assertThat(other.statusCode()).isNotEqualTo(200);
        assertThat(longer.statusCode()).isNotEqualTo(200);
        assertThat(userService.findAll(getRequestedFor(urlEqualTo("/v3/api-docs/swagger-config")))).isEmpty();
        assertThat(userService.findAll(getRequestedFor(urlEqualTo("/v3/api-docs/apps")))).isEmpty();
    }

    private HttpResponse<String> send(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
