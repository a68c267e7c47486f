package io.newslens.query.quotes;

import io.newslens.query.api.BadParameterException;
import io.newslens.query.api.Cursor;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where the next page of quotes starts: the date and id of the previous page's last quote. On the wire it is
 * {@link Cursor}'s opaque form, {@code ["q", "dated", "id"]}, as it always was.
 */
public record QuoteCursor(LocalDate dated, long id) {

    static final String KIND = "q";

    public QuoteCursor {
        Objects.requireNonNull(dated, "dated");
    }

    /** The cursor as the API hands it out ({@code nextCursor}). */
    public String encode() {
        return Cursor.encode(KIND, dated.toString(), Long.toString(id));
    }

    /** A client's cursor; null when absent; a 400 naming {@code cursor} when it is not one of ours. */
    public static QuoteCursor decode(String cursor) {
        List<String> key = Cursor.decode(cursor, KIND, 2);
        if (key == null) {
            return null;
        }
        try {
            return new QuoteCursor(LocalDate.parse(key.get(0)), Long.parseLong(key.get(1)));
        } catch (RuntimeException e) {
            throw new BadParameterException("cursor", Cursor.malformedMessage());
        }
    }
}
