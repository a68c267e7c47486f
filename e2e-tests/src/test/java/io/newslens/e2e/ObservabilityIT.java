package io.newslens.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newslens.testsupport.PrometheusScrape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboards and alert rules in {@code deploy/observability} name only metrics the services really publish: every
 * metric in every panel's and rule's expression appears in a scrape of the three running services (after one article
 * went through them), except the exporters' metrics allowed by name in {@link #EXPORTER_METRICS}. Also: the services,
 * started without an OTLP endpoint, say nothing about exporting spans, and their log lines carry trace ids.
 */
@ExtendWith(Pipeline.class)
class ObservabilityIT {

    /** Metrics of other exporters, not of the services: Strimzi's Kafka Exporter, CloudNativePG's. */
    static final Set<String> EXPORTER_METRICS = Set.of("kafka_consumergroup_lag", "cnpg_collector_up");

    static final Set<String> ALERTS = Set.of("NewslensLagGrowing", "NewslensDeadLetters", "NewslensIngestUnavailable",
            "NewslensDatabaseDown", "NewslensConsumerNotReady");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyMetricOfTheDashboardsAndRulesIsPublished() throws Exception {
        Pipeline pipeline = Pipeline.get();
        String id = postArticle(pipeline);
        awaitStored(pipeline, id);
        PipelineIT.getJson(pipeline.query().url("/articles?q=Merkel"));
        PipelineIT.getJson(pipeline.query().url("/articles/" + id));

        Path observability = root().resolve("deploy/observability");
        Map<String, List<String>> expressions = new TreeMap<>();
        try (Stream<Path> files = Files.list(observability.resolve("grafana/dashboards"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                List<String> found = new ArrayList<>();
                collectExpressions(JSON.readTree(f.toFile()), found);
                assertFalse(found.isEmpty(), f + " has panels with expressions");
                expressions.put(f.getFileName().toString(), found);
            }
        }
        assertEquals(Set.of("newslens-pipeline.json", "newslens-query.json"), expressions.keySet());
        JsonNode rules = YAML.readTree(observability.resolve("prometheus/alerts.yml").toFile());
        Set<String> alertNames = new TreeSet<>();
        List<String> ruleExpressions = new ArrayList<>();
        for (JsonNode group : rules.path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                alertNames.add(rule.path("alert").asText());
                ruleExpressions.add(rule.path("expr").asText());
                assertFalse(rule.path("annotations").path("summary").asText().isBlank(), rule + " has a summary");
            }
        }
        assertEquals(ALERTS, alertNames, "the alerts the runbook (docs/operations.md) names");
        expressions.put("alerts.yml", ruleExpressions);

        Map<String, Set<String>> named = new TreeMap<>();
        int references = 0;
        for (Map.Entry<String, List<String>> e : expressions.entrySet()) {
            for (String expr : e.getValue()) {
                Set<String> names = PromQl.metricNames(expr);
                assertFalse(names.isEmpty(), "no metric found in " + expr);
                references += names.size();
                named.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).addAll(names);
            }
        }
        assertTrue(references > 40, "metric references checked: " + references);

        // Scraped until all are there or two minutes passed: Micrometer binds the Kafka clients' per-partition metrics
        // when it next looks for new ones (every 60 s).
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        Map<String, Set<String>> missing;
        Set<String> published;
        do {
            published = new TreeSet<>();
            for (ServiceProcess s : List.of(pipeline.ingest(), pipeline.analysis(), pipeline.query())) {
                published.addAll(PrometheusScrape.of(s.url("/q/metrics")).names());
            }
            missing = new TreeMap<>();
            for (Map.Entry<String, Set<String>> e : named.entrySet()) {
                for (String name : e.getValue()) {
                    if (!published.contains(name) && !EXPORTER_METRICS.contains(name)) {
                        missing.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).add(name);
                    }
                }
            }
            if (!missing.isEmpty()) {
                Thread.sleep(2_000);
            }
        } while (!missing.isEmpty() && System.nanoTime() < deadline);
        assertTrue(missing.isEmpty(), "named by a dashboard or rule but in no scrape: " + missing + "; published: " + published);
    }

    @Test
    void withoutAnEndpointNothingIsExportedAndLogLinesCarryTraceIds() throws Exception {
        Pipeline pipeline = Pipeline.get();
        String id = postArticle(pipeline);
        awaitStored(pipeline, id);
        for (ServiceProcess s : List.of(pipeline.ingest(), pipeline.analysis(), pipeline.query())) {
            String log = s.log();
            assertFalse(log.contains("Failed to export"), "no export attempts without an endpoint:\n" + s.tail());
            List<String> lines = log.lines().filter(l -> l.matches("^\\d{4}-\\d{2}-\\d{2} .*")).toList();
            assertFalse(lines.isEmpty());
            assertTrue(lines.stream().allMatch(l -> l.contains(" traceId=") && l.contains(" spanId=")),
                    "every log line names its trace and span (empty outside one)");
        }
        // analysis-service logs within a trace when a re-analysis starts: that line's trace id is filled in
        HttpResponse<String> started = Pipeline.HTTP.send(HttpRequest.newBuilder(URI.create(pipeline.analysis().url("/admin/reanalysis?from=2999-01-01")))
                .header("X-API-Key", Pipeline.API_KEY).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, started.statusCode(), started.body());
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (pipeline.analysis().log().lines().noneMatch(l -> l.contains("re-analysis ") && l.matches(".* traceId=[0-9a-f]{32} spanId=[0-9a-f]{16} .*"))) {
            assertTrue(System.nanoTime() < deadline, "the re-analysis log line carries its trace id:\n" + pipeline.analysis().tail());
            Thread.sleep(200);
        }
    }

    @Test
    void promQlMetricNamesAreFoundAndNothingElse() {
        assertEquals(Set.of("a_bucket"), PromQl.metricNames(
                "histogram_quantile(0.95, sum by (le, uri) (rate(a_bucket{job=~\"$query\",uri!=\"x y\"}[$__rate_interval])))"));
        assertEquals(Set.of("lag", "up"), PromQl.metricNames("sum(lag) > 0 and deriv(sum(lag{t=\"a\"})[10m:1m]) > 0 or up == 0"));
        assertEquals(Set.of("a_sum", "a_count"), PromQl.metricNames("sum(rate(a_sum[5m])) / sum(rate(a_count[5m]))"));
        assertEquals(Set.of("x"), PromQl.metricNames("sum without (instance) (x offset 1h) * 1e3"));
    }

    private static String postArticle(Pipeline pipeline) throws Exception {
        HttpResponse<String> posted = Pipeline.HTTP.send(HttpRequest.newBuilder(URI.create(pipeline.ingest().url("/articles")))
                .header("Content-Type", "application/json").header("X-API-Key", Pipeline.API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                        "title", "Observed " + UUID.randomUUID(), "body", "Angela Merkel met Emmanuel Macron in Paris. \"We agree,\" Merkel said."))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, posted.statusCode(), posted.body());
        return JSON.readTree(posted.body()).path("id").asText();
    }

    private static void awaitStored(Pipeline pipeline, String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            HttpResponse<String> r = Pipeline.HTTP.send(HttpRequest.newBuilder(URI.create(pipeline.query().url("/articles/" + id))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, id + " not stored within 90 s:\n" + pipeline.analysis().tail());
            Thread.sleep(250);
        }
    }

    private static void collectExpressions(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getKey().equals("expr") && f.getValue().isTextual()) {
                    out.add(f.getValue().asText());
                } else {
                    collectExpressions(f.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectExpressions(n, out));
        }
    }

    private static Path root() {
        return Path.of(System.getProperty("newslens.root", ".."));
    }
}
