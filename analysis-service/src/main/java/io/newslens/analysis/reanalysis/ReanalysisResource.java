package io.newslens.analysis.reanalysis;

import io.newslens.analysis.api.AdminApi;
import io.newslens.common.problem.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /admin/reanalysis?from=&to=} re-runs the current analyzer over stored articles (all, or those
 * dated in the range) through Kafka; {@code GET /admin/reanalysis/{id}} shows its progress.
 */
@Path("/admin/reanalysis")
@AdminApi
@Produces(MediaType.APPLICATION_JSON)
public class ReanalysisResource {

    private final ReanalysisService service;

    public ReanalysisResource(ReanalysisService service) {
        this.service = service;
    }

    @POST
    public Response start(@QueryParam("from") String from, @QueryParam("to") String to) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate f = date("from", from, errors);
        LocalDate t = date("to", to, errors);
        if (f != null && t != null && f.isAfter(t)) {
            errors.add(new Problem.FieldError("to", "must not be before from"));
        }
        if (!errors.isEmpty()) {
            return Problem.of(400, "invalid-parameters", "Invalid parameters", "see errors", errors).toResponse();
        }
        ReanalysisJob.Status s = service.start(f, t);
        return Response.accepted(s).location(URI.create("/admin/reanalysis/" + s.id())).build();
    }

    @GET
    @Path("/{id}")
    public Response status(@PathParam("id") String id) {
        return service.status(id).map(s -> Response.ok(s).build())
                .orElseGet(() -> Problem.of(404, "not-found", "Not found", "no re-analysis job " + id).toResponse());
    }

    private static LocalDate date(String field, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "not a date in the form YYYY-MM-DD"));
            return null;
        }
    }
}
