package io.newslens.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static io.newslens.deploy.Resources.find;
import static io.newslens.deploy.Resources.id;
import static io.newslens.deploy.Resources.name;
import static io.newslens.deploy.Resources.ofKind;

/**
 * What must hold between the resources of one rendered overlay, as the cluster would find out only at run time:
 * selectors select, names named exist, and every environment variable set is one the service reads.
 */
public final class References {

    /**
     * Secrets that an operator makes from a resource of the overlay, with the keys it puts in them. CloudNativePG
     * keeps the application owner's credentials in {@code <cluster>-app} (CloudNativePG docs, "Connecting from an
     * application": username, password, hostname, port, dbname, uri, jdbc-uri, pgpass, ...).
     */
    static final Map<String, Function<ObjectNode, Map<String, Set<String>>>> OPERATOR_SECRETS = Map.of(
            "Cluster", c -> Map.of(name(c) + "-app", Set.of("username", "password", "host", "port", "dbname", "uri",
                    "jdbc-uri", "pgpass", "user", "fqdn-uri", "fqdn-jdbc-uri")));

    private final List<ObjectNode> all;
    private final Function<String, Set<String>> variablesOf;
    private final List<String> errors = new ArrayList<>();

    private References(List<ObjectNode> all, Function<String, Set<String>> variablesOf) {
        this.all = all;
        this.variablesOf = variablesOf;
    }

    /** Problems found, one line each; {@code root} is the repository (for each service's settings). */
    public static List<String> check(List<ObjectNode> all, Path root) {
        Map<String, Set<String>> cache = new HashMap<>();
        return check(all, container -> cache.computeIfAbsent(container, c -> {
            Path module = root.resolve(c);
            if (!module.resolve("src/main/resources/application.properties").toFile().exists()) {
                return null;
            }
            return ServiceSettings.variables(module);
        }));
    }

    static List<String> check(List<ObjectNode> all, Function<String, Set<String>> variablesOf) {
        References r = new References(all, variablesOf);
        r.services();
        r.disruptionBudgets();
        r.deployments();
        r.scalers();
        r.strimzi();
        return r.errors;
    }

    private void services() {
        for (ObjectNode s : ofKind(all, "Service")) {
            JsonNode selector = s.path("spec").path("selector");
            if (selector.isEmpty()) {
                errors.add(id(s) + ": no selector");
                continue;
            }
            List<ObjectNode> selected = selectedDeployments(s, selector);
            if (selected.isEmpty()) {
                errors.add(id(s) + ": selector " + selector + " matches no Deployment's pod labels");
            }
            for (JsonNode port : s.path("spec").path("ports")) {
                JsonNode target = port.path("targetPort");
                for (ObjectNode d : selected) {
                    boolean found = false;
                    for (JsonNode c : containers(d)) {
                        for (JsonNode cp : c.path("ports")) {
                            found |= target.isTextual() ? cp.path("name").asText().equals(target.asText())
                                    : cp.path("containerPort").asInt() == (target.isMissingNode() ? port.path("port").asInt() : target.asInt());
                        }
                    }
                    if (!found) {
                        errors.add(id(s) + ": targetPort " + (target.isMissingNode() ? port.path("port") : target) + " is no container port of "
                                + id(d));
                    }
                }
            }
        }
    }

    private void disruptionBudgets() {
        for (ObjectNode b : ofKind(all, "PodDisruptionBudget")) {
            if (selectedDeployments(b, b.path("spec").path("selector").path("matchLabels")).isEmpty()) {
                errors.add(id(b) + ": selector matches no Deployment's pod labels");
            }
        }
    }

    private List<ObjectNode> selectedDeployments(ObjectNode from, JsonNode labels) {
        String ns = from.path("metadata").path("namespace").asText();
        return ofKind(all, "Deployment").stream()
                .filter(d -> d.path("metadata").path("namespace").asText().equals(ns))
                .filter(d -> !labels.isEmpty() && contains(d.path("spec").path("template").path("metadata").path("labels"), labels))
                .toList();
    }

    private static boolean contains(JsonNode labels, JsonNode wanted) {
        for (Iterator<Map.Entry<String, JsonNode>> it = wanted.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!labels.path(e.getKey()).equals(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode containers(JsonNode deployment) {
        return deployment.path("spec").path("template").path("spec").path("containers");
    }

    private void deployments() {
        for (ObjectNode d : ofKind(all, "Deployment")) {
            if (!contains(d.path("spec").path("template").path("metadata").path("labels"), d.path("spec").path("selector").path("matchLabels"))) {
                errors.add(id(d) + ": spec.selector does not match its own pod template's labels");
            }
            for (JsonNode c : containers(d)) {
                String container = c.path("name").asText();
                Set<String> reads = variablesOf.apply(container);
                if (reads == null) {
                    errors.add(id(d) + ": container " + container + " is no module of this repository (its settings cannot be checked)");
                }
                for (JsonNode env : c.path("env")) {
                    String var = env.path("name").asText();
                    if (reads != null && !reads.contains(var)) {
                        errors.add(id(d) + ": " + container + " does not read the environment variable " + var);
                    }
                    keyRef(d, var, env.path("valueFrom").path("secretKeyRef"), "Secret");
                    keyRef(d, var, env.path("valueFrom").path("configMapKeyRef"), "ConfigMap");
                }
                for (JsonNode from : c.path("envFrom")) {
                    if (from.has("secretRef") && keys("Secret", from.path("secretRef").path("name").asText()).isEmpty()) {
                        errors.add(id(d) + ": envFrom names Secret " + from.path("secretRef").path("name").asText() + ", which does not exist");
                    }
                    if (from.has("configMapRef") && keys("ConfigMap", from.path("configMapRef").path("name").asText()).isEmpty()) {
                        errors.add(id(d) + ": envFrom names ConfigMap " + from.path("configMapRef").path("name").asText() + ", which does not exist");
                    }
                }
            }
            for (JsonNode v : d.path("spec").path("template").path("spec").path("volumes")) {
                if (v.has("secret") && keys("Secret", v.path("secret").path("secretName").asText()).isEmpty()) {
                    errors.add(id(d) + ": volume " + v.path("name").asText() + " names a Secret that does not exist");
                }
                if (v.has("configMap") && keys("ConfigMap", v.path("configMap").path("name").asText()).isEmpty()) {
                    errors.add(id(d) + ": volume " + v.path("name").asText() + " names a ConfigMap that does not exist");
                }
            }
        }
    }

    private void keyRef(ObjectNode d, String var, JsonNode ref, String kind) {
        if (ref.isMissingNode()) {
            return;
        }
        String name = ref.path("name").asText();
        Optional<Set<String>> keys = keys(kind, name);
        if (keys.isEmpty()) {
            errors.add(id(d) + ": " + var + " comes from " + kind + " " + name + ", which is neither in the overlay nor made by an operator from it");
        } else if (!keys.get().contains(ref.path("key").asText())) {
            errors.add(id(d) + ": " + var + " comes from key " + ref.path("key").asText() + " of " + kind + " " + name + ", which has only " + keys.get());
        }
    }

    /** The keys of a Secret or ConfigMap of the overlay, or of a Secret an operator makes; empty if there is none. */
    private Optional<Set<String>> keys(String kind, String name) {
        Optional<ObjectNode> r = find(all, kind, name);
        if (r.isPresent()) {
            Set<String> keys = new java.util.TreeSet<>();
            r.get().path("data").fieldNames().forEachRemaining(keys::add);
            r.get().path("stringData").fieldNames().forEachRemaining(keys::add);
            return Optional.of(keys);
        }
        if (kind.equals("Secret")) {
            for (ObjectNode o : all) {
                Function<ObjectNode, Map<String, Set<String>>> made = OPERATOR_SECRETS.get(Resources.kind(o));
                if (made != null && made.apply(o).containsKey(name)) {
                    return Optional.of(made.apply(o).get(name));
                }
            }
        }
        return Optional.empty();
    }

    private void scalers() {
        for (ObjectNode h : ofKind(all, "HorizontalPodAutoscaler")) {
            JsonNode t = h.path("spec").path("scaleTargetRef");
            if (!t.path("kind").asText().equals("Deployment") || find(all, "Deployment", t.path("name").asText()).isEmpty()) {
                errors.add(id(h) + ": scaleTargetRef " + t + " is no Deployment of the overlay");
            }
            scaledAlone(h, t.path("name").asText());
        }
        for (ObjectNode s : ofKind(all, "ScaledObject")) {
            JsonNode t = s.path("spec").path("scaleTargetRef");
            String kind = t.path("kind").asText("Deployment");
            if (!kind.equals("Deployment") || find(all, "Deployment", t.path("name").asText()).isEmpty()) {
                errors.add(id(s) + ": scaleTargetRef " + t + " is no Deployment of the overlay");
            }
            scaledAlone(s, t.path("name").asText());
            for (JsonNode trigger : s.path("spec").path("triggers")) {
                if (!trigger.path("type").asText().equals("kafka")) {
                    continue;
                }
                String topic = trigger.path("metadata").path("topic").asText();
                Optional<ObjectNode> kt = ofKind(all, "KafkaTopic").stream()
                        .filter(k -> k.path("spec").path("topicName").asText(name(k)).equals(topic)).findFirst();
                if (kt.isEmpty()) {
                    errors.add(id(s) + ": kafka trigger reads topic " + topic + ", which no KafkaTopic declares");
                } else {
                    int partitions = kt.get().path("spec").path("partitions").asInt();
                    int max = s.path("spec").path("maxReplicaCount").asInt(100);
                    if (max != partitions) {
                        errors.add(id(s) + ": maxReplicaCount " + max + " is not the " + partitions + " partitions of " + topic
                                + " (a pod more than partitions has nothing to read; fewer leaves partitions to share)");
                    }
                }
                String bootstrap = trigger.path("metadata").path("bootstrapServers").asText();
                if (!bootstrapServers().contains(bootstrap)) {
                    errors.add(id(s) + ": kafka trigger's bootstrapServers " + bootstrap + " is none of " + bootstrapServers());
                }
            }
        }
    }

    /** A Deployment that a scaler owns must not set spec.replicas: every apply would reset the scaler's count. */
    private void scaledAlone(ObjectNode scaler, String deployment) {
        find(all, "Deployment", deployment).filter(d -> d.path("spec").has("replicas")).ifPresent(d ->
                errors.add(id(d) + ": sets spec.replicas although " + id(scaler) + " scales it (each apply would reset its count)"));
    }

    /** host:port of the bootstrap service of every Kafka listener in the overlay (Strimzi: {@code <cluster>-kafka-bootstrap}). */
    List<String> bootstrapServers() {
        List<String> out = new ArrayList<>();
        for (ObjectNode k : ofKind(all, "Kafka")) {
            for (JsonNode l : k.path("spec").path("kafka").path("listeners")) {
                out.add(name(k) + "-kafka-bootstrap:" + l.path("port").asInt());
            }
        }
        return out;
    }

    private void strimzi() {
        for (String kind : List.of("KafkaTopic", "KafkaNodePool")) {
            for (ObjectNode r : ofKind(all, kind)) {
                String cluster = r.path("metadata").path("labels").path("strimzi.io/cluster").asText();
                if (find(all, "Kafka", cluster).isEmpty()) {
                    errors.add(id(r) + ": label strimzi.io/cluster '" + cluster + "' names no Kafka of the overlay");
                }
            }
        }
        for (ObjectNode c : ofKind(all, "ConfigMap")) {
            JsonNode b = c.path("data").path("KAFKA_BOOTSTRAP_SERVERS");
            if (!b.isMissingNode() && !bootstrapServers().contains(b.asText())) {
                errors.add(id(c) + ": KAFKA_BOOTSTRAP_SERVERS " + b.asText() + " is none of " + bootstrapServers());
            }
        }
    }
}
