package io.newslens.query.search;

import io.newslens.query.api.Db;
import io.newslens.query.api.Sql;
import io.newslens.query.api.TsQuery;
import io.newslens.query.search.SearchStrategy.Row;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * Full-text search over articles with filters, relevance or date order and keyset pagination. The query text goes
 * through websearch_to_tsquery, so "quoted phrases", OR and -exclusions work.
 *
 * <p>Relevance order has two {@link Tier tiers}: first the matches whose title or lead (the first 400 characters)
 * match the query, by {@code ts_rank_cd} on that title+lead vector ({@code rank_search}); then the matches found only
 * further down the body, newest first (they would all score 0 on title+lead anyway). {@code total} is exact up to
 * {@link SearchConfig#exactTotalUpTo()} matches and a lower bound beyond.
 *
 * <p>A search parses its text once, then {@link SearchPlanner} chooses one of the ways of running it (a
 * {@link SearchStrategy}), which answers the total and the page; here the page gets its cursor and its snippets.
 */
@ApplicationScoped
public class ArticleSearch {

    private final Db db;
    private final SearchReads reads;
    private final SearchPlanner planner;

    public ArticleSearch(Db db, SearchConfig config) {
        this.db = db;
        this.reads = new SearchReads(db, config.exactTotalUpTo());
        this.planner = new SearchPlanner(reads);
    }

    public SearchResult search(SearchRequest request) {
        SearchStrategy strategy = plan(request);
        SearchRequest r = strategy.request();
        long total = strategy.total();
        List<Row> rows = strategy.page();
        String next = null;
        if (rows.size() > r.limit()) {
            rows = rows.subList(0, r.limit());
            next = after(r, rows.get(rows.size() - 1)).encode();
        }
        List<SearchResult.Hit> hits = r.q() == null ? rows.stream().map(Row::hit).toList() : highlighted(rows, r.query());
        boolean exact = reads.exact(total);
        return new SearchResult(exact ? total : reads.exactTotalUpTo, exact ? "eq" : "gte",
                r.q() == null ? "date" : r.sort().name().toLowerCase(), hits, next);
    }

    /** The request's text parsed (the first statement of a search with a text) and the strategy that runs it. */
    SearchStrategy plan(SearchRequest request) {
        String tsquery = request.q() == null ? null
                : db.one(new Sql("SELECT websearch_to_tsquery('english', ?)::text", request.q()), rs -> rs.getString(1)).orElse("");
        return planner.plan(request.parsed(tsquery));
    }

    /** The cursor of the page after the one ending at {@code last}. */
    private static SearchCursor after(SearchRequest r, Row last) {
        SearchResult.Hit h = last.hit();
        return r.byRelevance() ? new SearchCursor.ByRelevance(last.tier(), h.score(), h.dated(), h.id())
                : new SearchCursor.ByDate(h.dated(), h.id());
    }

    /** Snippets for the rows of the page: ts_headline over a window of each text (see {@link SnippetWindows}). */
    private List<SearchResult.Hit> highlighted(List<Row> rows, TsQuery query) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> lexemes = SnippetWindows.lexemes(query.text());
        String[] windows = rows.stream().map(row -> SnippetWindows.window(row.text(), lexemes)).toArray(String[]::new);
        List<String> snippets = db.list(new Sql("SELECT ts_headline('english', w, " + SearchReads.QUERY + ", ?) FROM unnest(?::text[])"
                + " WITH ORDINALITY AS u (w, n) ORDER BY n", query, Snippets.OPTIONS, windows), rs -> rs.getString(1));
        List<SearchResult.Hit> hits = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            SearchResult.Hit h = rows.get(i).hit();
            hits.add(new SearchResult.Hit(h.id(), h.title(), h.source(), h.url(), h.byline(), h.published(), h.dated(),
                    Snippets.toHtml(snippets.get(i)), h.score()));
        }
        return hits;
    }
}
