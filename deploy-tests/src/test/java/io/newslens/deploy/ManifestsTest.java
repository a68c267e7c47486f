package io.newslens.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static io.newslens.deploy.Resources.find;
import static io.newslens.deploy.Resources.ofKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** deploy/k8s's overlays, rendered and checked offline: schemas, Kubernetes' own kinds, references and the rules of the issue. */
class ManifestsTest {

    private static CrdSchemas schemas;

    @BeforeAll
    static void loadSchemas() {
        schemas = CrdSchemas.load(Repo.CRDS);
    }

    static List<ObjectNode> overlay(String name) {
        return Kustomization.render(Repo.K8S.resolve(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void customResourcesMatchTheOperatorsSchemas(String overlay) {
        List<ObjectNode> all = overlay(overlay);
        List<String> errors = new ArrayList<>();
        int checked = 0;
        for (ObjectNode r : all) {
            if (Resources.isBuiltIn(r)) {
                continue;
            }
            if (!schemas.knows(r)) {
                errors.add(Resources.id(r) + ": no pinned CRD for " + r.path("apiVersion").asText());
                continue;
            }
            errors.addAll(schemas.validate(r));
            errors.addAll(StrictModel.checkMetadata(r));
            checked++;
        }
        assertEquals(List.of(), errors);
        assertEquals(6, checked, "custom resources: Kafka, KafkaNodePool, 2 KafkaTopics, Cluster, ScaledObject");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void builtInKindsParseStrictly(String overlay) {
        List<String> errors = new ArrayList<>();
        int checked = 0;
        for (ObjectNode r : overlay(overlay)) {
            if (Resources.isBuiltIn(r)) {
                errors.addAll(StrictModel.checkBuiltIn(r));
                checked++;
            }
        }
        assertEquals(List.of(), errors);
        assertEquals(12, checked, "3 Deployments, 3 Services, 3 PodDisruptionBudgets, an HPA, a ConfigMap, a Secret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void referencesResolve(String overlay) {
        assertEquals(List.of(), References.check(overlay(overlay), Repo.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void writersUseThePrimaryAndQueryTheReplicas(String overlay) {
        List<ObjectNode> all = overlay(overlay);
        String cluster = Resources.name(ofKind(all, "Cluster").get(0));
        Map<String, String> expected = Map.of("analysis-service", cluster + "-rw", "ingest-service", cluster + "-rw",
                "query-service", cluster + "-ro");
        expected.forEach((service, host) -> assertEquals(host, env(all, service, "PGHOST"), service + " PGHOST"));
        for (String service : expected.keySet()) {
            JsonNode user = envEntry(all, service, "PGUSER").path("valueFrom").path("secretKeyRef");
            assertEquals(cluster + "-app", user.path("name").asText(), service + " PGUSER's secret");
        }
        String database = ofKind(all, "Cluster").get(0).path("spec").path("bootstrap").path("initdb").path("database").asText();
        assertEquals(database, find(all, "ConfigMap", "newslens-config").orElseThrow().path("data").path("PGDATABASE").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void messagesAsLargeAsTheLocalBrokerTakes(String overlay) throws IOException {
        Properties local = new Properties();
        try (var in = Files.newBufferedReader(Repo.ROOT.resolve("deploy/local/kafka/server.properties"))) {
            local.load(in);
        }
        long max = Long.parseLong(local.getProperty("message.max.bytes"));
        List<ObjectNode> all = overlay(overlay);
        assertEquals(max, ofKind(all, "Kafka").get(0).path("spec").path("kafka").path("config").path("message.max.bytes").asLong());
        for (ObjectNode t : ofKind(all, "KafkaTopic")) {
            assertEquals(max, t.path("spec").path("config").path("max.message.bytes").asLong(), Resources.id(t));
        }
    }

    @Test
    void prodIsReplicated() {
        List<ObjectNode> all = overlay("prod");
        JsonNode config = ofKind(all, "Kafka").get(0).path("spec").path("kafka").path("config");
        assertEquals(3, find(all, "KafkaNodePool", "dual-role").orElseThrow().path("spec").path("replicas").asInt());
        assertEquals(3, config.path("default.replication.factor").asInt());
        assertEquals(2, config.path("min.insync.replicas").asInt());
        assertEquals(3, config.path("offsets.topic.replication.factor").asInt());
        for (ObjectNode t : ofKind(all, "KafkaTopic")) {
            assertEquals(3, t.path("spec").path("replicas").asInt(), Resources.id(t));
            assertEquals(2, t.path("spec").path("config").path("min.insync.replicas").asInt(), Resources.id(t));
        }
        assertEquals(12, find(all, "KafkaTopic", "articles").orElseThrow().path("spec").path("partitions").asInt());
        assertEquals(12, find(all, "ScaledObject", "analysis-service").orElseThrow().path("spec").path("maxReplicaCount").asInt());
        assertEquals(3, ofKind(all, "Cluster").get(0).path("spec").path("instances").asInt());
        for (ObjectNode r : all) {
            assertEquals("newslens", r.path("metadata").path("namespace").asText(), Resources.id(r));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceHasProbesResourcesAndABudget(String overlay) {
        List<ObjectNode> all = overlay(overlay);
        List<ObjectNode> deployments = ofKind(all, "Deployment");
        assertEquals(3, deployments.size());
        for (ObjectNode d : deployments) {
            String name = Resources.name(d);
            JsonNode c = d.path("spec").path("template").path("spec").path("containers").get(0);
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertTrue(c.has(probe), name + " " + probe);
            }
            assertTrue(c.path("resources").path("requests").has("cpu"), name + " cpu request");
            assertTrue(c.path("resources").path("limits").has("memory"), name + " memory limit");
            assertTrue(find(all, "PodDisruptionBudget", name).isPresent(), name + " PodDisruptionBudget");
            assertTrue(find(all, "Service", name).isPresent(), name + " Service");
        }
        assertTrue(find(all, "HorizontalPodAutoscaler", "query-service").isPresent());
        assertTrue(find(all, "ScaledObject", "analysis-service").isPresent());
    }

    static JsonNode envEntry(List<ObjectNode> all, String deployment, String var) {
        JsonNode c = find(all, "Deployment", deployment).orElseThrow().path("spec").path("template").path("spec").path("containers").get(0);
        for (JsonNode e : c.path("env")) {
            if (e.path("name").asText().equals(var)) {
                return e;
            }
        }
        throw new AssertionError(deployment + " sets no " + var);
    }

    static String env(List<ObjectNode> all, String deployment, String var) {
        return envEntry(all, deployment, var).path("value").asText();
    }
}
