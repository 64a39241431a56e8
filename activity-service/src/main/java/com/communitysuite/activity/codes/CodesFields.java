package com.communitysuite.activity.codes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

import com.communitysuite.platform.domain.InvalidInputException;

import tools.jackson.databind.JsonNode;

/**
 * A request of the protocol as fields: the document says every field is a string, clients also send numbers; it
 * comes as a JSON object or as a form. {@code images} is the one list.
 */
final class CodesFields {

    private final Map<String, String> texts;
    private final List<String> images;

    private CodesFields(Map<String, String> texts, List<String> images) {
        this.texts = texts;
        this.images = images;
    }

    static CodesFields of(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "is a JSON object");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> images = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            JsonNode value = field.getValue();
            if (field.getKey().equals("images")) {
                if (!value.isArray()) {
                    throw new InvalidInputException("images", "is an array of file names");
                }
                for (JsonNode image : value) {
                    if (!image.isString()) {
                        throw new InvalidInputException("images", "is an array of file names");
                    }
                    images.add(image.asString());
                }
            }
            else if (value.isString() || value.isNumber() || value.isBoolean()) {
                texts.put(field.getKey(), value.isString() ? value.asString() : value.toString());
            }
            else if (!value.isNull()) {
                throw new InvalidInputException(field.getKey(), "is a string");
            }
        }
        return new CodesFields(texts, images);
    }

    static CodesFields of(MultiValueMap<String, String> form) {
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> images = new ArrayList<>();
        form.forEach((name, values) -> {
            if (name.equals("images") || name.equals("images[]")) {
                images.addAll(values);
            }
            else if (!values.isEmpty()) {
                texts.put(name, values.get(0));
            }
        });
        return new CodesFields(texts, images);
    }

    boolean has(String field) {
        return texts.containsKey(field);
    }

    String text(String field) {
        return texts.get(field);
    }

    List<String> images() {
        return List.copyOf(images);
    }
}
