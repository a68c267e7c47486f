package io.newslens.query.search;

import io.newslens.query.api.Cursor;
import io.newslens.query.api.Db;
import io.newslens.query.api.Sql;
import io.newslens.query.api.TsQuery;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Full-text search over articles with filters, relevance or date order and keyset pagination.
 * The query text goes through websearch_to_tsquery, so "quoted phrases", OR and -exclusions work.
 *
 * <p>Relevance order has two tiers. First the matches whose title or lead (the first 400 characters)
 * match the query, by {@code ts_rank_cd} on that title+lead vector (V2's {@code rank_search}); then the
 * matches found only further down the body, newest first (they would all score 0 on title+lead anyway).
 * Only the first tier is ranked, and it is found through its own GIN index (V4), so the cost follows the
 * number of title+lead matches, not of all matches; the second tier walks the date index.
 *
 * <p>A query of one word (one lexeme, as most are), without entity or speaker filters, reads the lead tier
 * from V8's {@code lead_term}: the title+lead lexemes with the score that word gets, in relevance order, so a
 * page is the next rows of one index range however many articles match. Its total is V12's count of the
 * articles holding the word; with a source or dates, the lead terms' index entries (enough title+lead matches
 * prove "at least"), else the matches through the GIN bitmap.
 *
 * <p>A quoted two-word phrase (a name, most often) reads its lead tier likewise from V13's {@code lead_pair}, and when
 * its entries there alone are more than the exact total, they are the total's proof.
 *
 * <p>Other queries: {@code total} is exact up to {@link SearchConfig#exactTotalUpTo()} matches and a lower
 * bound beyond. One pass reads up to one more match than that with their tier and date; when they are all,
 * the lead matches' scores are read and the page is cut from them in memory (one visit per match, however often
 * a phrase must be rechecked); otherwise the tiers above are read page by page. For a quoted phrase, that pass
 * reads only the articles holding its hashed word pairs (V9's index), so that a phrase of common words does not
 * read every article holding the words.
 *
 * <p>Newest first with many matches: when the query's rarest word (V12) is in under {@link #WINDOW_BELOW} of the
 * articles, a window of the newest articles is read first (see {@link #window}), else the date index is walked.
 */
@ApplicationScoped
public class ArticleSearch {

    static final String RELEVANCE_CURSOR = "r";
    static final String DATE_CURSOR = "d";
    static final int LEAD_TIER = 1;
    static final int BODY_TIER = 2;
    /** Below this share of articles holding a query's rarest word, newest first reads a window first: see byDate. */
    static final double WINDOW_BELOW = 0.05;
    /** How many times over the window should hold a page, at that share. */
    static final double WINDOW_MARGIN = 3;
    /** The parsed query, one parameter ({@link TsQuery}): see {@link SearchRequest#query()}. */
    private static final String QUERY = "?::tsquery";
    private static final String COLUMNS = "a.id, a.title, a.source, a.url, a.byline, a.published, a.dated";

    private final Db db;
    private final int exactTotalUpTo;

    public ArticleSearch(Db db, SearchConfig config) {
        this.db = db;
        this.exactTotalUpTo = config.exactTotalUpTo();
    }

    /** A hit before its snippet is made: the text the snippet comes from, and its relevance tier. */
    private record Row(SearchResult.Hit hit, int tier, String text) {
    }

    public SearchResult search(SearchRequest request) {
        boolean relevance = request.q() != null && request.sort() == SortOrder.RELEVANCE;
        String tsquery = request.q() == null ? null
                : db.one(new Sql("SELECT websearch_to_tsquery('english', ?)::text", request.q()), rs -> rs.getString(1)).orElse("");
        SearchRequest r = request.parsed(tsquery);
        PhrasePairs.Conjunction words = PhrasePairs.conjunction(tsquery);
        // lead_term and lead_pair carry source and date, not entities or speakers
        boolean leadTerms = words != null && r.entities().isEmpty() && r.speaker() == null;
        String word = leadTerms ? words.single() : null;
        String phrase = leadTerms ? words.pair() : null;
        LeadTerms.Key pair = phrase == null ? null : LeadTerms.pair(phrase);
        // the rarest word's count, read where it is used: a one-word total without source or dates, the date window
        boolean unfiltered = r.source() == null && r.dates().isAllTime();
        Rarest rarest = r.q() != null && (!relevance || word != null && unfiltered) ? rarest(words) : null;
        List<Row> rows;
        long total;
        if (r.q() == null) {
            total = total(r);
            rows = browse(r);
        } else if (word != null) {
            long articles = rarest == null ? -1 : rarest.articles();
            total = LeadTerms.total(db, word, articles, r, exactTotalUpTo, ArticleSearch::filters);
            rows = relevance ? byLeadTerm(LeadTerms.word(word), r, total <= exactTotalUpTo) : byDate(r, total <= exactTotalUpTo, rarest);
        } else if (pair != null && (total = LeadTerms.leads(db, pair, r, exactTotalUpTo)) > exactTotalUpTo) {
            // a two-word phrase in more titles and leads than the exact total counts: that proves the total, and
            // its lead tier is a range of lead_pair (V13) as a word's is of lead_term
            rows = relevance ? byLeadTerm(pair, r, false) : byDate(r, false, rarest);
        } else {
            // one pass over up to limit + 1 matches: when that is all of them, the total is exact and the page
            // is cut from them in memory; otherwise the tiers are read from the indexes
            List<Match> matches = matches(r);
            total = matches.size();
            rows = total <= exactTotalUpTo ? pageOf(matches, r, relevance, pair)
                    : !relevance ? byDate(r, false, rarest) : pair != null ? byLeadTerm(pair, r, false) : byRelevance(r);
        }
        boolean exact = total <= exactTotalUpTo;
        String next = null;
        if (rows.size() > r.limit()) {
            rows = rows.subList(0, r.limit());
            Row last = rows.get(rows.size() - 1);
            SearchResult.Hit h = last.hit();
            next = relevance ? Cursor.encode(RELEVANCE_CURSOR, last.tier(), Float.toString(h.score()), h.dated().toString(), h.id())
                    : Cursor.encode(DATE_CURSOR, h.dated().toString(), h.id());
        }
        List<SearchResult.Hit> hits = r.q() == null ? rows.stream().map(Row::hit).toList() : highlighted(rows, r.query());
        return new SearchResult(exact ? total : exactTotalUpTo, exact ? "eq" : "gte",
                r.q() == null ? "date" : r.sort().name().toLowerCase(), hits, next);
    }

    /** A match with what orders it: its tier (lead or body), its score (lead tier only, once read) and its date. */
    private record Match(String id, LocalDate dated, int tier, float score) {
    }

    private static final Comparator<Match> BY_DATE = Comparator.comparing(Match::dated).thenComparing(Match::id).reversed();
    private static final Comparator<Match> BY_RELEVANCE = Comparator.comparingInt(Match::tier)
            .thenComparing(Comparator.comparingDouble(Match::score).reversed()).thenComparing(BY_DATE);

    /**
     * Up to one more than the exact-total limit of the matches, through the GIN bitmap, with their tier. With a
     * phrase, the candidates are the articles holding its word pairs (V9), each then checked for the phrase
     * (against the vector in the row since V11); the fence (OFFSET 0) keeps the pair index out of any recheck,
     * which would compute the pairs of every candidate (~1.4 ms each). The lead tier's scores are read by
     * {@link #pageOf} when it needs them: ranking every match here was half of the pass, wasted whenever it
     * reached the limit.
     */
    private List<Match> matches(SearchRequest r) {
        Sql sql = new Sql("SELECT a.id, a.dated, a.rank_search @@ " + QUERY + " AS lead FROM ", r.query());
        if (r.phrasePairs() == null) {
            sql.add("article a WHERE true");
        } else {
            // only the columns read above and by the filters: with *, every candidate's body was fetched from
            // TOAST too (24 ms for 1,001 candidates where these take 8)
            sql.add("(SELECT x.id, x.dated, x.source, x.search, x.rank_search FROM article x"
                    + " WHERE phrase_pairs(x.search) @@ ?::tsquery OFFSET 0) a WHERE true", r.phrasePairs());
        }
        filters(sql, r);
        sql.add(" LIMIT ?", exactTotalUpTo + 1);
        return db.list(Db.Hint.NO_SEQUENTIAL_SCAN, sql, rs -> new Match(rs.getString("id"), rs.getObject("dated", LocalDate.class),
                rs.getBoolean("lead") ? LEAD_TIER : BODY_TIER, 0));
    }

    /**
     * The query's rarest word: how many articles hold it (V12), and their share of all articles (the planner's
     * count of them). A conjunction matches no more articles than that; a word no article holds gives 0. For any
     * other query (OR, NOT, prefixes...): unknown, -1 articles and a share of 1.
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
        return db.one(sql, rs -> {
            long articles = rs.getLong(1);
            return new Rarest(articles, articles / Math.max(rs.getDouble(2), 1));
        }).orElseThrow();
    }

    /** The page after the cursor, cut from all the matches ({@code pair}: see {@link #scored}), then read with its texts. */
    private List<Row> pageOf(List<Match> matches, SearchRequest r, boolean relevance, LeadTerms.Key pair) {
        Comparator<Match> order = relevance ? BY_RELEVANCE : BY_DATE;
        List<String> key = r.cursor();
        if (relevance && (key == null || Integer.parseInt(key.get(0)) == LEAD_TIER)) {
            matches = scored(matches, r, pair);
        }
        Match after = key == null ? null : relevance
                ? new Match(key.get(3), LocalDate.parse(key.get(2)), Integer.parseInt(key.get(0)), Float.parseFloat(key.get(1)))
                : new Match(key.get(1), LocalDate.parse(key.get(0)), 0, 0);
        List<Match> page = matches.stream().filter(m -> after == null || order.compare(m, after) > 0)
                .sorted(order).limit(r.limit() + 1L).toList();
        if (page.isEmpty()) {
            return new ArrayList<>();
        }
        Map<String, Row> read = new HashMap<>();
        Map<String, Match> byId = new HashMap<>();
        page.forEach(m -> byId.put(m.id(), m));
        String[] lead = page.stream().filter(m -> m.tier() == LEAD_TIER).map(Match::id).toArray(String[]::new);
        // a lead-tier match's snippet comes from its lead, as in the tiers read from the indexes: only that much of
        // its body is read (de-TOASTed); the others' windows are found in the whole body
        db.list(new Sql("SELECT a.id, a.title, a.source, a.url, a.byline, a.published, a.dated,"
                + " CASE WHEN a.id = ANY (?) THEN left(a.body, " + SnippetWindows.WINDOW + ") ELSE a.body END AS body,"
                + " CASE WHEN a.id = ANY (?) THEN ts_rank_cd(a.rank_search, " + QUERY + ", " + Relevance.NORMALIZATION + ") ELSE 0 END AS score"
                + " FROM article a WHERE a.id = ANY (?)", lead, lead, r.query(), page.stream().map(Match::id).toArray(String[]::new)), rs -> {
            Match m = byId.get(rs.getString("id"));
            read.put(m.id(), new Row(hit(rs, null, rs.getFloat("score")), relevance ? m.tier() : 0, rs.getString("body")));
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
     * phrase ({@code pair}), its lead_pair rows (V13) hold them, index entries only (an article visited and a phrase
     * ranked for each: 4 ms for a name's 525).
     */
    private List<Match> scored(List<Match> matches, SearchRequest r, LeadTerms.Key pair) {
        String[] lead = matches.stream().filter(m -> m.tier() == LEAD_TIER).map(Match::id).toArray(String[]::new);
        if (lead.length == 0) {
            return matches;
        }
        Map<String, Float> scores = new HashMap<>();
        db.list(pair != null ? LeadTerms.scores(pair, r)
                : new Sql("SELECT a.id, ts_rank_cd(a.rank_search, " + QUERY + ", " + Relevance.NORMALIZATION + ") FROM article a WHERE a.id = ANY (?)",
                r.query(), lead), rs -> scores.put(rs.getString(1), rs.getFloat(2)));
        return matches.stream().map(m -> m.tier() == LEAD_TIER
                ? new Match(m.id(), m.dated(), m.tier(), scores.getOrDefault(m.id(), 0f)) : m).toList();
    }

    /** The lead tier by score, then (when the page is not full) the body tier newest first. */
    private List<Row> byRelevance(SearchRequest r) {
        int want = r.limit() + 1;
        List<String> key = r.cursor();
        int tier = key == null ? LEAD_TIER : Integer.parseInt(key.get(0));
        List<Row> rows = new ArrayList<>();
        if (tier == LEAD_TIER) {
            // ranked on the small title+lead vector alone, then checked against the full vector (de-TOASTed)
            // in rank order until the page is full: the lead matches it too but for a word the lead cuts short
            Sql lead = new Sql("SELECT a.id, a.dated, a.search, ts_rank_cd(a.rank_search, " + QUERY + ", " + Relevance.NORMALIZATION + ") AS score"
                    + " FROM article a WHERE a.rank_search @@ " + QUERY, r.query(), r.query());
            filters(lead, r, 0, false);
            Sql ranked = new Sql("SELECT * FROM (").add(lead).add(") m WHERE true");
            if (key != null) {
                float score = Float.parseFloat(key.get(1));
                ranked.and("(m.score < ? OR (m.score = ? AND (m.dated, m.id) < (?, ?)))",
                        score, score, LocalDate.parse(key.get(2)), key.get(3));
            }
            // OFFSET 0: sorted first, so that the check below runs on the first rows only
            ranked.add(" ORDER BY m.score DESC, m.dated DESC, m.id DESC OFFSET 0");
            Sql page = new Sql("SELECT p.id, p.dated, p.score FROM (").add(ranked).add(") p WHERE p.search @@ " + QUERY, r.query())
                    .add(" ORDER BY p.score DESC, p.dated DESC, p.id DESC LIMIT ?", want);
            // the lead tier matches in the title or the first 400 characters: the snippet comes from there
            Sql sql = new Sql("SELECT b.id, b.title, b.source, b.url, b.byline, b.published, b.dated, p.score, left(b.body, "
                    + SnippetWindows.WINDOW + ") AS text FROM (").add(page)
                    .add(") p JOIN article b ON b.id = p.id ORDER BY p.score DESC, p.dated DESC, p.id DESC");
            rows.addAll(db.list(sql, rs -> new Row(hit(rs, null, rs.getFloat("score")), LEAD_TIER, rs.getString("text"))));
        }
        if (rows.size() < want) {
            rows.addAll(bodyTier(r, want - rows.size(), false));
        }
        return rows;
    }

    /**
     * The lead tier of one word or one two-word phrase ({@code term}) from {@code lead_term} (V8) or {@code lead_pair}
     * (V13), then the body tier. {@code few}: the total is exact, so the body tier takes the bitmap of its few matches
     * rather than walk the date index.
     */
    private List<Row> byLeadTerm(LeadTerms.Key term, SearchRequest r, boolean few) {
        int want = r.limit() + 1;
        List<String> key = r.cursor();
        int tier = key == null ? LEAD_TIER : Integer.parseInt(key.get(0));
        List<Row> rows = new ArrayList<>();
        if (tier == LEAD_TIER) {
            Sql lead = new Sql("SELECT a.id, a.title, a.source, a.url, a.byline, a.published, a.dated, t.score, left(a.body, "
                    + SnippetWindows.WINDOW + ") AS text FROM (").add(LeadTerms.page(term, r, want)).add(
                    ") t JOIN article a ON a.id = t.article_id ORDER BY t.score DESC, t.dated DESC, t.article_id DESC");
            rows.addAll(db.list(lead, rs -> new Row(hit(rs, null, rs.getFloat("score")), LEAD_TIER, rs.getString("text"))));
        }
        if (rows.size() < want) {
            rows.addAll(bodyTier(r, want - rows.size(), few));
        }
        return rows;
    }

    /**
     * Matches further down than the lead (score 0), newest first, after the cursor when it is in this tier: the
     * bitmap of the few, or a walk down the date index.
     */
    private List<Row> bodyTier(SearchRequest r, int want, boolean few) {
        List<String> key = r.cursor();
        Sql body = new Sql("SELECT " + COLUMNS + " FROM article a WHERE NOT (a.rank_search @@ " + QUERY + ")", r.query());
        filters(body, r);
        if (key != null && Integer.parseInt(key.get(0)) == BODY_TIER) {
            body.and("(a.dated, a.id) < (?, ?)", LocalDate.parse(key.get(2)), key.get(3));
        }
        body.add(" ORDER BY a.dated DESC, a.id DESC LIMIT ?", want);
        return withText(few ? Db.Hint.NO_INDEX_WALK : Db.Hint.INDEX_WALK, body, "0::real", "b.body", "p.dated DESC, p.id DESC", BODY_TIER);
    }

    /**
     * Newest first. With few matches ({@code few}: the total is known to be exact), the GIN bitmap and a sort. With
     * many, of words that a small share of articles hold, a window of the newest articles first (see
     * {@link #window}): the bitmaps of the words and of the window's dates, ANDed, so that only the window's
     * matches are read. Otherwise, or when the window holds less than a page, the date index is walked with the text
     * as a filter, reading every article's vector until the page is full (always: see {@link Db.Hint#INDEX_WALK}).
     */
    private List<Row> byDate(SearchRequest r, boolean few, Rarest rarest) {
        if (!few) {
            Optional<Window> window = window(r, rarest);
            if (window.isPresent()) {
                List<Row> rows = datePage(r, window.get().since(), Db.Hint.NO_INDEX_WALK);
                // a full page, or every match in range (a window from the range's first article on)
                if (rows.size() > r.limit() || window.get().since() == null) {
                    return rows;
                }
            }
        }
        return datePage(r, null, few ? Db.Hint.NO_INDEX_WALK : Db.Hint.INDEX_WALK);
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
    Optional<Window> window(SearchRequest r, Rarest rarest) {
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
        if (r.cursor() != null) {
            edge.and("a.dated <= ?", LocalDate.parse(r.cursor().get(0)));
        }
        edge.add(" ORDER BY a.dated DESC OFFSET ? LIMIT 1", k - 1);
        return Optional.of(new Window(db.one(edge, rs -> rs.getObject(1, LocalDate.class)).orElse(null)));
    }

    /** A newest-first page from {@code since} on (null: all dates), with the score of its rows for information. */
    private List<Row> datePage(SearchRequest r, LocalDate since, Db.Hint hint) {
        Sql page = new Sql("SELECT " + COLUMNS + ", a.rank_search FROM article a WHERE true");
        filters(page, r);
        if (since != null) {
            page.and("a.dated >= ?", since);
        }
        if (r.cursor() != null) {
            page.and("(a.dated, a.id) < (?, ?)", LocalDate.parse(r.cursor().get(0)), r.cursor().get(1));
        }
        page.add(" ORDER BY a.dated DESC, a.id DESC LIMIT ?", r.limit() + 1);
        return withText(hint, new Sql("SELECT id, title, source, url, byline, published, dated,"
                + " ts_rank_cd(rank_search, " + QUERY + ", " + Relevance.NORMALIZATION + ") AS score FROM (", r.query()).add(page).add(") x"),
                "p.score", "b.body", "p.dated DESC, p.id DESC", 0);
    }

    private List<Row> withText(Sql page, String score, String text, String order, int tier) {
        return withText(null, page, score, text, order, tier);
    }

    private List<Row> withText(Db.Hint hint, Sql page, String score, String text, String order, int tier) {
        Sql sql = new Sql("SELECT p.id, p.title, p.source, p.url, p.byline, p.published, p.dated, " + score + " AS score, "
                + text + " AS text FROM (").add(page).add(") p JOIN article b ON b.id = p.id ORDER BY " + order);
        return db.list(hint, sql, rs -> new Row(hit(rs, null, rs.getFloat("score")), tier, rs.getString("text")));
    }

    /** Snippets for the rows of the page: ts_headline over a window of each text (see {@link SnippetWindows}). */
    private List<SearchResult.Hit> highlighted(List<Row> rows, TsQuery query) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> lexemes = SnippetWindows.lexemes(query.text());
        String[] windows = rows.stream().map(row -> SnippetWindows.window(row.text(), lexemes)).toArray(String[]::new);
        List<String> snippets = db.list(new Sql("SELECT ts_headline('english', w, " + QUERY + ", ?) FROM unnest(?::text[])"
                + " WITH ORDINALITY AS u (w, n) ORDER BY n", query, Snippets.OPTIONS, windows), rs -> rs.getString(1));
        List<SearchResult.Hit> hits = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            SearchResult.Hit h = rows.get(i).hit();
            hits.add(new SearchResult.Hit(h.id(), h.title(), h.source(), h.url(), h.byline(), h.published(), h.dated(),
                    Snippets.toHtml(snippets.get(i)), h.score()));
        }
        return hits;
    }

    /**
     * Without a text, newest first: the page walks the date index, or, with an entity, that entity's
     * articles newest first (article_entity carries its article's date), so that an entity in a hundred
     * articles does not wait for a walk through all the others.
     */
    private List<Row> browse(SearchRequest r) {
        Sql page;
        if (r.entities().isEmpty()) {
            page = new Sql("SELECT " + COLUMNS + " FROM article a WHERE true");
            filters(page, r, 0);
            if (r.cursor() != null) {
                page.and("(a.dated, a.id) < (?, ?)", LocalDate.parse(r.cursor().get(0)), r.cursor().get(1));
            }
            page.add(" ORDER BY a.dated DESC, a.id DESC LIMIT ?", r.limit() + 1);
        } else {
            page = new Sql("SELECT " + COLUMNS + " FROM article_entity d JOIN article a ON a.id = d.article_id"
                    + " WHERE d.entity_id = ?", r.entities().get(0));
            r.dates().on(page, "d.dated");
            filters(page, r, 1);
            if (r.cursor() != null) {
                page.and("(d.dated, d.article_id) < (?, ?)", LocalDate.parse(r.cursor().get(0)), r.cursor().get(1));
            }
            page.add(" ORDER BY d.dated DESC, d.article_id DESC LIMIT ?", r.limit() + 1);
        }
        Sql sql = new Sql("SELECT p.*, left(b.body, 240) AS snippet, length(b.body) > 240 AS cut FROM (").add(page)
                .add(") p JOIN article b ON b.id = p.id ORDER BY p.dated DESC, p.id DESC");
        return db.list(sql, rs -> new Row(hit(rs, Snippets.toHtml(rs.getString("snippet"))
                + (rs.getBoolean("cut") ? " …" : ""), null), 0, null));
    }

    /** Without a text: articles counted up to one past the exact-total limit (the same for every page). */
    private long total(SearchRequest r) {
        Sql matches = new Sql("SELECT 1 FROM article a WHERE true");
        filters(matches, r);
        Sql count = new Sql("SELECT count(*) FROM (").add(matches).add(" LIMIT ?) c", exactTotalUpTo + 1);
        return db.count(count);
    }

    private static SearchResult.Hit hit(ResultSet rs, String snippet, Float score) throws SQLException {
        return new SearchResult.Hit(rs.getString("id"), rs.getString("title"), rs.getString("source"), rs.getString("url"),
                rs.getString("byline"), rs.getObject("published", LocalDate.class), rs.getObject("dated", LocalDate.class),
                snippet, score);
    }

    static void filters(Sql sql, SearchRequest r) {
        filters(sql, r, 0);
    }

    private static void filters(Sql sql, SearchRequest r, int skipEntities) {
        filters(sql, r, skipEntities, true);
    }

    /** The request's conditions on article {@code a}, but for its first {@code skipEntities} entities, with or without the text. */
    private static void filters(Sql sql, SearchRequest r, int skipEntities, boolean text) {
        if (text && r.q() != null) {
            sql.and("a.search @@ " + QUERY, r.query());
        }
        for (Long entity : r.entities().subList(skipEntities, r.entities().size())) {
            sql.and("a.id IN (SELECT ae.article_id FROM article_entity ae WHERE ae.entity_id = ?)", entity);
        }
        if (r.speaker() != null) {
            sql.and("a.id IN (SELECT qu.article_id FROM quote qu WHERE qu.speaker_id = ?)", r.speaker());
        }
        if (r.source() != null) {
            sql.and("a.source = ?", r.source());
        }
        r.dates().on(sql, "a.dated");
    }
}
