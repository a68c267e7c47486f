package io.newslens.analysis.api;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks admin resources: {@link ApiKeyFilter} runs for every request matched to them, whatever spelling of the
 * path reached them ({@code //admin}, {@code /./admin}, percent-encoding), because it binds to the resource and
 * not to a path prefix.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdminApi {
}
