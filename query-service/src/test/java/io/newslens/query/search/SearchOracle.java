package io.newslens.query.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Search results by definition, as the API documents them, in the plainest SQL (no index, table or shortcut of the
 * service's): what every way of running a search is compared with.
 */
final class SearchOracle {

    private SearchOracle() {
    }

    /** The filters of a search: each entity mentioned, the speaker quoted, the source, the dates (null: none). */
    record Filters(List<Long> entities, Long speaker, String source, LocalDate from, LocalDate to) {
        static final Filters NONE = new Filters(List.of(), null, null, null, null);
    }

    /** Matches in relevance order as the API documents it: title+lead matches by ts_rank_cd, then newest first. */
    static List<String> byRelevance(Connection c, String q, Filters f) throws SQLException {
        List<Object> params = new ArrayList<>(List.of(q));
        return ids(c, "SELECT a.id FROM article a, websearch_to_tsquery('english', ?) q"
                + " WHERE a.search @@ q" + conditions(f, params) + " ORDER BY a.rank_search @@ q DESC,"
                + " CASE WHEN a.rank_search @@ q THEN ts_rank_cd(a.rank_search, q, 32) ELSE 0 END DESC, a.dated DESC, a.id DESC",
                params);
    }

    /** Matches newest first: by date, then id, descending; without a text ({@code q} null), every article in the filters. */
    static List<String> newestFirst(Connection c, String q, Filters f) throws SQLException {
        List<Object> params = new ArrayList<>();
        String text = "true";
        if (q != null) {
            text = "a.search @@ websearch_to_tsquery('english', ?)";
            params.add(q);
        }
        return ids(c, "SELECT a.id FROM article a WHERE " + text + conditions(f, params) + " ORDER BY a.dated DESC, a.id DESC",
                params);
    }

    private static String conditions(Filters f, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        for (Long entity : f.entities()) {
            sql.append(" AND EXISTS (SELECT 1 FROM article_entity ae WHERE ae.article_id = a.id AND ae.entity_id = ?)");
            params.add(entity);
        }
        if (f.speaker() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM quote qu WHERE qu.article_id = a.id AND qu.speaker_id = ?)");
            params.add(f.speaker());
        }
        if (f.source() != null) {
            sql.append(" AND a.source = ?");
            params.add(f.source());
        }
        if (f.from() != null) {
            sql.append(" AND a.dated >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            sql.append(" AND a.dated <= ?");
            params.add(f.to());
        }
        return sql.toString();
    }

    private static List<String> ids(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }
}
