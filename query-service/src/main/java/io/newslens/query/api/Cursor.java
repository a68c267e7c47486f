package io.newslens.query.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Base64;
import java.util.List;

/**
 * The wire form of opaque keyset cursors: base64url of a JSON array whose first element names the ordering it belongs
 * to, followed by the sort key of the last row of the page. Clients pass {@code nextCursor} back unchanged. Each
 * listing's cursor is a record that reads its key from here in one place (search's {@code SearchCursor}, the quotes'
 * {@code QuoteCursor}).
 */
public final class Cursor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MALFORMED = "malformed cursor; pass back the nextCursor of the previous page unchanged";

    private Cursor() {
    }

    public static String encode(String kind, Object... key) {
        Object[] all = new Object[key.length + 1];
        all[0] = kind;
        System.arraycopy(key, 0, all, 1, key.length);
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(all));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key values (as strings) of a cursor of the given kind and arity; null when absent. */
    public static List<String> decode(String cursor, String kind, int arity) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            List<?> values = JSON.readValue(Base64.getUrlDecoder().decode(cursor.trim()), List.class);
            if (values.size() != arity + 1 || !kind.equals(values.get(0))) {
                throw new BadParameterException("cursor", values.size() > 0 && values.get(0) instanceof String
                        && !kind.equals(values.get(0)) ? "belongs to another sort order; start again without it" : MALFORMED);
            }
            return values.subList(1, values.size()).stream().map(v -> v == null ? null : String.valueOf(v)).toList();
        } catch (IllegalArgumentException | java.io.IOException | ClassCastException e) {
            throw new BadParameterException("cursor", MALFORMED);
        }
    }

    public static String malformedMessage() {
        return MALFORMED;
    }

}
