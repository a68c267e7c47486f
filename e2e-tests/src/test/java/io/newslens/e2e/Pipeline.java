package io.newslens.e2e;

import io.newslens.testsupport.KafkaBroker;
import io.newslens.testsupport.PostgresDatabase;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole pipeline for end-to-end tests: one in-process Kafka broker, one fresh PostgreSQL database and
 * the three packaged services as child processes. Started once per test JVM by the first test class that
 * uses {@code @ExtendWith(Pipeline.class)}, stopped when the JVM's test run ends.
 */
public final class Pipeline implements BeforeAllCallback, AutoCloseable {

    public static final String API_KEY = "e2e-test-key";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Pipeline running;

    private KafkaBroker broker;
    private PostgresDatabase database;
    private final List<ServiceProcess> services = new ArrayList<>();
    private ServiceProcess ingest;
    private ServiceProcess analysis;
    private ServiceProcess query;

    /** The running pipeline; only valid inside a test class extended with this class. */
    public static Pipeline get() {
        if (running == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(Pipeline.class)");
        }
        return running;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (Pipeline.class) {
            if (running == null) {
                Pipeline p = new Pipeline();
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Pipeline.class.getName(), p);
                p.start();
                running = p;
            }
        }
    }

    private void start() throws Exception {
        Path root = Path.of(System.getProperty("newslens.root", ".."));
        broker = KafkaBroker.start();
        database = PostgresDatabase.create();
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", database.username());
        env.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
        env.put("NEWSLENS_API_KEY", API_KEY);
        // analysis-service owns the schema: start it first so the others find it
        analysis = ServiceProcess.start(root, "analysis-service", env);
        services.add(analysis);
        analysis.awaitReady(HTTP, Duration.ofMinutes(3));
        ingest = ServiceProcess.start(root, "ingest-service", env);
        services.add(ingest);
        query = ServiceProcess.start(root, "query-service", env);
        services.add(query);
        ingest.awaitReady(HTTP, Duration.ofMinutes(2));
        query.awaitReady(HTTP, Duration.ofMinutes(2));
    }

    public ServiceProcess ingest() {
        return ingest;
    }

    public ServiceProcess analysis() {
        return analysis;
    }

    public ServiceProcess query() {
        return query;
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public PostgresDatabase database() {
        return database;
    }

    @Override
    public void close() throws Exception {
        for (ServiceProcess s : services) {
            s.close();
        }
        if (database != null) {
            database.close();
        }
        if (broker != null) {
            broker.close();
        }
        running = null;
    }
}
