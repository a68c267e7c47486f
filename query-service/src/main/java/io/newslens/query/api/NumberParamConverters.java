package io.newslens.query.api;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Whole-number query and path parameters. A value that is not a number is a 400 naming the query
 * parameter (JAX-RS would answer 404), or a 404 problem for a path id that cannot exist.
 */
@Provider
public class NumberParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        boolean isLong = rawType == Long.class || rawType == long.class;
        boolean isInt = rawType == Integer.class || rawType == int.class;
        if (!isLong && !isInt) {
            return null;
        }
        String query = null;
        String path = null;
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                query = q.value();
            } else if (a instanceof PathParam p) {
                path = p.value();
            }
        }
        String field = query != null ? query : path != null ? path : "parameter";
        boolean inPath = query == null && path != null;
        return (ParamConverter<T>) new ParamConverter<Object>() {
            @Override
            public Object fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    long v = Long.parseLong(value.trim());
                    if (isInt && (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE)) {
                        throw new NumberFormatException();
                    }
                    return isInt ? (Object) (int) v : (Object) v;
                } catch (NumberFormatException e) {
                    if (inPath) {
                        throw new NotFoundProblem("No " + field + " '" + value + "': ids are whole numbers.");
                    }
                    throw new BadParameterException(field, "must be a whole number");
                }
            }

            @Override
            public String toString(Object value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
