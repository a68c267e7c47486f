package io.newslens.query.search;

import io.newslens.query.api.Db;
import io.newslens.query.api.Sql;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Newest first, a text with more matches than the exact total counts, or one word however many. With few matches
 * (the total is exact), the GIN bitmap and a sort. With many, of words that a small share of articles hold, a window
 * of the newest articles first (see {@link #window}): the bitmaps of the words and of the window's dates, ANDed, so that
 * only the window's matches are read. Otherwise, or when the window holds less than a page, the date index is walked
 * with the text as a filter, reading every article's vector until the page is full (always: see
 * {@link Db.Hint#INDEX_WALK}). {@code total}: as the planner counted it; {@code rarest}: the query's rarest word.
 */
record NewestFirst(SearchReads reads, SearchRequest request, long total, SearchPlanner.Rarest rarest) implements SearchStrategy {

    /** Below this share of articles holding a query's rarest word, a window is read first. */
    static final double WINDOW_BELOW = 0.05;
    /** How many times over the window should hold a page, at that share. */
    static final double WINDOW_MARGIN = 3;

    @Override
    public List<Row> page() {
        boolean few = reads.exact(total);
        if (!few) {
            Optional<Window> window = window();
            if (window.isPresent()) {
                List<Row> rows = datePage(window.get().since(), Db.Hint.NO_INDEX_WALK);
                // a full page, or every match in range (a window from the range's first article on)
                if (rows.size() > request.limit() || window.get().since() == null) {
                    return rows;
                }
            }
        }
        return datePage(null, few ? Db.Hint.NO_INDEX_WALK : Db.Hint.INDEX_WALK);
    }

    /** The newest articles from {@code since} on; null: all those in the request's range. */
    record Window(LocalDate since) {
    }

    /**
     * The window of a newest-first page: from the date of the k-th newest article (in the request's source and
     * dates, from its cursor on), k being enough articles to hold the page {@link #WINDOW_MARGIN} times over at the
     * share of articles that hold the query's rarest word (an upper bound of the share that matches a conjunction).
     * None when no window is worth it: the query is not a plain conjunction of words and phrases, or its rarest
     * word is in {@link #WINDOW_BELOW} of the articles or more, where the walk is short. Any start gives the right
     * page: every match from it on is read, and the page is taken only when there is a page of them.
     */
    Optional<Window> window() {
        SearchRequest r = request;
        if (rarest.share() >= WINDOW_BELOW || rarest.share() <= 0) {
            return Optional.empty();
        }
        double share = rarest.share();
        long k = (long) Math.ceil(WINDOW_MARGIN * (r.limit() + 1) / share);
        Sql edge = new Sql("SELECT a.dated FROM article a WHERE true");
        if (r.source() != null) {
            edge.and("a.source = ?", r.source());
        }
        r.dates().on(edge, "a.dated");
        if (r.dateCursor() != null) {
            edge.and("a.dated <= ?", r.dateCursor().dated());
        }
        edge.add(" ORDER BY a.dated DESC OFFSET ? LIMIT 1", k - 1);
        return Optional.of(new Window(reads.db.one(edge, rs -> rs.getObject(1, LocalDate.class)).orElse(null)));
    }

    /** A newest-first page from {@code since} on (null: all dates), with the score of its rows for information. */
    private List<Row> datePage(LocalDate since, Db.Hint hint) {
        SearchRequest r = request;
        Sql page = new Sql("SELECT " + SearchReads.COLUMNS + ", a.rank_search FROM article a WHERE true");
        SearchReads.filters(page, r);
        if (since != null) {
            page.and("a.dated >= ?", since);
        }
        SearchCursor.ByDate after = r.dateCursor();
        if (after != null) {
            page.and("(a.dated, a.id) < (?, ?)", after.dated(), after.id());
        }
        page.add(" ORDER BY a.dated DESC, a.id DESC LIMIT ?", r.limit() + 1);
        return reads.withText(hint, new Sql("SELECT id, title, source, url, byline, published, dated, ts_rank_cd(rank_search, "
                        + SearchReads.QUERY + ", " + Relevance.NORMALIZATION + ") AS score FROM (", r.query()).add(page).add(") x"),
                "p.score", "b.body", "p.dated DESC, p.id DESC", null);
    }
}
