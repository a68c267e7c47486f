package io.newslens.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Kubernetes' own kinds parsed into the fabric8 kubernetes-model classes (the API types, generated from Kubernetes'
 * OpenAPI), strictly: the model keeps fields it does not know in an "additional properties" map instead of failing,
 * so after parsing every object of the tree is walked and any such field is an error with its path; and scalars are
 * not coerced (a number where the API wants a string, as in an env value, is an error, as kubectl would say).
 */
public final class StrictModel {

    private static final Map<String, Class<?>> KINDS = Map.of(
            "v1 ConfigMap", ConfigMap.class,
            "v1 Secret", Secret.class,
            "v1 Service", Service.class,
            "apps/v1 Deployment", Deployment.class,
            "policy/v1 PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);

    private static final ObjectMapper JSON = strictMapper();

    private static ObjectMapper strictMapper() {
        ObjectMapper m = JsonMapper.builder()
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            m.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        return m;
    }

    private StrictModel() {
    }

    /** Errors of a built-in resource, one line each; empty when every field is one the API knows. */
    public static List<String> checkBuiltIn(JsonNode resource) {
        Class<?> type = KINDS.get(resource.path("apiVersion").asText() + " " + Resources.kind(resource));
        if (type == null) {
            return List.of(Resources.id(resource) + ": " + resource.path("apiVersion").asText()
                    + " is not a kind these tests know " + KINDS.keySet());
        }
        return parse(resource, type, Resources.id(resource));
    }

    /** Errors in a custom resource's metadata (its CRD schema leaves metadata open; the API server does not). */
    public static List<String> checkMetadata(JsonNode resource) {
        return parse(resource.path("metadata"), ObjectMeta.class, Resources.id(resource) + " metadata");
    }

    private static List<String> parse(JsonNode node, Class<?> type, String where) {
        Object model;
        try {
            model = JSON.treeToValue(node, type);
        } catch (Exception e) {
            return List.of(where + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        List<String> errors = new ArrayList<>();
        unknownFields(model, where, errors);
        return errors;
    }

    private static void unknownFields(Object o, String path, List<String> errors) {
        if (o == null) {
            return;
        }
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object e : c) {
                unknownFields(e, path + "[" + i++ + "]", errors);
            }
            return;
        }
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> unknownFields(v, path + "." + k, errors));
            return;
        }
        if (!o.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class
                    || !(m.getName().startsWith("get") || m.getName().startsWith("is"))) {
                continue;
            }
            Object value;
            try {
                value = m.invoke(o);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (m.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    errors.add(path + ": unknown field(s) " + extra.keySet());
                }
                continue;
            }
            String field = m.getName().startsWith("is") ? m.getName().substring(2) : m.getName().substring(3);
            unknownFields(value, path + "." + Character.toLowerCase(field.charAt(0)) + field.substring(1), errors);
        }
    }
}
