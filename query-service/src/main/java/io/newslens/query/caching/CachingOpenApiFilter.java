package io.newslens.query.caching;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Map;

/**
 * Documents {@link CachePolicy} in the OpenAPI description: on each GET it lists, the If-None-Match parameter, the
 * ETag, Cache-Control and Vary headers of the 200 answer, the 304 answer, and when the tag changes.
 */
public class CachingOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, CachePolicy> entry : CachePolicy.BY_PATH.entrySet()) {
            PathItem item = openAPI.getPaths().getPathItem(entry.getKey());
            Operation get = item == null ? null : item.getGET();
            if (get != null) {
                document(get, entry.getValue());
            }
        }
    }

    private static void document(Operation get, CachePolicy policy) {
        String note = "Cached: `Cache-Control: " + policy.cacheControl() + "`. The `ETag` (weak) changes when "
                + policy.scope().changesWhen() + "; send it back in `If-None-Match` to get `304 Not Modified` without "
                + "the query being run. Compressed (gzip or Brotli) when `Accept-Encoding` allows and the answer is "
                + "larger than a small size.";
        get.setDescription(get.getDescription() == null ? note : get.getDescription() + "\n\n" + note);
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        get.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER).schema(text)
                .description("An ETag of an earlier answer to this URL: 304 when it is still current"));
        APIResponse ok = get.getResponses() == null ? null : get.getResponses().getAPIResponse("200");
        if (ok != null) {
            ok.addHeader("ETag", header("Weak validator of this answer, e.g. W/\"0.1.0.48213.7\"", text));
            ok.addHeader("Cache-Control", header(policy.cacheControl(), text));
            ok.addHeader("Vary", header("Accept-Encoding", text));
        }
        get.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                .description("Not Modified: the If-None-Match tag is current; no body")
                .addHeader("ETag", header("The current tag (the one sent)", text))
                .addHeader("Cache-Control", header(policy.cacheControl(), text)));
    }

    private static Header header(String description, Schema schema) {
        return OASFactory.createHeader().description(description).schema(schema);
    }
}
