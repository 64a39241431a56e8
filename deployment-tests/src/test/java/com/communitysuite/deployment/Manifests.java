package com.communitysuite.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Rendered Kubernetes manifests, one map per YAML document. */
final class Manifests {

    private Manifests() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> parse(String rendered) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new LoaderOptions()).loadAll(rendered)) {
            if (document instanceof Map<?, ?> map && !map.isEmpty()) {
                documents.add((Map<String, Object>) map);
            }
        }
        return documents;
    }

    static String kind(Map<String, Object> manifest) {
        return String.valueOf(manifest.get("kind"));
    }

    @SuppressWarnings("unchecked")
    static String name(Map<String, Object> manifest) {
        return String.valueOf(((Map<String, Object>) manifest.get("metadata")).get("name"));
    }

    @SuppressWarnings("unchecked")
    static Object at(Map<String, Object> manifest, String... path) {
        Object current = manifest;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = ((Map<String, Object>) map).get(key);
        }
        return current;
    }
}
