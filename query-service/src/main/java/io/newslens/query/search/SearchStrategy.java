package io.newslens.query.search;

import java.util.List;

/**
 * One way of running a search, as {@link SearchPlanner} chose it for a request: the total of its matches and the page
 * after its cursor. Each holds the request it runs (parsed: see {@link SearchRequest#parsed}) and what the planner
 * read to choose it, so that nothing is read twice.
 *
 * <ul>
 *   <li>{@link Browse}: no text, newest first;</li>
 *   <li>{@link AllMatches}: a text with no more matches than the exact total counts, the page cut from all of them;</li>
 *   <li>{@link LeadTierFirst}: by relevance, one word or one two-word phrase, its lead tier a range of the lead terms or
 *       lead pairs;</li>
 *   <li>{@link RankedTiers}: by relevance, any other text with many matches, its lead tier ranked through the indexes;</li>
 *   <li>{@link NewestFirst}: a text with many matches (or one word), newest first.</li>
 * </ul>
 */
sealed interface SearchStrategy permits Browse, AllMatches, LeadTierFirst, RankedTiers, NewestFirst {

    /** The request as run: its text parsed. */
    SearchRequest request();

    /** The matches, counted up to one past the exact-total limit. */
    long total();

    /** The page after the request's cursor, and one row more when there is a next page. */
    List<Row> page();

    /** A hit before its snippet is made: the text the snippet comes from, and its relevance tier (null newest first). */
    record Row(SearchResult.Hit hit, Tier tier, String text) {
    }
}
