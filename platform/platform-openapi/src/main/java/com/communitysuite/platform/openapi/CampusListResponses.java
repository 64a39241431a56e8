package com.communitysuite.platform.openapi;

import java.util.LinkedHashSet;
import java.util.List;

import org.springdoc.core.customizers.GlobalOperationComponentsCustomizer;
import org.springdoc.core.utils.SpringDocAnnotationsUtils;
import org.springframework.web.method.HandlerMethod;

import com.communitysuite.platform.web.campus.CampusList;
import com.communitysuite.platform.web.campus.LimitOffsetPage;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * A {@link CampusList} handler's success: one of a plain array of its rows and a {@link LimitOffsetPage} of them
 * ({@code count}, {@code next} and {@code previous} links or null, {@code results}), the row described as springdoc
 * describes a returned type (a component). springdoc alone reads only the handler's {@code Object}.
 */
final class CampusListResponses implements GlobalOperationComponentsCustomizer {

    @Override
    public Operation customize(Operation operation, Components components, HandlerMethod handler) {
        CampusList list = handler.getMethodAnnotation(CampusList.class);
        if (list == null || operation.getResponses() == null) {
            return operation;
        }
        Schema<?> row = SpringDocAnnotationsUtils.extractSchema(components, list.value(), null, null,
                SpecVersion.V31);
        Schema<Object> answer = new Schema<>().oneOf(List.of(
                array(row).description("without a positive limit: every row"),
                page(row).description("with a positive limit: the rows from offset, at most limit")));
        ApiResponse ok = operation.getResponses().get("200");
        if (ok == null) {
            ok = new ApiResponse().description("OK");
            operation.getResponses().addApiResponse("200", ok);
        }
        ok.setContent(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                new MediaType().schema(answer)));
        return operation;
    }

    /** Only the customizer with the components is called for a {@link GlobalOperationComponentsCustomizer}. */
    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        return operation;
    }

    private static Schema<Object> page(Schema<?> row) {
        Schema<Object> page = typed("object");
        page.addProperty("count", typed("integer").format("int64").description("how many rows the whole list has"));
        page.addProperty("next", typed("string", "null").description("the next page's URL; null on the last"));
        page.addProperty("previous", typed("string", "null")
                .description("the previous page's URL; null on the first"));
        page.addProperty("results", array(row));
        page.setRequired(List.of("count", "next", "previous", "results"));
        return page;
    }

    private static Schema<Object> array(Schema<?> row) {
        Schema<Object> array = typed("array");
        array.setItems(row);
        return array;
    }

    /** A schema of the OpenAPI 3.1 documents, whose {@code type} is a set. */
    private static Schema<Object> typed(String... types) {
        Schema<Object> schema = new Schema<>(SpecVersion.V31);
        schema.setTypes(new LinkedHashSet<>(List.of(types)));
        return schema;
    }
}
