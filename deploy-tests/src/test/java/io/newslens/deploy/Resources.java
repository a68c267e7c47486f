package io.newslens.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;

/** Small look-ups over rendered resources. */
final class Resources {

    private Resources() {
    }

    /** Kubernetes' own kinds: the core group ("v1") and groups without a dot (apps, policy, autoscaling, batch) or in k8s.io. */
    static boolean isBuiltIn(JsonNode resource) {
        String apiVersion = resource.path("apiVersion").asText();
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "" : apiVersion.substring(0, slash);
        return !group.contains(".") || group.endsWith(".k8s.io");
    }

    static String kind(JsonNode r) {
        return r.path("kind").asText();
    }

    static String name(JsonNode r) {
        return r.path("metadata").path("name").asText();
    }

    static String id(JsonNode r) {
        return kind(r) + " " + name(r);
    }

    static List<ObjectNode> ofKind(List<ObjectNode> all, String kind) {
        return all.stream().filter(r -> kind(r).equals(kind)).toList();
    }

    static Optional<ObjectNode> find(List<ObjectNode> all, String kind, String name) {
        return all.stream().filter(r -> kind(r).equals(kind) && name(r).equals(name)).findFirst();
    }
}
