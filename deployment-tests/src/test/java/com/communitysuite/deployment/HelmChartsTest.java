package com.communitysuite.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.Gson;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;

import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;

/**
 * The Helm charts, checked with the tools that run here: helm's own lint (strict) and template through helm-java,
 * every rendered core manifest parsed strictly by the Kubernetes client's model (unknown fields, missing required
 * fields and wrong types fail), and the rules every workload must keep.
 */
class HelmChartsTest {

    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    static final List<String> SERVICES = List.of("discovery", "gateway", "account-service", "user-service",
            "meeting-service", "activity-service", "club-room-service", "notification-service");
    static final Map<String, Function<String, ?>> CORE_KINDS = Map.of(
            "Deployment", json -> parse(V1Deployment::fromJson, json),
            "StatefulSet", json -> parse(V1StatefulSet::fromJson, json),
            "Service", json -> parse(V1Service::fromJson, json),
            "ConfigMap", json -> parse(V1ConfigMap::fromJson, json),
            "NetworkPolicy", json -> parse(V1NetworkPolicy::fromJson, json),
            "PodDisruptionBudget", json -> parse(V1PodDisruptionBudget::fromJson, json),
            "HorizontalPodAutoscaler", json -> parse(V2HorizontalPodAutoscaler::fromJson, json),
            "Ingress", json -> parse(V1Ingress::fromJson, json));
    static final List<String> CUSTOM_KINDS = List.of("ServiceMonitor", "Cluster", "Database", "Kafka",
            "KafkaNodePool", "KafkaTopic");
    static final Gson GSON = new Gson();

    static Path charts;

    /** A copy of helm/ with each chart's dependencies (all inside helm/) resolved, library first, umbrella last. */
    @BeforeAll
    static void resolveDependencies() throws IOException {
        charts = Path.of("target", "helm").toAbsolutePath();
        copy(REPOSITORY.resolve("helm"), charts);
        for (String service : SERVICES) {
            new Helm(charts.resolve(service)).dependency().update().skipRefresh().call();
        }
        new Helm(charts.resolve("suite")).dependency().update().skipRefresh().call();
    }

    @Test
    void everyChartLintsCleanlyInStrictMode() {
        for (String chart : Stream.concat(Stream.of("suite-lib", "suite"), SERVICES.stream()).toList()) {
            LintResult lint = new Helm(charts.resolve(chart)).lint().strict().call();
            assertThat(lint.isFailed()).as("%s: %s", chart, lint.getMessages()).isFalse();
            assertThat(lint.getMessages()).as(chart).noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
        }
    }

    @Test
    void theDefaultInstallationRendersValidManifestsThatKeepTheRules() {
        List<Map<String, Object>> manifests = Manifests.parse(new Helm(charts.resolve("suite")).template()
                .withName("suite").withNamespace("suite").call());

        assertValidAndSafe(manifests);
        assertThat(kinds(manifests)).doesNotContainAnyElementsOf(CUSTOM_KINDS);
        assertThat(manifests).filteredOn(m -> Manifests.kind(m).equals("ConfigMap"))
                .extracting(Manifests::name).contains("suite-dashboard", "gateway-config", "account-service-config");
    }

    @Test
    void aProductionLikeInstallationRendersValidManifestsAndTheOperatorsResources() {
        List<Map<String, Object>> manifests = Manifests.parse(new Helm(charts.resolve("suite")).template()
                .withName("suite").withNamespace("suite")
                .withValuesFile(charts.resolve("suite").resolve("values-production.yaml")).call());

        assertValidAndSafe(manifests);
        assertThat(kinds(manifests)).contains("HorizontalPodAutoscaler", "ServiceMonitor", "Cluster", "Database",
                "Kafka", "KafkaNodePool", "KafkaTopic");
        assertThat(manifests).filteredOn(m -> Manifests.kind(m).equals("Ingress")).extracting(Manifests::name)
                .containsExactlyInAnyOrder("gateway", "gateway-mp", "gateway-campus");
        assertThat(manifests).filteredOn(m -> Manifests.kind(m).equals("KafkaTopic")).hasSize(12);
        V1Deployment gateway = (V1Deployment) CORE_KINDS.get("Deployment").apply(GSON.toJson(manifests.stream()
                .filter(m -> Manifests.kind(m).equals("Deployment") && Manifests.name(m).equals("gateway"))
                .findFirst().orElseThrow()));
        assertThat(gateway.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
                .isEqualTo("registry.example.org/community-suite/gateway:1.4.2");
    }

    @Test
    void oneServicesChartAloneRendersThatServiceOnly() {
        List<Map<String, Object>> manifests = Manifests.parse(new Helm(charts.resolve("user-service")).template()
                .withName("user-service").withNamespace("suite").call());

        assertValidAndSafe(manifests);
        assertThat(manifests).extracting(Manifests::name).containsOnly("user-service", "user-service-config");
        assertThat(kinds(manifests)).containsExactlyInAnyOrder("Deployment", "Service", "ConfigMap", "NetworkPolicy",
                "PodDisruptionBudget");
    }

    @Test
    void discoveryRunsAsTwoPeersWithStableNamesAndServicesRegisterWithBoth() {
        List<Map<String, Object>> manifests = Manifests.parse(new Helm(charts.resolve("suite")).template()
                .withName("suite").withNamespace("suite").call());

        V1StatefulSet discovery = (V1StatefulSet) CORE_KINDS.get("StatefulSet").apply(GSON.toJson(
                manifests.stream().filter(m -> Manifests.kind(m).equals("StatefulSet")).findFirst().orElseThrow()));
        V1Deployment meetings = (V1Deployment) CORE_KINDS.get("Deployment").apply(GSON.toJson(manifests.stream()
                .filter(m -> Manifests.name(m).equals("meeting-service") && Manifests.kind(m).equals("Deployment"))
                .findFirst().orElseThrow()));

        assertThat(discovery.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(discovery.getSpec().getServiceName()).isEqualTo("discovery-headless");
        assertThat(meetings.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
                .anySatisfy(env -> {
                    assertThat(env.getName()).isEqualTo("EUREKA_URL");
                    assertThat(env.getValue()).contains("discovery-0.discovery-headless",
                            "discovery-1.discovery-headless");
                });
    }

    private static void assertValidAndSafe(List<Map<String, Object>> manifests) {
        List<V1NetworkPolicy> policies = manifests.stream().filter(m -> Manifests.kind(m).equals("NetworkPolicy"))
                .map(m -> (V1NetworkPolicy) CORE_KINDS.get("NetworkPolicy").apply(GSON.toJson(m))).toList();
        for (Map<String, Object> manifest : manifests) {
            String kind = Manifests.kind(manifest);
            assertThat(CORE_KINDS.containsKey(kind) || CUSTOM_KINDS.contains(kind)).as("known kind %s", kind).isTrue();
            if (!CORE_KINDS.containsKey(kind)) {
                continue;
            }
            Object parsed = CORE_KINDS.get(kind).apply(GSON.toJson(manifest));
            if (parsed instanceof V1Deployment deployment) {
                assertSafePods(deployment.getMetadata().getName(), deployment.getSpec().getTemplate().getSpec(),
                        deployment.getSpec().getTemplate().getMetadata().getLabels(), policies);
            }
            if (parsed instanceof V1StatefulSet statefulSet) {
                assertSafePods(statefulSet.getMetadata().getName(), statefulSet.getSpec().getTemplate().getSpec(),
                        statefulSet.getSpec().getTemplate().getMetadata().getLabels(), policies);
            }
        }
    }

    private static void assertSafePods(String name, V1PodSpec pod, Map<String, String> labels,
            List<V1NetworkPolicy> policies) {
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name).isTrue();
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).as(name).isEqualTo("RuntimeDefault");
        assertThat(pod.getTerminationGracePeriodSeconds()).as(name).isGreaterThanOrEqualTo(30);
        for (V1Container container : pod.getContainers()) {
            assertThat(container.getStartupProbe()).as(name).isNotNull();
            assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
            assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
            assertThat(container.getResources().getRequests()).as(name).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).as(name).containsKey("memory");
            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).as(name).isTrue();
            assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).as(name).isFalse();
            assertThat(container.getSecurityContext().getCapabilities().getDrop()).as(name).containsExactly("ALL");
            assertThat(container.getLifecycle().getPreStop()).as(name).isNotNull();
        }
        assertThat(policies).as("a network policy for %s", name).anySatisfy(policy -> assertThat(labels)
                .containsAllEntriesOf(policy.getSpec().getPodSelector().getMatchLabels()));
    }

    private static List<String> kinds(List<Map<String, Object>> manifests) {
        return manifests.stream().map(Manifests::kind).toList();
    }

    private static <T> T parse(JsonParser<T> parser, String json) {
        try {
            return parser.parse(json);
        }
        catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @FunctionalInterface
    private interface JsonParser<T> {
        T parse(String json) throws IOException;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                }
                else if (!file.toString().endsWith(".tgz") && !file.getFileName().toString().equals("Chart.lock")) {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
