package io.newslens.analysis;

import io.agroal.api.AgroalDataSource;
import io.newslens.analysis.tracing.SpanCapture;
import io.newslens.contract.ArticleCodec;
import io.newslens.contract.ArticleMessage;
import io.newslens.contract.Topics;
import io.newslens.testsupport.KafkaTestResource;
import io.newslens.testsupport.PostgresTestResource;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * analysis-service continues the trace a record carries: the connector's consumer span, the analysis span and the JDBC
 * statements of the dedupe check and of the store (each run under the database retry guard) all belong to it.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class AnalysisTraceTest {

    @Inject
    InMemorySpanExporter spans;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void consumerAndJdbcSpansContinueTheRecordsTrace() throws Exception {
        String traceId = hex(16);
        String parentId = hex(8);
        String id = "traced-" + UUID.randomUUID();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ARTICLES, id, ArticleCodec.toJson(new ArticleMessage(
                1, id, "r1", null, null, "Traced", null, null, "Angela Merkel met Emmanuel Macron in Paris.", Instant.now())));
        record.headers().add("traceparent", ("00-" + traceId + "-" + parentId + "-01").getBytes(StandardCharsets.UTF_8));
        send(record);

        // the INSERTs of the store specifically: the dedupe check's SELECT comes first and alone proves nothing
        Predicate<SpanData> articleInsert = s -> s.getTraceId().equals(traceId) && statement(s).startsWith("INSERT INTO article ");
        List<SpanData> all = SpanCapture.await(spans, articleInsert, Duration.ofSeconds(60), "INSERT INTO article in trace " + traceId);
        all = SpanCapture.await(spans, s -> s.getTraceId().equals(traceId) && s.getName().equals("analyse article"),
                Duration.ofSeconds(10), "'analyse article' in trace " + traceId);
        List<SpanData> trace = all.stream().filter(s -> s.getTraceId().equals(traceId)).toList();
        Map<String, SpanData> byId = trace.stream().collect(Collectors.toMap(SpanData::getSpanId, Function.identity()));

        SpanData consumer = trace.stream().filter(s -> s.getKind() == SpanKind.CONSUMER).findFirst()
                .orElseThrow(() -> new AssertionError("no consumer span in " + names(trace)));
        assertEquals(parentId, consumer.getParentSpanId(), "the consumer span's parent is the record's producer");
        SpanData analysis = trace.stream().filter(s -> s.getName().equals("analyse article")).findFirst().orElseThrow();
        assertEquals(consumer.getSpanId(), analysis.getParentSpanId(), "the analysis continues the consumer span");

        List<SpanData> jdbc = trace.stream().filter(s -> s.getKind() == SpanKind.CLIENT && !statement(s).isEmpty()).toList();
        assertTrue(jdbc.stream().anyMatch(s -> statement(s).toLowerCase().contains("processed_message")),
                "the dedupe check is traced: " + names(trace));
        assertTrue(jdbc.stream().anyMatch(articleInsert), "the store's INSERT is traced: " + names(trace));
        assertTrue(jdbc.stream().anyMatch(s -> statement(s).startsWith("INSERT INTO mention")),
                "the mentions' batch INSERT is traced: " + names(trace));
        for (SpanData s : jdbc) {
            assertTrue(descendsFrom(s, analysis, byId), s.getName() + " runs inside 'analyse article'");
        }
    }

    @Test
    void aReanalysisJobIsARootSpanAndEachArticleATraceOfItsOwn() throws Exception {
        String id = "retraced-" + UUID.randomUUID();
        send(new ProducerRecord<>(Topics.ARTICLES, id, ArticleCodec.toJson(new ArticleMessage(1, id, "r1", null, null, null,
                null, null, "Olaf Scholz spoke in Hamburg.", Instant.now()))));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (stored(id) == 0) {
            assertTrue(System.nanoTime() < deadline, id + " was not stored within 60 s");
            Thread.sleep(100);
        }

        String job = given().header("X-API-Key", "test-admin-key").post("/admin/reanalysis").then().statusCode(202)
                .extract().path("id");
        Predicate<SpanData> jobSpan = s -> s.getName().equals("reanalysis job") && job.equals(attribute(s, "newslens.reanalysis.id"));
        List<SpanData> all = SpanCapture.await(spans, jobSpan, Duration.ofSeconds(60), "of job " + job);
        SpanData root = all.stream().filter(jobSpan).findFirst().orElseThrow();
        assertFalse(root.getParentSpanContext().isValid(), "the job is a root span");
        SpanData request = all.stream().filter(s -> s.getKind() == SpanKind.SERVER && s.getName().startsWith("POST /admin/reanalysis"))
                .reduce((a, b) -> b).orElseThrow();
        assertNotEquals(request.getTraceId(), root.getTraceId(), "not inside the request's trace");
        assertTrue(root.getLinks().stream().map(LinkData::getSpanContext).anyMatch(c -> c.getSpanId().equals(request.getSpanId())),
                "linked to the request that started it");
        List<SpanData> articles = all.stream().filter(s -> s.getName().equals("reanalysis article")
                && s.getLinks().stream().anyMatch(l -> l.getSpanContext().getSpanId().equals(root.getSpanId()))).toList();
        assertFalse(articles.isEmpty(), "each article sent is a span linked to the job");
        for (SpanData a : articles) {
            assertFalse(a.getParentSpanContext().isValid(), "an article's trace starts with it");
            assertNotEquals(root.getTraceId(), a.getTraceId());
        }
    }

    private long stored(String id) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM article WHERE id = '" + id + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String attribute(SpanData s, String key) {
        return s.getAttributes().asMap().entrySet().stream().filter(e -> e.getKey().getKey().equals(key))
                .map(e -> e.getValue().toString()).findFirst().orElse(null);
    }

    private static boolean descendsFrom(SpanData span, SpanData ancestor, Map<String, SpanData> byId) {
        SpanData s = span;
        for (int depth = 0; s != null && depth < 50; depth++) {
            if (s.getParentSpanId().equals(ancestor.getSpanId())) {
                return true;
            }
            s = byId.get(s.getParentSpanId());
        }
        return false;
    }

    /** The SQL of a JDBC span (db.query.text, or db.statement in older conventions), stripped; empty for others. */
    static String statement(SpanData s) {
        String sql = attribute(s, "db.query.text");
        if (sql == null) {
            sql = attribute(s, "db.statement");
        }
        return sql == null ? "" : sql.strip().replaceAll("\\s+", " ");
    }

    private static List<String> names(List<SpanData> spans) {
        return spans.stream().map(s -> s.getKind() + " " + s.getName()).toList();
    }

    private void send(ProducerRecord<String, byte[]> record) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "acks", "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record).get();
        }
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        b[0] |= 1; // never all zeros (an invalid id)
        return HexFormat.of().formatHex(b);
    }
}
