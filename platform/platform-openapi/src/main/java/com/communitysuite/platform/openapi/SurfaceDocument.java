package com.communitysuite.platform.openapi;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.communitysuite.platform.web.Surface;
import com.communitysuite.platform.web.SurfaceErrors;
import com.communitysuite.platform.web.mvc.AppApi;
import com.communitysuite.platform.web.mvc.CampusApi;
import com.communitysuite.platform.web.mvc.CodesApi;
import com.communitysuite.platform.web.mvc.MpApi;
import com.communitysuite.platform.web.mvc.WxApi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * What one surface's document says beyond what springdoc reads off the controllers: how a client of that surface
 * authenticates at the gateway (README, "The gateway: authentication per surface"), and the error bodies the surface
 * answers with ({@link SurfaceErrors}, the same renderer the services' advice and the gateway use).
 */
enum SurfaceDocument {

    APP(Surface.APP, AppApi.class, "The native app API. Every request carries the Client-Type, Version-Name and "
            + "Version-Code headers, HTTP Basic credentials base64(uid:accessToken) of a live session, and ts "
            + "(milliseconds, within 5 minutes) and sign (lowercase hex MD5 of the parameters sorted by key, each "
            + "key=value, joined by $$$, then $$$accessSecret=<secret>) in the query or as top-level body fields. "
            + "/account/captcha and /account/login/captcha sign with the document's default secret and need no "
            + "login; /app/version/upgrade and /h5/* need neither. A second request with the same sign inside the "
            + "window is answered HTTP 200 with status 0 and errorCode -1."),
    MP(Surface.MP, MpApi.class, "The meeting mini-program API, under /mp. Authorization: Bearer <access token> "
            + "from /mp/login/; login, refresh, ping and the public lists and details need none."),
    CAMPUS(Surface.CAMPUS, CampusApi.class, "The campus activity platform API, under /campus. Authorization: "
            + "<scheme> <access token> or a Token: <access token> header; userLogin/, adminLogIn/ and refresh/ need "
            + "none."),
    WX(Surface.WX, WxApi.class, "The WeChat-side interaction API, at the root and under /api/v3. Every request "
            + "carries access_token and access_type query parameters: access_type=user with a user access token of "
            + "any surface, access_type=org with an organization API key."),
    CODES(Surface.CODES, CodesApi.class, "The request-code protocol: POST /activity/create and /activity/join "
            + "with a type field naming the request code. The credentials are body fields: auth_key (an app "
            + "accessToken) and username (that account's phone number); OpenAPI has no security scheme for body "
            + "fields, so they are described here and in the request bodies.");

    private static final String ACCESS = "access";

    /** What the gateway and the services answer with, in the surface's shape, on every operation. */
    static final List<HttpStatus> ERRORS = List.of(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED,
            HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.TOO_MANY_REQUESTS, HttpStatus.SERVICE_UNAVAILABLE);

    private final Surface surface;
    private final Class<? extends Annotation> annotation;
    private final String description;

    SurfaceDocument(Surface surface, Class<? extends Annotation> annotation, String description) {
        this.surface = surface;
        this.annotation = annotation;
        this.description = description;
    }

    /** The group's name, as in {@code /v3/api-docs/<group>}. */
    String group() {
        return surface.name().toLowerCase(Locale.ROOT);
    }

    Class<? extends Annotation> annotation() {
        return annotation;
    }

    /** Info, the gateway as the server, the authentication scheme, and the error responses of every operation. */
    void describe(OpenAPI document, String service) {
        document.info(new Info().title(service + ": " + group() + " surface").version("1").description(description));
        // Relative to where the document is read: through the gateway, the paths below are its public paths.
        document.servers(new ArrayList<>(List.of(new Server().url("/").description("the gateway"))));
        Components components = document.getComponents() == null ? new Components() : document.getComponents();
        document.components(components);
        securitySchemes().forEach(components::addSecuritySchemes);
        document.security(securityRequirements());
        if (surface == Surface.CODES) {
            describeCodesContents(components);
        }
        nullableReferences(components);
        if (document.getPaths() == null) {
            return;
        }
        for (PathItem path : document.getPaths().values()) {
            path.readOperationsMap().forEach((method, operation) -> {
                if (surface == Surface.APP) {
                    appParameters().forEach(parameter -> addUnlessDeclared(operation, parameter));
                }
                answersInJson(operation);
                if (surface == Surface.MP && method != PathItem.HttpMethod.GET) {
                    withAccess(operation, components);
                }
                addErrors(operation);
            });
        }
    }

    /**
     * What a request code's answer carries in {@code contents} (a map in CodesResponse, which springdoc describes as
     * free-form): 10313 the images' upload tokens and the activity's id, 10323 the id, 10352 and 10361 the id and the
     * number joined; the failure codes nothing.
     */
    private static void describeCodesContents(Components components) {
        Schema<?> response = components.getSchemas() == null ? null : components.getSchemas().get("CodesResponse");
        if (response == null || response.getProperties() == null) {
            return;
        }
        Schema<Object> contents = new ObjectSchema().description("what the answer's code carries");
        contents.addProperty("image_token", new ArraySchema().items(new StringSchema())
                .description("10313: an upload token per image, in the order sent"));
        contents.addProperty("acID", new IntegerSchema().format("int64").description("the activity's id"));
        contents.addProperty("joined", new IntegerSchema().description("10352, 10361: how many have joined"));
        response.getProperties().put("contents", contents);
    }

    /**
     * A nested view marked {@code @Schema(nullable = true)} is described by swagger-core as {@code type: null} beside
     * its {@code $ref}, which OpenAPI 3.1 reads as both at once (only null would do): made one of the two.
     */
    private static void nullableReferences(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        for (Schema<?> schema : components.getSchemas().values()) {
            if (schema.getProperties() == null) {
                continue;
            }
            schema.getProperties().replaceAll((name, property) -> {
                if (property.get$ref() == null || property.getTypes() == null
                        || !property.getTypes().contains("null")) {
                    return property;
                }
                Schema<Object> nullType = new Schema<>(SpecVersion.V31);
                nullType.setTypes(new LinkedHashSet<>(List.of("null")));
                Schema<Object> either = new Schema<>(SpecVersion.V31);
                either.setAnyOf(List.of(new Schema<>(SpecVersion.V31).$ref(property.get$ref()), nullType));
                either.setDescription(property.getDescription());
                return either;
            });
        }
    }

    /**
     * The gateway adds the caller's access token as {@code access} to a JSON object answered to a mutating mp
     * request (its MpAccessAnswerFilter), so the success's object gets the property: in a copy where it is a shared
     * schema, which the answers to reads have without it.
     */
    private static void withAccess(Operation operation, Components components) {
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().forEach((status, response) -> {
            if (!status.startsWith("2") || response.getContent() == null) {
                return;
            }
            for (MediaType media : response.getContent().values()) {
                Schema<?> schema = media.getSchema();
                Schema<?> object = schema == null || schema.get$ref() == null ? schema
                        : components.getSchemas().get(schema.get$ref().replaceFirst("^#/components/schemas/", ""));
                if (object == null || object.getProperties() == null || object.getProperties().containsKey(ACCESS)) {
                    continue;
                }
                Schema<Object> copy = new ObjectSchema();
                copy.setProperties(new LinkedHashMap<>(object.getProperties()));
                copy.setRequired(object.getRequired());
                copy.setDescription(object.getDescription());
                copy.addProperty(ACCESS, new StringSchema()
                        .description("the caller's access token, renewed past half its life; store it"));
                media.setSchema(copy);
            }
        });
    }

    private Map<String, SecurityScheme> securitySchemes() {
        Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
        switch (surface) {
            case APP -> schemes.put("appSession", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("base64(uid:accessToken) of a session from /account/login; every request is also "
                            + "signed (ts, sign)"));
            case MP -> schemes.put("bearerJwt", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .bearerFormat("JWT").description("access token from /mp/login/ or /mp/refresh/"));
            case CAMPUS -> {
                schemes.put("bearerJwt", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT").description("access token from /campus/userLogin/ or /campus/adminLogIn/"));
                schemes.put("tokenHeader", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER).name("Token").description("the same access token"));
            }
            case WX -> {
                schemes.put("accessToken", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.QUERY).name("access_token")
                        .description("a user access token of any surface, or an organization API key"));
                schemes.put("accessType", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.QUERY).name("access_type").description("user or org"));
            }
            case CODES -> {
            }
        }
        return schemes;
    }

    private List<SecurityRequirement> securityRequirements() {
        return switch (surface) {
            case APP -> List.of(new SecurityRequirement().addList("appSession"));
            case MP -> List.of(new SecurityRequirement().addList("bearerJwt"));
            case CAMPUS -> List.of(new SecurityRequirement().addList("bearerJwt"),
                    new SecurityRequirement().addList("tokenHeader"));
            case WX -> List.of(new SecurityRequirement().addList("accessToken").addList("accessType"));
            case CODES -> new ArrayList<>();
        };
    }

    /** The app's signature and client headers, which the gateway checks on every signed request. */
    private static List<Parameter> appParameters() {
        return List.of(
                new Parameter().in("query").name("ts").schema(new StringSchema())
                        .description("milliseconds since the epoch, within 5 minutes; may be a top-level body field"),
                new Parameter().in("query").name("sign").schema(new StringSchema())
                        .description("the request's signature; may be a top-level body field"),
                new Parameter().in("header").name("Client-Type").required(true)
                        .schema(new StringSchema()._enum(List.of("0", "1", "2")))
                        .description("0 web, 1 iOS, 2 Android"),
                new Parameter().in("header").name("Version-Name").required(true).schema(new StringSchema()),
                new Parameter().in("header").name("Version-Code").required(true)
                        .schema(new StringSchema().pattern("\\d{1,9}")));
    }

    /** A controller that reads a client header itself already declares it. */
    private static void addUnlessDeclared(Operation operation, Parameter parameter) {
        boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> parameter.getIn().equals(p.getIn()) && parameter.getName().equalsIgnoreCase(p.getName()));
        if (!declared) {
            operation.addParametersItem(parameter);
        }
    }

    /** Every surface answers JSON; springdoc says {@code *}{@code /*} for handlers that declare no media type. */
    private static void answersInJson(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        for (ApiResponse response : operation.getResponses().values()) {
            Content content = response.getContent();
            if (content != null && content.containsKey("*/*")
                    && !content.containsKey(org.springframework.http.MediaType.APPLICATION_JSON_VALUE)) {
                Content json = new Content();
                content.forEach((type, media) -> json.addMediaType(
                        type.equals("*/*") ? org.springframework.http.MediaType.APPLICATION_JSON_VALUE : type, media));
                response.setContent(json);
            }
        }
    }

    private void addErrors(Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.responses(responses);
        for (HttpStatus status : ERRORS) {
            String code = Integer.toString(status.value());
            if (responses.containsKey(code)) {
                continue;
            }
            Map<String, Object> example = SurfaceErrors.body(surface, status, null);
            responses.addApiResponse(code, new ApiResponse().description(status.getReasonPhrase())
                    .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                            new MediaType().schema(new ObjectSchema()).example(example))));
        }
    }
}
