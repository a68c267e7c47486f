package io.newslens.query.search;

import io.newslens.query.api.BadParameterException;
import io.newslens.query.api.Cursor;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where the next page of a search starts: the sort key of the previous page's last hit, one record per order. On the
 * wire it is {@link Cursor}'s opaque form, {@code ["r", tier, "score", "dated", "id"]} or {@code ["d", "dated", "id"]}
 * (the form the API has always handed out, so that a cursor from before these records still pages on).
 */
public sealed interface SearchCursor {

    /** The order whose pages this cursor continues. */
    SortOrder order();

    /** The cursor as the API hands it out ({@code nextCursor}). */
    String encode();

    /**
     * A client's cursor for the given order; null when absent. A cursor that is not one we handed out, or that belongs
     * to another order or listing, is a 400 naming {@code cursor}.
     */
    static SearchCursor decode(String cursor, SortOrder order) {
        return order == SortOrder.RELEVANCE ? ByRelevance.decode(cursor) : ByDate.decode(cursor);
    }

    /** Relevance order: the hit's tier, its score (0 in the body tier), its date and its id. */
    record ByRelevance(Tier tier, float score, LocalDate dated, String id) implements SearchCursor {

        static final String KIND = "r";

        public ByRelevance {
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(dated, "dated");
            Objects.requireNonNull(id, "id");
        }

        @Override
        public SortOrder order() {
            return SortOrder.RELEVANCE;
        }

        @Override
        public String encode() {
            return Cursor.encode(KIND, tier.number, Float.toString(score), dated.toString(), id);
        }

        static ByRelevance decode(String cursor) {
            List<String> key = Cursor.decode(cursor, KIND, 4);
            if (key == null) {
                return null;
            }
            try {
                return new ByRelevance(Tier.of(Integer.parseInt(key.get(0))), Float.parseFloat(key.get(1)),
                        LocalDate.parse(key.get(2)), key.get(3));
            } catch (RuntimeException e) {
                throw malformed();
            }
        }
    }

    /** Newest first: the hit's date and id. */
    record ByDate(LocalDate dated, String id) implements SearchCursor {

        static final String KIND = "d";

        public ByDate {
            Objects.requireNonNull(dated, "dated");
            Objects.requireNonNull(id, "id");
        }

        @Override
        public SortOrder order() {
            return SortOrder.DATE;
        }

        @Override
        public String encode() {
            return Cursor.encode(KIND, dated.toString(), id);
        }

        static ByDate decode(String cursor) {
            List<String> key = Cursor.decode(cursor, KIND, 2);
            if (key == null) {
                return null;
            }
            try {
                return new ByDate(LocalDate.parse(key.get(0)), key.get(1));
            } catch (RuntimeException e) {
                throw malformed();
            }
        }
    }

    private static BadParameterException malformed() {
        return new BadParameterException("cursor", Cursor.malformedMessage());
    }
}
