package io.newslens.deploy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kustomize build} does, for the subset of kustomize that deploy/k8s uses.
 * Neither kustomize nor kubectl is on the build machines, and no Java port of kustomize is published, so this reader
 * implements exactly these fields of kustomization.yaml and refuses any other, so that a manifest cannot quietly
 * depend on something it does not render:
 * <ul>
 *   <li>{@code resources}: YAML files (several documents each) and directories holding a kustomization.yaml;</li>
 *   <li>{@code patches} with a {@code path}: a partial resource found by apiVersion, kind and metadata.name and
 *       merged into it as kustomize merges patches into custom resources (JSON merge patch, RFC 7386: maps merge,
 *       lists and scalars replace, null deletes). Kubernetes' own kinds merge lists by key in kustomize (strategic
 *       merge), which this reader does not do: a patch of a built-in kind that holds a list is refused;</li>
 *   <li>{@code namespace}: set on every namespaced resource;</li>
 *   <li>{@code secretGenerator} with {@code envs} (KEY=VALUE lines) and {@code generatorOptions.disableNameSuffixHash:
 *       true}; a missing env file is read from {@code <file>.example} when {@link #exampleSecrets} is on (the prod
 *       overlay's key file is never committed);</li>
 *   <li>{@code images}: {@code name} with {@code newName} and/or {@code newTag}.</li>
 * </ul>
 */
public final class Kustomization {

    /** A key twice in one mapping is an error, not "the last one wins". */
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "resources", "patches", "namespace",
            "secretGenerator", "generatorOptions", "images");
    /** Kinds with no namespace among those deploy/k8s could hold. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "CustomResourceDefinition", "ClusterRole",
            "ClusterRoleBinding", "PersistentVolume", "StorageClass", "PriorityClass");

    private final boolean exampleSecrets;

    private Kustomization(boolean exampleSecrets) {
        this.exampleSecrets = exampleSecrets;
    }

    /** Renders the kustomization in {@code dir}; secrets whose env file is missing are read from its .example. */
    public static List<ObjectNode> render(Path dir) {
        return new Kustomization(true).build(dir);
    }

    private List<ObjectNode> build(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no kustomization.yaml in " + dir);
        }
        JsonNode k = readOne(file);
        for (Iterator<String> it = k.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException(file + ": field '" + f + "' is not supported by this reader " + FIELDS);
            }
        }
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode r : k.path("resources")) {
            Path p = dir.resolve(r.asText()).normalize();
            if (Files.isDirectory(p)) {
                out.addAll(build(p));
            } else {
                out.addAll(readAll(p));
            }
        }
        for (JsonNode g : k.path("secretGenerator")) {
            out.add(secret(dir, g, k.path("generatorOptions")));
        }
        for (JsonNode patch : k.path("patches")) {
            if (!patch.has("path") || patch.size() != 1) {
                throw new IllegalArgumentException(file + ": only patches with a path alone are supported, not " + patch);
            }
            for (ObjectNode p : readAll(dir.resolve(patch.get("path").asText()))) {
                apply(out, p, file);
            }
        }
        for (JsonNode image : k.path("images")) {
            setImage(out, image);
        }
        if (k.hasNonNull("namespace")) {
            for (ObjectNode r : out) {
                if (!CLUSTER_SCOPED.contains(r.path("kind").asText())) {
                    ((ObjectNode) r.get("metadata")).put("namespace", k.get("namespace").asText());
                }
            }
        }
        return out;
    }

    private ObjectNode secret(Path dir, JsonNode g, JsonNode options) {
        if (!options.path("disableNameSuffixHash").asBoolean(false)) {
            throw new IllegalArgumentException(dir + ": secretGenerator needs generatorOptions.disableNameSuffixHash: true here "
                    + "(this reader does not rename references to hashed names)");
        }
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        s.put("apiVersion", "v1").put("kind", "Secret");
        s.putObject("metadata").put("name", g.get("name").asText());
        s.put("type", "Opaque");
        ObjectNode data = s.putObject("stringData");
        for (JsonNode env : g.path("envs")) {
            Path p = dir.resolve(env.asText());
            if (!Files.exists(p) && exampleSecrets) {
                p = dir.resolve(env.asText() + ".example");
            }
            try {
                for (String line : Files.readAllLines(p)) {
                    String t = line.strip();
                    if (t.isEmpty() || t.startsWith("#")) {
                        continue;
                    }
                    int eq = t.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException(p + ": not KEY=VALUE: " + t);
                    }
                    data.put(t.substring(0, eq), t.substring(eq + 1));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Iterator<String> it = g.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!f.equals("name") && !f.equals("envs")) {
                throw new IllegalArgumentException(dir + ": secretGenerator field '" + f + "' is not supported by this reader");
            }
        }
        return s;
    }

    private static void apply(List<ObjectNode> resources, ObjectNode patch, Path file) {
        String name = patch.path("metadata").path("name").asText();
        ObjectNode target = resources.stream()
                .filter(r -> r.path("apiVersion").equals(patch.path("apiVersion")) && r.path("kind").equals(patch.path("kind"))
                        && r.path("metadata").path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(file + ": patch for " + patch.path("kind").asText() + " "
                        + name + " matches no resource"));
        if (Resources.isBuiltIn(patch) && holdsList(patch)) {
            throw new IllegalArgumentException(file + ": the patch of " + patch.path("kind").asText() + " " + name
                    + " holds a list; kustomize merges those by key (strategic merge), which this reader does not");
        }
        merge(target, patch);
    }

    private static boolean holdsList(JsonNode n) {
        if (n.isArray()) {
            return true;
        }
        for (JsonNode c : n) {
            if (holdsList(c)) {
                return true;
            }
        }
        return false;
    }

    /** RFC 7386 JSON merge patch. */
    static void merge(ObjectNode target, JsonNode patch) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isNull()) {
                target.remove(e.getKey());
            } else if (v.isObject() && target.get(e.getKey()) instanceof ObjectNode t) {
                merge(t, v);
            } else {
                target.set(e.getKey(), v.deepCopy());
            }
        }
    }

    private static void setImage(List<ObjectNode> resources, JsonNode image) {
        String name = image.get("name").asText();
        for (ObjectNode r : resources) {
            for (JsonNode c : r.path("spec").path("template").path("spec").path("containers")) {
                String current = c.path("image").asText();
                int colon = current.lastIndexOf(':');
                String repo = colon > current.lastIndexOf('/') ? current.substring(0, colon) : current;
                String tag = colon > current.lastIndexOf('/') ? current.substring(colon + 1) : "latest";
                if (repo.equals(name)) {
                    ((ObjectNode) c).put("image", image.path("newName").asText(repo) + ":" + image.path("newTag").asText(tag));
                }
            }
        }
    }

    static JsonNode readOne(Path file) {
        List<ObjectNode> all = readAll(file);
        if (all.size() != 1) {
            throw new IllegalArgumentException(file + ": expected one YAML document, found " + all.size());
        }
        return all.get(0);
    }

    static List<ObjectNode> readAll(Path file) {
        List<ObjectNode> docs = new ArrayList<>();
        try (YAMLParser parser = (YAMLParser) YAML.getFactory().createParser(file.toFile())) {
            Iterator<JsonNode> it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode d = it.next();
                if (d == null || d.isNull() || d.isMissingNode()) {
                    continue;
                }
                if (!d.isObject()) {
                    throw new IllegalArgumentException(file + ": a document that is not a mapping");
                }
                docs.add((ObjectNode) d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return docs;
    }
}
