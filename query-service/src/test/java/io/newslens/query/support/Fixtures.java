package io.newslens.query.support;

import io.newslens.common.names.NameKeys;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small hand-written corpus as analysis-service would store it. Mentions are found by matching each
 * entity's names in title and body (longest first, whole words), so offsets are real; quotes are
 * located in the body by their text.
 */
public final class Fixtures {

    public static final long PUTIN = 1, XI = 2, MOSCOW = 3, BEIJING = 4, EU = 5, SCHOLZ = 6, KREMLIN = 7, RUSSIA = 8,
            UKRAINE = 9, MARTI = 10, O_DRISCOLL = 11, JOHNSON_AND_JOHNSON = 12, JUNCKER = 13;

    record Entity(long id, String name, String type, String key, List<String> names) {
    }

    record Quote(String text, Long speaker, String speakerName, String cue) {
    }

    public record Article(String id, String source, LocalDate published, LocalDate received, String title, String body,
                   List<Quote> quotes) {
        public LocalDate dated() {
            return published != null ? published : received;
        }
    }

    public static final List<Entity> ENTITIES = List.of(
            new Entity(PUTIN, "Vladimir Putin", "PERSON", "vladimir putin", List.of("Vladimir Putin", "Putin")),
            new Entity(XI, "Xi Jinping", "PERSON", "xi jinping", List.of("Xi Jinping", "Xi")),
            new Entity(MOSCOW, "Moscow", "LOCATION", "moscow", List.of("Moscow")),
            new Entity(BEIJING, "Beijing", "LOCATION", "beijing", List.of("Beijing")),
            new Entity(EU, "European Union", "ORGANIZATION", "european union", List.of("European Union", "EU")),
            new Entity(SCHOLZ, "Olaf Scholz", "PERSON", "olaf scholz", List.of("Olaf Scholz", "Scholz")),
            new Entity(KREMLIN, "Kremlin", "ORGANIZATION", "kremlin", List.of("Kremlin")),
            new Entity(RUSSIA, "Russia", "LOCATION", "russia", List.of("Russia")),
            new Entity(UKRAINE, "Ukraine", "LOCATION", "ukraine", List.of("Ukraine")),
            new Entity(MARTI, "José Martí", "PERSON", "jose marti", List.of("José Martí", "Martí")),
            // never mentioned: names with an apostrophe, an ampersand and a hyphen, keyed as analysis-service keys them
            new Entity(O_DRISCOLL, "Brian O'Driscoll", "PERSON", NameKeys.key("Brian O'Driscoll"),
                    List.of("Brian O'Driscoll", "O'Driscoll")),
            new Entity(JOHNSON_AND_JOHNSON, "Johnson & Johnson", "ORGANIZATION", NameKeys.key("Johnson & Johnson"),
                    List.of("Johnson & Johnson")),
            new Entity(JUNCKER, "Jean-Claude Juncker", "PERSON", NameKeys.key("Jean-Claude Juncker"),
                    List.of("Jean-Claude Juncker", "Juncker")));

    public static final List<Article> ARTICLES = List.of(
            new Article("a1", "tomorrows-affairs", LocalDate.of(2023, 1, 2), LocalDate.of(2023, 1, 2),
                    "Unrequited friendship: Xi and Putin talk by video",
                    "Vladimir Putin greeted Chinese President Xi Jinping on Friday during a video call. Moscow said Xi "
                            + "would visit in early 2023.\n\n\"Dear friend, we expect you in Moscow in the spring,\" Putin said. "
                            + "\"Our relations are at their best in history,\" Xi Jinping told Putin. Beijing was more careful "
                            + "about the gas pipeline.",
                    List.of(new Quote("Dear friend, we expect you in Moscow in the spring", PUTIN, "Putin", "said"),
                            new Quote("Our relations are at their best in history", XI, "Xi Jinping", "told"))),
            new Article("a2", "wire-east", LocalDate.of(2023, 1, 5), LocalDate.of(2023, 1, 5),
                    "EU weighs new gas sanctions on Russia",
                    "The European Union is preparing new sanctions on Russian gas. Olaf Scholz said Berlin supports the "
                            + "plan. \"We will not be blackmailed over energy,\" Scholz said. The Kremlin called the plan "
                            + "hostile. Vladimir Putin did not comment.",
                    List.of(new Quote("We will not be blackmailed over energy", SCHOLZ, "Scholz", "said"))),
            new Article("a3", "wire-east", LocalDate.of(2023, 2, 14), LocalDate.of(2023, 2, 14),
                    "Putin and Xi meet in Moscow",
                    "Xi Jinping arrived in Moscow for talks with Vladimir Putin. \"China and Russia stand together,\" Xi "
                            + "said after the meeting. Putin praised the partnership and said the European Union was making "
                            + "a mistake. \"The sanctions hurt Europe more than Russia,\" Putin said.",
                    List.of(new Quote("China and Russia stand together", XI, "Xi", "said"),
                            new Quote("The sanctions hurt Europe more than Russia", PUTIN, "Putin", "said"))),
            new Article("a4", "daily-courier", LocalDate.of(2023, 3, 20), LocalDate.of(2023, 3, 20),
                    "Beijing hosts trade summit",
                    "Xi Jinping opened a trade summit in Beijing on Monday. \"Open markets benefit everyone,\" Xi said. "
                            + "Delegates from the European Union attended.",
                    List.of(new Quote("Open markets benefit everyone", XI, "Xi", "said"))),
            new Article("a5", "daily-courier", LocalDate.of(2023, 3, 21), LocalDate.of(2023, 3, 21),
                    "Scholz visits Beijing",
                    "Olaf Scholz met Xi Jinping in Beijing. \"Germany wants fair competition,\" Scholz told reporters. "
                            + "Nobody mentioned Putin by name, but the war in Ukraine was discussed.",
                    List.of(new Quote("Germany wants fair competition", SCHOLZ, "Scholz", "told reporters"))),
            new Article("a6", "wire-east", null, LocalDate.of(2023, 4, 2),
                    "Quiet weekend",
                    "A quiet weekend of local football results and weather reports.", List.of()),
            new Article("a7", "metro-post", LocalDate.of(2023, 4, 3), LocalDate.of(2023, 4, 3),
                    "Grain deal extended",
                    "The grain deal for Ukraine was extended. \"This is good news for world food prices,\" one diplomat "
                            + "said. Moscow signalled consent.",
                    List.of(new Quote("This is good news for world food prices", null, "one diplomat", "said"))));

    private Fixtures() {
    }

    public record Mention(long entity, String section, int start, int end, String surface) {
    }

    /** Mentions of known entities in one article, as the fixture's analysis finds them. */
    public static List<Mention> mentions(Article a) {
        List<Mention> out = new ArrayList<>();
        find(out, "TITLE", a.title());
        find(out, "BODY", a.body());
        return out;
    }

    private static void find(List<Mention> out, String section, String text) {
        record Name(long entity, String name) {
        }
        List<Name> names = new ArrayList<>();
        for (Entity e : ENTITIES) {
            e.names().forEach(n -> names.add(new Name(e.id(), n)));
        }
        names.sort(Comparator.comparingInt((Name n) -> -n.name().length()));
        boolean[] taken = new boolean[text.length()];
        for (Name n : names) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(n.name()) + "\\b").matcher(text);
            while (m.find()) {
                boolean free = true;
                for (int i = m.start(); i < m.end(); i++) {
                    free &= !taken[i];
                }
                if (free) {
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i] = true;
                    }
                    out.add(new Mention(n.entity(), section, m.start(), m.end(), m.group()));
                }
            }
        }
    }

    public static void insert(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement e = c.prepareStatement("INSERT INTO entity (id, name, type, name_key) VALUES (?, ?, ?, ?)");
             PreparedStatement al = c.prepareStatement("INSERT INTO entity_alias (entity_id, alias_key, alias) VALUES (?, ?, ?)")) {
            for (Entity x : ENTITIES) {
                e.setLong(1, x.id());
                e.setString(2, x.name());
                e.setString(3, x.type());
                e.setString(4, x.key());
                e.addBatch();
                for (String n : x.names()) {
                    al.setLong(1, x.id());
                    al.setString(2, NameKeys.key(n));
                    al.setString(3, n);
                    al.addBatch();
                }
            }
            e.executeBatch();
            al.executeBatch();
        }
        long ids = 1000;
        for (Article a : ARTICLES) {
            insertArticle(c, a, ids);
            ids += 100;
        }
        c.commit();
        c.setAutoCommit(true);
    }

    static void insertArticle(Connection c, Article a, long idBase) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO article (id, revision, url, source, title, byline, published, body, received_at, dated,
                                     analyzed_at, analyzer_version)
                VALUES (?, 'r1', ?, ?, ?, 'Staff', ?, ?, ?::date + time '09:30' AT TIME ZONE 'UTC', ?, now(), 'test-1')""")) {
            p.setString(1, a.id());
            p.setString(2, "https://" + a.source() + ".example/" + a.id());
            p.setString(3, a.source());
            p.setString(4, a.title());
            p.setObject(5, a.published());
            p.setString(6, a.body());
            p.setObject(7, a.received());
            p.setObject(8, a.dated());
            p.executeUpdate();
        }
        List<Mention> mentions = mentions(a);
        Map<Long, List<Mention>> byEntity = new LinkedHashMap<>();
        mentions.forEach(m -> byEntity.computeIfAbsent(m.entity(), k -> new ArrayList<>()).add(m));
        long id = idBase;
        try (PreparedStatement ae = c.prepareStatement("""
                INSERT INTO article_entity (id, article_id, entity_id, name, aliases, mention_count, dated)
                VALUES (?, ?, ?, (SELECT name FROM entity WHERE id = ?), ?, ?, ?)""");
             PreparedStatement m = c.prepareStatement("""
                INSERT INTO mention (id, article_id, entity_id, section, start_offset, end_offset, surface)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (Map.Entry<Long, List<Mention>> en : byEntity.entrySet()) {
                ae.setLong(1, id++);
                ae.setString(2, a.id());
                ae.setLong(3, en.getKey());
                ae.setLong(4, en.getKey());
                ae.setArray(5, c.createArrayOf("text", en.getValue().stream().map(Mention::surface).distinct().sorted().toArray()));
                ae.setInt(6, en.getValue().size());
                ae.setObject(7, a.dated());
                ae.addBatch();
                for (Mention x : en.getValue()) {
                    m.setLong(1, id++);
                    m.setString(2, a.id());
                    m.setLong(3, x.entity());
                    m.setString(4, x.section());
                    m.setInt(5, x.start());
                    m.setInt(6, x.end());
                    m.setString(7, x.surface());
                    m.addBatch();
                }
            }
            ae.executeBatch();
            m.executeBatch();
        }
        try (PreparedStatement q = c.prepareStatement("""
                INSERT INTO quote (id, article_id, seq, start_offset, end_offset, text, speaker_id, speaker_name, cue,
                                   confidence, block, dated)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0.9, false, ?)""")) {
            int seq = 0;
            for (Quote x : a.quotes()) {
                int start = a.body().indexOf(x.text());
                if (start < 0) {
                    throw new IllegalStateException("quote not in body of " + a.id() + ": " + x.text());
                }
                q.setLong(1, id++);
                q.setString(2, a.id());
                q.setInt(3, seq++);
                q.setInt(4, start);
                q.setInt(5, start + x.text().length());
                q.setString(6, x.text());
                q.setObject(7, x.speaker());
                q.setString(8, x.speakerName());
                q.setString(9, x.cue());
                q.setObject(10, a.dated());
                q.addBatch();
            }
            q.executeBatch();
        }
    }
}
