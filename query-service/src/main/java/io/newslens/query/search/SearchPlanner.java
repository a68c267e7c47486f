package io.newslens.query.search;

import io.newslens.query.api.Db;
import io.newslens.query.api.Sql;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses how a search runs ({@link SearchStrategy}), reading what decides it and handing that on:
 *
 * <ol>
 *   <li>no text: {@link Browse};</li>
 *   <li>one word, without entity or speaker (the lead terms carry source and date only): its total from the lexeme
 *       counts or the lead terms, then {@link LeadTierFirst} by relevance, {@link NewestFirst} by date;</li>
 *   <li>one quoted two-word phrase, likewise, in more titles and leads than the exact total counts: those lead pairs
 *       prove the total; then {@link LeadTierFirst} by relevance, {@link NewestFirst} by date;</li>
 *   <li>otherwise one pass over up to one more match than the exact total counts: when that is all of them,
 *       {@link AllMatches}; else {@link NewestFirst} by date, and by relevance {@link LeadTierFirst} for a two-word
 *       phrase, {@link RankedTiers} for anything else.</li>
 * </ol>
 */
final class SearchPlanner {

    private final SearchReads reads;

    SearchPlanner(SearchReads reads) {
        this.reads = reads;
    }

    /** The strategy for a request whose text is parsed ({@link SearchRequest#parsed}). */
    SearchStrategy plan(SearchRequest r) {
        if (r.q() == null) {
            return new Browse(reads, r);
        }
        boolean relevance = r.byRelevance();
        PhrasePairs.Conjunction words = PhrasePairs.conjunction(r.query().text());
        // lead_term and lead_pair carry source and date, not entities or speakers
        boolean leadTerms = words != null && r.entities().isEmpty() && r.speaker() == null;
        String word = leadTerms ? words.single() : null;
        LeadTerms.Key pair = leadTerms && words.pair() != null ? LeadTerms.pair(words.pair()) : null;
        // the rarest word's count, read where it is used: a one-word total without source or dates, the date window
        boolean unfiltered = r.source() == null && r.dates().isAllTime();
        Rarest rarest = !relevance || word != null && unfiltered ? rarest(words) : null;
        if (word != null) {
            long total = LeadTerms.total(reads.db, word, rarest == null ? -1 : rarest.articles(), r, reads.exactTotalUpTo,
                    SearchReads::filters);
            return relevance ? new LeadTierFirst(reads, r, LeadTerms.word(word), total) : new NewestFirst(reads, r, total, rarest);
        }
        if (pair != null) {
            long leads = LeadTerms.leads(reads.db, pair, r, reads.exactTotalUpTo);
            if (!reads.exact(leads)) {
                // more title+lead matches than the exact total counts: they prove the total
                return relevance ? new LeadTierFirst(reads, r, pair, leads) : new NewestFirst(reads, r, leads, rarest);
            }
        }
        List<AllMatches.Match> matches = matches(r);
        if (reads.exact(matches.size())) {
            return new AllMatches(reads, r, matches, pair);
        }
        long total = matches.size();
        return !relevance ? new NewestFirst(reads, r, total, rarest)
                : pair != null ? new LeadTierFirst(reads, r, pair, total) : new RankedTiers(reads, r, total);
    }

    /**
     * Up to one more than the exact-total limit of the matches, through the GIN bitmap, with their tier. With a
     * phrase, the candidates are the articles holding its word pairs (phrase_pairs' index), each then checked for the
     * phrase (against the vector in the row); the fence (OFFSET 0) keeps the pair index out of any recheck, which
     * would compute the pairs of every candidate (~1.4 ms each). The lead tier's scores are read by
     * {@link AllMatches} when it needs them: ranking every match here was half of the pass, wasted whenever it
     * reached the limit.
     */
    private List<AllMatches.Match> matches(SearchRequest r) {
        Sql sql = new Sql("SELECT a.id, a.dated, a.rank_search @@ " + SearchReads.QUERY + " AS lead FROM ", r.query());
        if (r.phrasePairs() == null) {
            sql.add("article a WHERE true");
        } else {
            // only the columns read above and by the filters: with *, every candidate's body was fetched from
            // TOAST too (24 ms for 1,001 candidates where these take 8)
            sql.add("(SELECT x.id, x.dated, x.source, x.search, x.rank_search FROM article x"
                    + " WHERE phrase_pairs(x.search) @@ ?::tsquery OFFSET 0) a WHERE true", r.phrasePairs());
        }
        SearchReads.filters(sql, r);
        sql.add(" LIMIT ?", reads.exactTotalUpTo + 1);
        return reads.db.list(Db.Hint.NO_SEQUENTIAL_SCAN, sql, rs -> new AllMatches.Match(rs.getString("id"),
                rs.getObject("dated", LocalDate.class), rs.getBoolean("lead") ? Tier.LEAD : Tier.BODY, 0));
    }

    /**
     * The query's rarest word: how many articles hold it (the lexeme counts), and their share of all articles (the
     * planner's count of them). A conjunction matches no more articles than that; a word no article holds gives 0. For
     * any other query (OR, NOT, prefixes...): unknown, -1 articles and a share of 1.
     */
    record Rarest(long articles, double share) {
    }

    Rarest rarest(PhrasePairs.Conjunction words) {
        if (words == null) {
            return new Rarest(-1, 1);
        }
        Set<String> lexemes = new LinkedHashSet<>(words.lexemes());
        String from = " (SELECT reltuples FROM pg_class WHERE oid = 'article'::regclass) FROM lexeme_articles l";
        // one word, most queries, with = : for = ANY (?) PostgreSQL planned anew every time (0.15 ms, three times
        // the look-up), its generic plan costed for an array of ten
        Sql sql = lexemes.size() == 1
                ? new Sql("SELECT coalesce(max(l.articles), 0)," + from + " WHERE l.lexeme = ?", lexemes.iterator().next())
                : new Sql("SELECT CASE WHEN count(*) < ? THEN 0 ELSE min(l.articles) END," + from + " WHERE l.lexeme = ANY (?)",
                        lexemes.size(), lexemes.toArray(String[]::new));
        return reads.db.one(sql, rs -> {
            long articles = rs.getLong(1);
            return new Rarest(articles, articles / Math.max(rs.getDouble(2), 1));
        }).orElseThrow();
    }
}
