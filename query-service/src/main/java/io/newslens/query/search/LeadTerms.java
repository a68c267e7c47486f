package io.newslens.query.search;

import io.newslens.query.api.Db;
import io.newslens.query.api.Sql;

import java.util.function.BiConsumer;

/**
 * Reads of the lead terms' {@code lead_term}: for every article, the lexemes of its title+lead that its full vector
 * holds too, each with the score a query of that one lexeme gets ({@code ts_rank_cd(rank_search, lexeme, 32)}),
 * keyed in relevance order; of {@code lead_pair}, the same for its two-word phrases (key "first second");
 * and of the lexeme counts' {@code lexeme_articles}. Only for a query of one lexeme or one two-word phrase, filtered at most by
 * source and dates (what the tables carry).
 */
final class LeadTerms {

    private LeadTerms() {
    }

    /** A key of one of the two tables: a lexeme of lead_term or a pair of lead_pair. */
    record Key(String table, String column, String value) {

        /** SELECT the columns of the key's rows, as {@code t}. */
        Sql select(String columns) {
            return new Sql("SELECT " + columns + " FROM " + table + " t WHERE t." + column + " = ?", value);
        }
    }

    static Key word(String lexeme) {
        return new Key("lead_term", "lexeme", lexeme);
    }

    static Key pair(String pair) {
        return new Key("lead_pair", "pair", pair);
    }

    /**
     * Matches counted up to one past {@code upTo}. Without source or dates, the lexeme count of the articles holding the
     * lexeme ({@code articles}; -1: not known), exact. Otherwise from the lead terms' index entries when there are that many (each is a match), else
     * through the GIN bitmap, which visits every match up to the limit (a heap page each: see R__lexeme_counts.sql).
     */
    static long total(Db db, String lexeme, long articles, SearchRequest r, int upTo,
                      BiConsumer<Sql, SearchRequest> articleFilters) {
        if (articles >= 0 && r.source() == null && r.dates().isAllTime()) {
            return Math.min(articles, upTo + 1L);
        }
        long leads = leads(db, word(lexeme), r, upTo);
        if (leads > upTo) {
            return leads;
        }
        Sql matches = new Sql("SELECT 1 FROM article a WHERE true");
        articleFilters.accept(matches, r);
        return db.list(Db.Hint.NO_SEQUENTIAL_SCAN, new Sql("SELECT count(*) FROM (").add(matches).add(" LIMIT ?) c", upTo + 1),
                rs -> rs.getLong(1)).get(0);
    }

    /**
     * The lead-tier matches of a key (a lexeme, or a two-word phrase) in the request's source and dates, counted
     * up to one past {@code upTo}: index entries only. Each is a match, so more than {@code upTo} prove "at least".
     */
    static long leads(Db db, Key key, SearchRequest r, int upTo) {
        Sql lead = key.select("1");
        filters(lead, r);
        return db.count(new Sql("SELECT count(*) FROM (").add(lead).add(" LIMIT ?) c", upTo + 1));
    }

    /** Every lead-tier match of a key in the request's source and dates, with its score: article_id, score. */
    static Sql scores(Key key, SearchRequest r) {
        Sql sql = key.select("t.article_id, t.score");
        filters(sql, r);
        return sql;
    }

    /** The next {@code want} lead-tier matches after the cursor (when it is in the lead tier): article_id, score, dated. */
    static Sql page(Key term, SearchRequest r, int want) {
        Sql sql = term.select("t.article_id, t.score, t.dated");
        filters(sql, r);
        SearchCursor.ByRelevance after = r.relevanceCursor();
        if (after != null) {
            sql.and("(t.score, t.dated, t.article_id) < (?, ?, ?)", after.score(), after.dated(), after.id());
        }
        return sql.add(" ORDER BY t.score DESC, t.dated DESC, t.article_id DESC LIMIT ?", want);
    }

    private static void filters(Sql sql, SearchRequest r) {
        if (r.source() != null) {
            sql.and("t.source = ?", r.source());
        }
        r.dates().on(sql, "t.dated");
    }
}
