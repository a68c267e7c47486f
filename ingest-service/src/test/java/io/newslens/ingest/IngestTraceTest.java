package io.newslens.ingest;

import io.newslens.ingest.tracing.SpanCapture;
import io.newslens.testsupport.KafkaTestResource;
import io.newslens.testsupport.PostgresTestResource;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One trace from {@code POST /articles} to the Kafka record: the record's {@code traceparent} names the producer span. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class IngestTraceTest {

    @Inject
    InMemorySpanExporter spans;

    @BeforeAll
    static void http() {
        TestHttp.configure();
    }

    @BeforeEach
    void schema() {
        AnalysisSchema.ensure();
    }

    @Test
    void serverSpanProducerSpanAndRecordShareOneTrace() throws Exception {
        String id = given().contentType("application/json")
                .body(Map.of("url", "https://news.example.com/traced/" + UUID.randomUUID(), "title", "Traced",
                        "body", "Angela Merkel spoke in Berlin on Monday."))
                .post("/articles").then().statusCode(202).extract().path("id");

        List<ConsumerRecord<String, byte[]>> records = ArticlesTopic.all().stream().filter(r -> id.equals(r.key())).toList();
        assertEquals(1, records.size());
        Header header = records.get(0).headers().lastHeader("traceparent");
        assertNotNull(header, "the record carries a W3C traceparent header");
        String[] traceparent = new String(header.value(), StandardCharsets.UTF_8).split("-");
        assertEquals(4, traceparent.length, "version-traceid-parentid-flags");
        String traceId = traceparent[1];
        String parentId = traceparent[2];

        List<SpanData> all = SpanCapture.await(spans, s -> s.getKind() == SpanKind.SERVER && s.getTraceId().equals(traceId),
                Duration.ofSeconds(10), "of kind SERVER in trace " + traceId);
        SpanData server = all.stream().filter(s -> s.getKind() == SpanKind.SERVER && s.getTraceId().equals(traceId))
                .findFirst().orElseThrow();
        assertTrue(server.getName().startsWith("POST /articles"), server.getName());
        SpanData producer = all.stream().filter(s -> s.getSpanId().equals(parentId)).findFirst()
                .orElseThrow(() -> new AssertionError("no finished span with the record's parent id " + parentId));
        assertEquals(SpanKind.PRODUCER, producer.getKind(), "the record's parent is the producer span");
        assertEquals(traceId, producer.getTraceId());
        assertEquals(server.getSpanId(), producer.getParentSpanId(), "the producer span is the request's child");
        assertTrue(producer.getName().startsWith("articles"), "named for the topic: " + producer.getName());
    }
}
