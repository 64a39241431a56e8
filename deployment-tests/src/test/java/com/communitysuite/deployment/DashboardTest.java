package com.communitysuite.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The Grafana dashboard operators get shows what they need, from metrics the suite actually exports. */
class DashboardTest {

    @Test
    void theDashboardChartsRoutesServicesEventsAndJvms() throws IOException {
        JsonObject dashboard = JsonParser.parseString(Files.readString(Path.of("..", "helm", "suite", "dashboards",
                "suite-dashboard.json"))).getAsJsonObject();
        List<String> queries = StreamSupport.stream(dashboard.getAsJsonArray("panels").spliterator(), false)
                .map(JsonElement::getAsJsonObject)
                .filter(panel -> panel.has("targets"))
                .flatMap(panel -> StreamSupport.stream(panel.getAsJsonArray("targets").spliterator(), false))
                .map(target -> target.getAsJsonObject().get("expr").getAsString())
                .toList();

        assertThat(dashboard.get("uid").getAsString()).isEqualTo("community-suite");
        assertThat(queries).anyMatch(q -> q.contains("spring_cloud_gateway_requests_seconds_count")
                && q.contains("routeId"));
        assertThat(queries).anyMatch(q -> q.contains("spring_cloud_gateway_requests_seconds_bucket"));
        assertThat(queries).anyMatch(q -> q.contains("http_server_requests_seconds_count") && q.contains("5.."));
        assertThat(queries).anyMatch(q -> q.contains("kafka_consumer_fetch_manager_records_lag_max"));
        assertThat(queries).anyMatch(q -> q.contains("outbox_events_pending"));
        assertThat(queries).anyMatch(q -> q.contains("jvm_memory_used_bytes"));
        assertThat(queries).anyMatch(q -> q.contains("jvm_gc_pause_seconds"));
    }
}
