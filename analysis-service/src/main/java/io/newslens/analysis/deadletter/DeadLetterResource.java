package io.newslens.analysis.deadletter;

import io.newslens.analysis.api.AdminApi;
import io.newslens.common.problem.Problem;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.kafka.common.KafkaException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The dead-letter topic for operators ({@code deploy/tools/dlq} is the command line on top):
 * {@code GET /admin/dead-letters} groups what is there by reason, {@code GET /admin/dead-letters/{partition}/{offset}}
 * shows one record, {@code POST /admin/dead-letters/replay} puts selected records back onto the articles topic.
 */
@Path("/admin/dead-letters")
@AdminApi
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private final DeadLetters deadLetters;

    public DeadLetterResource(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** One reason: how many, first and last time, one example. */
    public record Group(String reason, int count, Instant first, Instant last, String exampleKey, String exampleRef) {
    }

    public record Listing(int total, List<Group> groups, List<DeadLetter> records) {
    }

    @GET
    public Listing list(@QueryParam("records") @DefaultValue("false") boolean withRecords,
                        @QueryParam("reason") String reason, @QueryParam("key") String key) {
        List<DeadLetter> all = deadLetters.list().stream().filter(select(reason, key, false)).toList();
        Map<String, List<DeadLetter>> byReason = new LinkedHashMap<>();
        for (DeadLetter d : all) {
            byReason.computeIfAbsent(group(d.reason()), k -> new ArrayList<>()).add(d);
        }
        List<Group> groups = new ArrayList<>();
        byReason.forEach((r, ds) -> {
            DeadLetter example = ds.get(ds.size() - 1);
            groups.add(new Group(r, ds.size(), ds.stream().map(DeadLetter::timestamp).min(Instant::compareTo).orElseThrow(),
                    ds.stream().map(DeadLetter::timestamp).max(Instant::compareTo).orElseThrow(), example.key(), example.ref()));
        });
        groups.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return new Listing(all.size(), groups, withRecords ? all : List.of());
    }

    @GET
    @Path("/{partition}/{offset}")
    public Response show(@PathParam("partition") String partition, @PathParam("offset") String offset) {
        int p;
        long o;
        try {
            p = Integer.parseInt(partition);
            o = Long.parseLong(offset);
        } catch (NumberFormatException e) {
            return Problem.of(400, "invalid-record", "Invalid record", "name a record by its partition and offset, e.g. /0/42",
                    List.of(new Problem.FieldError("partition/offset", "not whole numbers"))).toResponse();
        }
        return deadLetters.show(p, o).map(s -> Response.ok(s).build())
                .orElseGet(() -> Problem.of(404, "not-found", "Not found", "no record " + p + "@" + o + " in articles-dlq").toResponse());
    }

    @POST
    @Path("/replay")
    public Response replay(@QueryParam("reason") String reason, @QueryParam("key") String key,
                           @QueryParam("all") @DefaultValue("false") boolean all,
                           @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) throws Exception {
        if (!all && blank(reason) && blank(key)) {
            return Problem.of(400, "nothing-selected", "Nothing selected", "name what to replay: reason, key, or all=true",
                    List.of(new Problem.FieldError("reason", "one of reason, key or all=true is required"))).toResponse();
        }
        if (all && (!blank(reason) || !blank(key))) {
            return Problem.of(400, "conflicting-selection", "Conflicting selection", "all=true replays everything: leave out reason and key",
                    List.of(new Problem.FieldError("all", "not together with reason or key"))).toResponse();
        }
        return Response.ok(deadLetters.replay(select(reason, key, all), dryRun)).build();
    }

    /** The broker did not answer in time (or refused): nothing the client did wrong, and worth trying again. */
    @ServerExceptionMapper
    public Response kafkaUnavailable(KafkaException e) {
        return Problem.of(503, "kafka-unavailable", "Kafka unavailable",
                "the dead-letter topic could not be read or written now: " + e.getMessage()).toResponse(Map.of("Retry-After", "5"));
    }

    /** Records whose reason contains {@code reason} and whose key is {@code key} (each when given). */
    private static Predicate<DeadLetter> select(String reason, String key, boolean all) {
        return d -> all || ((blank(reason) || (d.reason() != null && d.reason().contains(reason)))
                && (blank(key) || key.equals(d.key())));
    }

    /** Reasons differ in positions and ids; digits runs fold so that one cause is one group. */
    static String group(String reason) {
        if (reason == null || reason.isBlank()) {
            return "(no reason)";
        }
        String folded = reason.replaceAll("\\d+", "#").strip();
        return folded.length() > 160 ? folded.substring(0, 160) + "…" : folded;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
