package io.newslens.query.search;

import io.newslens.query.api.Sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A text with no more matches than the exact total counts, in either order: the planner's pass read them all with
 * their tier and date ({@code matches}), so the total is their number and the page is cut from them in memory (one
 * visit per match, however often a phrase must be rechecked); by relevance, the lead matches' scores are read first.
 * {@code pair}: the query's two-word phrase when it is one (null otherwise), whose scores its lead pairs hold.
 */
record AllMatches(SearchReads reads, SearchRequest request, List<Match> matches, LeadTerms.Key pair) implements SearchStrategy {

    /** A match with what orders it: its tier (lead or body), its score (lead tier only, once read) and its date. */
    record Match(String id, LocalDate dated, Tier tier, float score) {
    }

    private static final Comparator<Match> BY_DATE = Comparator.comparing(Match::dated).thenComparing(Match::id).reversed();
    private static final Comparator<Match> BY_RELEVANCE = Comparator.comparing(Match::tier)
            .thenComparing(Comparator.comparingDouble(Match::score).reversed()).thenComparing(BY_DATE);

    @Override
    public long total() {
        return matches.size();
    }

    /** The page after the cursor, cut from all the matches, then read with its texts. */
    @Override
    public List<Row> page() {
        SearchRequest r = request;
        boolean relevance = r.byRelevance();
        Comparator<Match> order = relevance ? BY_RELEVANCE : BY_DATE;
        Match after = null;
        List<Match> candidates = matches;
        if (relevance) {
            SearchCursor.ByRelevance cursor = r.relevanceCursor();
            if (cursor == null || cursor.tier() == Tier.LEAD) {
                candidates = scored();
            }
            after = cursor == null ? null : new Match(cursor.id(), cursor.dated(), cursor.tier(), cursor.score());
        } else if (r.dateCursor() != null) {
            after = new Match(r.dateCursor().id(), r.dateCursor().dated(), null, 0);
        }
        Match from = after;
        List<Match> page = candidates.stream().filter(m -> from == null || order.compare(m, from) > 0)
                .sorted(order).limit(r.limit() + 1L).toList();
        if (page.isEmpty()) {
            return new ArrayList<>();
        }
        Map<String, Row> read = new HashMap<>();
        Map<String, Match> byId = new HashMap<>();
        page.forEach(m -> byId.put(m.id(), m));
        String[] lead = page.stream().filter(m -> m.tier() == Tier.LEAD).map(Match::id).toArray(String[]::new);
        // a lead-tier match's snippet comes from its lead, as in the tiers read from the indexes: only that much of
        // its body is read (de-TOASTed); the others' windows are found in the whole body
        reads.db.list(new Sql("SELECT a.id, a.title, a.source, a.url, a.byline, a.published, a.dated,"
                + " CASE WHEN a.id = ANY (?) THEN left(a.body, " + SnippetWindows.WINDOW + ") ELSE a.body END AS body,"
                + " CASE WHEN a.id = ANY (?) THEN ts_rank_cd(a.rank_search, " + SearchReads.QUERY + ", " + Relevance.NORMALIZATION
                + ") ELSE 0 END AS score FROM article a WHERE a.id = ANY (?)", lead, lead, r.query(),
                page.stream().map(Match::id).toArray(String[]::new)), rs -> {
            Match m = byId.get(rs.getString("id"));
            read.put(m.id(), new Row(SearchReads.hit(rs, null, rs.getFloat("score")), relevance ? m.tier() : null,
                    rs.getString("body")));
            return null;
        });
        List<Row> rows = new ArrayList<>(page.size());
        for (Match m : page) {
            rows.add(read.get(m.id()));
        }
        return rows;
    }

    /**
     * The matches with the lead tier's scores: ts_rank_cd on title+lead, read for the lead matches only; for a two-word
     * phrase ({@code pair}), its lead_pair rows hold them, index entries only (an article visited and a phrase ranked
     * for each: 4 ms for a name's 525).
     */
    private List<Match> scored() {
        String[] lead = matches.stream().filter(m -> m.tier() == Tier.LEAD).map(Match::id).toArray(String[]::new);
        if (lead.length == 0) {
            return matches;
        }
        Map<String, Float> scores = new HashMap<>();
        reads.db.list(pair != null ? LeadTerms.scores(pair, request)
                : new Sql("SELECT a.id, ts_rank_cd(a.rank_search, " + SearchReads.QUERY + ", " + Relevance.NORMALIZATION
                + ") FROM article a WHERE a.id = ANY (?)", request.query(), lead), rs -> scores.put(rs.getString(1), rs.getFloat(2)));
        return matches.stream().map(m -> m.tier() == Tier.LEAD
                ? new Match(m.id(), m.dated(), m.tier(), scores.getOrDefault(m.id(), 0f)) : m).toList();
    }
}
