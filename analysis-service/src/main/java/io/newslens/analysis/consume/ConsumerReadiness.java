package io.newslens.analysis.consume;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the consumer waits for the database: the records it holds are being retried and no new ones are
 * taken, so a load balancer or an operator should know why nothing moves. Liveness stays up: restarting the service
 * would not bring the database back.
 */
@Readiness
@ApplicationScoped
public class ConsumerReadiness implements HealthCheck {

    private final DatabaseWait wait;

    public ConsumerReadiness(DatabaseWait wait) {
        this.wait = wait;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("article consumer");
        return wait.longest().map(w -> builder.down()
                        .withData("waiting for the database since", w.since().toString())
                        .withData("reason", w.reason())
                        .withData("step", w.step())
                        .withData("record", w.record())
                        .withData("threads waiting", wait.threadsWaiting())
                        .build())
                .orElseGet(() -> builder.up().build());
    }
}
