package io.newslens.common.http;

import io.quarkus.runtime.Quarkus;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The check of a request's URI, moved from Quarkus's root handler into the application's router so that a malformed
 * one gets a problem like every other client error.
 *
 * <p>Quarkus refuses a request whose URI {@link URI} cannot parse (a malformed percent-encoding such as
 * {@code ?cursor=%%%garbage}) with a bare 400 in the handler in front of every router, where no application code
 * runs. It skips that check when the system property {@value #QUARKUS_SWITCH} is true, read once when its HTTP
 * recorder class loads; so each service's {@code main} sets it before Quarkus starts ({@link #run}), the test JVMs get
 * it from the build (surefire and failsafe), and {@link HttpProblems} makes the same check, with the same parser, as
 * the router's first route. There is no configuration property for it: the system property is Quarkus's own switch.
 */
public final class RequestUris {

    /** Quarkus's switch (in {@code VertxHttpRecorder}'s root handler). */
    public static final String QUARKUS_SWITCH = "vertx.disableURIValidation";

    private RequestUris() {
    }

    /** A service's entry point: starts Quarkus with the URI check left to {@link HttpProblems}. */
    public static void run(String... args) {
        System.setProperty(QUARKUS_SWITCH, "true");
        Quarkus.run(args);
    }

    /** Why the URI is no URI, or empty when it is one: the check Quarkus makes, with its reason. */
    public static Optional<String> malformed(String uri) {
        try {
            new URI(uri);
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of(e.getReason() + (e.getIndex() >= 0 ? " at character " + e.getIndex() : ""));
        }
    }
}
