package io.newslens.analysis.store;

import io.newslens.common.names.NameKeys;
import io.newslens.extract.ExtractedEntity;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links an article's entities to the global entity table: the same referent in two articles becomes one
 * entity when the link is unambiguous, and stays apart when it is not.
 *
 * <p>An article entity is linked to a global entity of the same type whose name is its name, or else to
 * the single global entity that shares one of its aliases and is compatible with it (one name is an alias
 * of the other, or one name's words are all in the other: "Xi" and "Xi Jinping", but not "John Smith" and
 * "Adam Smith"). When two or more are compatible, it is ambiguous and the article entity gets its own.
 * A global entity known only by a short name takes the fuller name when an article supplies one.
 */
final class EntityLinker {

    private final Connection connection;

    EntityLinker(Connection connection) {
        this.connection = connection;
    }

    record Candidate(long id, String nameKey, Set<String> aliasKeys) {
    }

    long link(ExtractedEntity entity) throws SQLException {
        String type = entity.type().name();
        String nameKey = NameKeys.key(entity.name());
        Map<String, String> aliases = new LinkedHashMap<>();
        aliases.put(nameKey, entity.name());
        for (String a : entity.aliases()) {
            String k = NameKeys.key(a);
            if (!k.isEmpty()) {
                aliases.putIfAbsent(k, a);
            }
        }
        Long id = findByName(type, nameKey);
        if (id == null) {
            List<Candidate> compatible = new ArrayList<>();
            for (Candidate c : candidates(type, aliases.keySet())) {
                if (compatible(nameKey, aliases.keySet(), c)) {
                    compatible.add(c);
                }
            }
            if (compatible.size() == 1) {
                Candidate c = compatible.get(0);
                id = c.id();
                if (words(nameKey).size() > words(c.nameKey()).size()) {
                    rename(id, type, entity.name(), nameKey);
                }
            } else {
                id = insert(type, entity.name(), nameKey);
            }
        }
        addAliases(id, aliases);
        return id;
    }

    static boolean compatible(String nameKey, Set<String> aliasKeys, Candidate c) {
        if (c.aliasKeys().contains(nameKey) && aliasKeys.contains(c.nameKey())) {
            return true;
        }
        List<String> mine = words(nameKey);
        List<String> theirs = words(c.nameKey());
        List<String> shorter = mine.size() <= theirs.size() ? mine : theirs;
        List<String> longer = shorter == mine ? theirs : mine;
        if (new HashSet<>(longer).containsAll(shorter)) {
            return true;
        }
        // an acronym or short form that one side lists as its own alias, e.g. "ICC" for "International Criminal Court"
        return c.aliasKeys().contains(nameKey) || aliasKeys.contains(c.nameKey());
    }

    private static List<String> words(String key) {
        return key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
    }

    private Long findByName(String type, String nameKey) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT id FROM entity WHERE type = ? AND name_key = ?")) {
            ps.setString(1, type);
            ps.setString(2, nameKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private List<Candidate> candidates(String type, Set<String> aliasKeys) throws SQLException {
        String sql = """
                SELECT e.id, e.name_key, array_agg(all_aliases.alias_key)
                FROM entity e
                JOIN entity_alias all_aliases ON all_aliases.entity_id = e.id
                WHERE e.type = ? AND e.id IN (SELECT entity_id FROM entity_alias WHERE alias_key = ANY (?))
                GROUP BY e.id, e.name_key
                LIMIT 20""";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, type);
            Array keys = connection.createArrayOf("text", aliasKeys.toArray());
            ps.setArray(2, keys);
            List<Candidate> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Set<String> ak = new LinkedHashSet<>(Arrays.asList((String[]) rs.getArray(3).getArray()));
                    out.add(new Candidate(rs.getLong(1), rs.getString(2), ak));
                }
            }
            return out;
        }
    }

    private long insert(String type, String name, String nameKey) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO entity (name, type, name_key) VALUES (?, ?, ?) ON CONFLICT (type, name_key) DO NOTHING RETURNING id")) {
            ps.setString(1, name);
            ps.setString(2, type);
            ps.setString(3, nameKey);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        Long id = findByName(type, nameKey);
        if (id == null) {
            throw new SQLException("entity " + type + "/" + nameKey + " vanished after a conflicting insert");
        }
        return id;
    }

    private void rename(long id, String type, String name, String nameKey) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                UPDATE entity SET name = ?, name_key = ?
                WHERE id = ? AND NOT EXISTS (SELECT 1 FROM entity WHERE type = ? AND name_key = ?)""")) {
            ps.setString(1, name);
            ps.setString(2, nameKey);
            ps.setLong(3, id);
            ps.setString(4, type);
            ps.setString(5, nameKey);
            ps.executeUpdate();
        }
    }

    private void addAliases(long id, Map<String, String> aliases) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO entity_alias (entity_id, alias_key, alias) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (Map.Entry<String, String> a : aliases.entrySet()) {
                ps.setLong(1, id);
                ps.setString(2, a.getKey());
                ps.setString(3, a.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
