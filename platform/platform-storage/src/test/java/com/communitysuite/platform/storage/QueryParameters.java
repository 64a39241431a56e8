package com.communitysuite.platform.storage;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The decoded query parameters of a URL, for the tests' checks. */
final class QueryParameters {

    private QueryParameters() {
    }

    static Map<String, String> of(String url) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = URI.create(url).getRawQuery();
        if (query == null) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }

    static String get(String url, String name) {
        return of(url).get(name);
    }
}
