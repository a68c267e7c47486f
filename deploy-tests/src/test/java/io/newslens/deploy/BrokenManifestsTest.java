package io.newslens.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static io.newslens.deploy.Resources.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each check of {@link ManifestsTest} rejects a broken copy of the dev overlay: one mistake per case, made in the
 * rendered resources or in an overlay written to a temporary folder, and the error must name it.
 */
class BrokenManifestsTest {

    private static CrdSchemas schemas;

    @BeforeAll
    static void loadSchemas() {
        schemas = CrdSchemas.load(Repo.CRDS);
    }

    private static List<ObjectNode> dev() {
        return Kustomization.render(Repo.K8S.resolve("dev"));
    }

    private static ObjectNode get(List<ObjectNode> all, String kind, String name) {
        return find(all, kind, name).orElseThrow();
    }

    private static ObjectNode at(JsonNode n, String... path) {
        JsonNode x = n;
        for (String p : path) {
            x = x.isArray() ? x.get(Integer.parseInt(p)) : x.get(p);
        }
        return (ObjectNode) x;
    }

    private static void assertOneError(List<String> errors, String expected) {
        assertEquals(1, errors.size(), "errors: " + errors);
        assertTrue(errors.get(0).contains(expected), "'" + expected + "' not in " + errors);
    }

    private static List<String> schemaErrors(ObjectNode r) {
        return schemas.validate(r);
    }

    // --- custom resources against the CRD schemas -------------------------------------------------------------

    @Test
    void misspeltFieldInAKafkaIsRejected() {
        ObjectNode kafka = get(dev(), "Kafka", "newslens");
        assertEquals(List.of(), schemaErrors(kafka));
        at(kafka, "spec", "kafka").put("replicaz", 3);
        assertOneError(schemaErrors(kafka), "replicaz");
    }

    @Test
    void unknownFieldIsRejectedOnlyBecauseTheSchemaIsClosed() throws Exception {
        ObjectNode topic = get(dev(), "KafkaTopic", "articles");
        at(topic, "spec").put("partitionCount", 12);
        assertOneError(schemaErrors(topic), "partitionCount");
        // the operator's schema as published lets it through: the injected additionalProperties: false is what catches it
        ObjectNode crd = (ObjectNode) Kustomization.readAll(Repo.CRDS.resolve("strimzi-1.0.1/043-Crd-kafkatopic.yaml")).get(0)
                .path("spec").path("versions").get(0).path("schema").path("openAPIV3Schema");
        var open = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V4).getSchema(crd);
        assertEquals(0, open.validate(topic).size(), "the published schema leaves spec open");
    }

    @Test
    void wrongTypeInATopicIsRejected() {
        ObjectNode topic = get(dev(), "KafkaTopic", "articles");
        at(topic, "spec").put("partitions", "twelve");
        assertOneError(schemaErrors(topic), "partitions");
    }

    @Test
    void unknownFieldInAClusterIsRejected() {
        ObjectNode cluster = get(dev(), "Cluster", "newslens-db");
        at(cluster, "spec", "bootstrap", "initdb").put("databse", "x");
        assertOneError(schemaErrors(cluster), "databse");
    }

    @Test
    void unknownTriggerFieldInAScaledObjectIsRejected() {
        ObjectNode so = get(dev(), "ScaledObject", "analysis-service");
        at(so, "spec").put("maxReplicas", 4);
        assertOneError(schemaErrors(so), "maxReplicas");
    }

    @Test
    void misspeltMetadataOfACustomResourceIsRejected() {
        ObjectNode topic = get(dev(), "KafkaTopic", "articles");
        at(topic, "metadata").set("lables", at(topic, "metadata", "labels").deepCopy());
        assertEquals(List.of(), schemaErrors(topic), "every CRD leaves metadata open");
        assertOneError(StrictModel.checkMetadata(topic), "lables");
    }

    // --- Kubernetes' own kinds, strictly --------------------------------------------------------------------------

    @Test
    void misspeltFieldDeepInADeploymentIsRejected() {
        ObjectNode d = get(dev(), "Deployment", "analysis-service");
        assertEquals(List.of(), StrictModel.checkBuiltIn(d));
        ObjectNode c = at(d, "spec", "template", "spec", "containers", "0");
        c.set("readinesProbe", c.get("readinessProbe"));
        assertOneError(StrictModel.checkBuiltIn(d), "readinesProbe");
    }

    @Test
    void numberWhereTheApiWantsAStringIsRejected() {
        ObjectNode d = get(dev(), "Deployment", "analysis-service");
        ArrayNode env = (ArrayNode) at(d, "spec", "template", "spec", "containers", "0").get("env");
        env.addObject().put("name", "ANALYSIS_GROUP_ID").put("value", 1);
        assertOneError(StrictModel.checkBuiltIn(d), "String");
    }

    @Test
    void kindsTheTestsDoNotKnowAreRejected() {
        ObjectNode d = get(dev(), "Deployment", "analysis-service");
        d.put("apiVersion", "apps/v1beta1");
        assertOneError(StrictModel.checkBuiltIn(d), "apps/v1beta1");
    }

    // --- references ------------------------------------------------------------------------------------------------

    private static void assertReferenceError(Consumer<List<ObjectNode>> breakIt, String expected) {
        List<ObjectNode> all = dev();
        assertEquals(List.of(), References.check(all, Repo.ROOT));
        breakIt.accept(all);
        List<String> errors = References.check(all, Repo.ROOT);
        assertFalse(errors.isEmpty(), "no error for the broken copy");
        for (String e : errors) {
            assertTrue(e.contains(expected), "'" + expected + "' not in " + e);
        }
    }

    @Test
    void serviceSelectingNoPodIsRejected() {
        assertReferenceError(all -> at(get(all, "Service", "query-service"), "spec", "selector")
                .put("app.kubernetes.io/name", "query"), "matches no Deployment");
    }

    @Test
    void serviceTargetingAPortNoContainerHasIsRejected() {
        assertReferenceError(all -> at(get(all, "Service", "ingest-service"), "spec", "ports", "0").put("targetPort", "web"),
                "targetPort");
    }

    @Test
    void budgetSelectingNoPodIsRejected() {
        assertReferenceError(all -> at(get(all, "PodDisruptionBudget", "ingest-service"), "spec", "selector", "matchLabels")
                .put("app.kubernetes.io/name", "ingest"), "PodDisruptionBudget ingest-service");
    }

    @Test
    void missingSecretIsRejected() {
        assertReferenceError(all -> all.remove(get(all, "Secret", "newslens-api-key")), "newslens-api-key");
    }

    @Test
    void secretOfAClusterThatIsNotThereIsRejected() {
        assertReferenceError(all -> at(get(all, "Cluster", "newslens-db"), "metadata").put("name", "other-db"),
                "newslens-db-app");
    }

    @Test
    void missingConfigMapKeyIsRejected() {
        assertReferenceError(all -> at(get(all, "ConfigMap", "newslens-config"), "data").remove("PGPORT"), "PGPORT");
    }

    @Test
    void variableTheServiceDoesNotReadIsRejected() {
        assertReferenceError(all -> ((ArrayNode) at(get(all, "Deployment", "analysis-service"), "spec", "template", "spec",
                "containers", "0").get("env")).addObject().put("name", "ANALYSIS_THREDS").put("value", "2"), "ANALYSIS_THREDS");
    }

    @Test
    void variableOfAnotherServiceIsRejected() {
        assertReferenceError(all -> ((ArrayNode) at(get(all, "Deployment", "query-service"), "spec", "template", "spec",
                "containers", "0").get("env")).addObject().put("name", "NEWSLENS_API_KEY").put("value", "x"),
                "query-service does not read the environment variable NEWSLENS_API_KEY");
    }

    @Test
    void moreAnalysisPodsThanPartitionsIsRejected() {
        assertReferenceError(all -> at(get(all, "ScaledObject", "analysis-service"), "spec").put("maxReplicaCount", 8),
                "maxReplicaCount 8");
    }

    @Test
    void replicasOnAScaledDeploymentAreRejected() {
        assertReferenceError(all -> at(get(all, "Deployment", "analysis-service"), "spec").put("replicas", 2),
                "sets spec.replicas although ScaledObject analysis-service scales it");
    }

    @Test
    void scalerOfAMissingDeploymentIsRejected() {
        assertReferenceError(all -> at(get(all, "HorizontalPodAutoscaler", "query-service"), "spec", "scaleTargetRef")
                .put("name", "query"), "scaleTargetRef");
    }

    @Test
    void topicOfAnotherKafkaIsRejected() {
        assertReferenceError(all -> at(get(all, "KafkaTopic", "articles-dlq"), "metadata", "labels")
                .put("strimzi.io/cluster", "other"), "strimzi.io/cluster");
    }

    @Test
    void wrongBootstrapAddressIsRejected() {
        assertReferenceError(all -> at(get(all, "ConfigMap", "newslens-config"), "data")
                .put("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092"), "kafka:9092");
    }

    // --- the kustomization reader ----------------------------------------------------------------------------------

    private static Path overlay(Path dir, String kustomization, String patch) throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), kustomization.replace("BASE", Repo.K8S.resolve("base").toString()));
        Files.writeString(dir.resolve("api-key.env"), "api-key=x\n");
        if (patch != null) {
            Files.writeString(dir.resolve("patch.yaml"), patch);
        }
        return dir;
    }

    private static final String WITH_PATCH = """
            resources: [BASE]
            patches: [{path: patch.yaml}]
            secretGenerator: [{name: newslens-api-key, envs: [api-key.env]}]
            generatorOptions: {disableNameSuffixHash: true}
            """;

    @Test
    void brokenPatchOnDiskIsRenderedAndRejected(@TempDir Path dir) throws IOException {
        overlay(dir, WITH_PATCH, """
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: articles}
                spec: {partitons: 12}
                """);
        ObjectNode topic = get(Kustomization.render(dir), "KafkaTopic", "articles");
        assertEquals(4, topic.path("spec").path("partitions").asInt(), "the base's value stays");
        assertOneError(schemaErrors(topic), "partitons");
    }

    @Test
    void patchMatchingNothingIsRefused(@TempDir Path dir) throws IOException {
        overlay(dir, WITH_PATCH, "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: analysis}\nspec: {replicas: 3}\n");
        var e = assertThrows(IllegalArgumentException.class, () -> Kustomization.render(dir));
        assertTrue(e.getMessage().contains("matches no resource"), e.getMessage());
    }

    @Test
    void listInAPatchOfABuiltInKindIsRefused(@TempDir Path dir) throws IOException {
        overlay(dir, WITH_PATCH, """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: analysis-service}
                spec: {template: {spec: {containers: [{name: analysis-service, image: x}]}}}
                """);
        var e = assertThrows(IllegalArgumentException.class, () -> Kustomization.render(dir));
        assertTrue(e.getMessage().contains("strategic merge"), e.getMessage());
    }

    @Test
    void unsupportedKustomizeFieldIsRefused(@TempDir Path dir) throws IOException {
        overlay(dir, "resources: [BASE]\ncommonLabels: {a: b}\n", null);
        var e = assertThrows(IllegalArgumentException.class, () -> Kustomization.render(dir));
        assertTrue(e.getMessage().contains("commonLabels"), e.getMessage());
    }

    @Test
    void keyTwiceInOneMappingIsRefused(@TempDir Path dir) throws IOException {
        overlay(dir, WITH_PATCH, "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: analysis-service}\nspec:\n  replicas: 1\n  replicas: 2\n");
        var e = assertThrows(RuntimeException.class, () -> Kustomization.render(dir));
        assertTrue(e.getMessage().contains("replicas"), e.getMessage());
    }
}
