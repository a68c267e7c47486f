package io.newslens.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The OpenAPI v3 schemas of the operators' CustomResourceDefinitions pinned in ../shared/k8s-crds (Strimzi,
 * CloudNativePG, KEDA), closed so that unknown fields are errors: wherever a schema lists an object's properties
 * without saying whether others are allowed, {@code additionalProperties: false} is injected (the API server prunes
 * unknown fields silently, so a misspelt field would otherwise be dropped without a word). Objects the operator
 * declares open ({@code x-kubernetes-preserve-unknown-fields}, e.g. Kafka's {@code config}) or maps
 * ({@code additionalProperties} given) stay as they are, and so do the branches of oneOf/anyOf/allOf, which only
 * constrain an object whose properties are declared beside them. The resource's {@code metadata}, which every CRD
 * leaves open, is checked against Kubernetes' ObjectMeta by {@link StrictModel}.
 */
public final class CrdSchemas {

    private final Map<String, JsonSchema> byKind = new HashMap<>();

    private CrdSchemas() {
    }

    public static CrdSchemas load(Path dir) {
        CrdSchemas s = new CrdSchemas();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                for (ObjectNode crd : Kustomization.readAll(f)) {
                    if (!"CustomResourceDefinition".equals(Resources.kind(crd))) {
                        continue;
                    }
                    String group = crd.path("spec").path("group").asText();
                    String kind = crd.path("spec").path("names").path("kind").asText();
                    for (JsonNode v : crd.path("spec").path("versions")) {
                        ObjectNode schema = (ObjectNode) v.path("schema").path("openAPIV3Schema").deepCopy();
                        close(schema);
                        s.byKind.put(group + "/" + v.path("name").asText() + " " + kind, factory.getSchema(schema));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (s.byKind.isEmpty()) {
            throw new IllegalStateException("no CustomResourceDefinition found under " + dir);
        }
        return s;
    }

    /** Whether a schema of this apiVersion and kind is pinned. */
    public boolean knows(JsonNode resource) {
        return byKind.containsKey(key(resource));
    }

    /** The schema's complaints about this resource, one line each; empty when it conforms. */
    public List<String> validate(JsonNode resource) {
        JsonSchema schema = Optional.ofNullable(byKind.get(key(resource)))
                .orElseThrow(() -> new IllegalArgumentException("no CRD schema pinned for " + key(resource)));
        List<String> errors = new ArrayList<>();
        for (ValidationMessage m : schema.validate(resource)) {
            errors.add(Resources.id(resource) + ": " + m.getMessage());
        }
        return errors;
    }

    private static String key(JsonNode r) {
        return r.path("apiVersion").asText() + " " + Resources.kind(r);
    }

    /** Injects additionalProperties: false into every object schema that lists its properties and says nothing else. */
    static void close(ObjectNode schema) {
        JsonNode props = schema.get("properties");
        if (props instanceof ObjectNode p) {
            boolean open = schema.has("additionalProperties") || schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
            if (!open) {
                schema.put("additionalProperties", false);
            }
            for (Iterator<JsonNode> it = p.elements(); it.hasNext(); ) {
                if (it.next() instanceof ObjectNode child) {
                    close(child);
                }
            }
        }
        if (schema.get("items") instanceof ObjectNode items) {
            close(items);
        }
        if (schema.get("additionalProperties") instanceof ObjectNode values) {
            close(values);
        }
    }
}
