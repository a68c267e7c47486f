package io.newslens.analysis.store;

import io.newslens.extract.EntityType;
import io.newslens.extract.ExtractedEntity;
import io.newslens.testsupport.PostgresDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * How an article's entities meet the entities of earlier articles, on the real schema (a fresh database migrated by
 * the service's own files, no Quarkus); each test runs in a transaction that is rolled back, so each starts from no
 * entities.
 */
class EntityLinkerTest {

    private static PostgresDatabase database;
    private Connection c;
    private EntityLinker linker;

    @BeforeAll
    static void schema() {
        database = PostgresDatabase.create();
        Flyway.configure().dataSource(database.jdbcUrl(), database.username(), database.password())
                .locations("classpath:db/migration").load().migrate();
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    @BeforeEach
    void begin() throws SQLException {
        c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
        c.setAutoCommit(false);
        linker = new EntityLinker(c);
    }

    @AfterEach
    void rollback() throws SQLException {
        c.rollback();
        c.close();
    }

    /** An entity as one article reports it: its name and the other names it used. */
    private static ExtractedEntity entity(EntityType type, String name, String... aliases) {
        List<String> all = new ArrayList<>(List.of(name));
        all.addAll(List.of(aliases));
        return new ExtractedEntity(0, name, type, all, List.of());
    }

    @Test
    void onePersonInTwoArticlesIsOneEntity() throws SQLException {
        long first = linker.link(entity(EntityType.PERSON, "Xi Jinping", "Xi"));
        assertEquals(first, linker.link(entity(EntityType.PERSON, "Xi Jinping")), "the same name");
        assertEquals(first, linker.link(entity(EntityType.PERSON, "Xi")), "a short name the first article used");
        assertEquals(first, linker.link(entity(EntityType.PERSON, "XI JINPING")), "case is folded");
        assertEquals(1, count("SELECT count(*) FROM entity"));
        assertEquals(List.of("xi", "xi jinping"),
                strings("SELECT alias_key FROM entity_alias WHERE entity_id = " + first + " ORDER BY alias_key"));
    }

    @Test
    void aShortNameSeenFirstTakesTheFullerNameLater() throws SQLException {
        long putin = linker.link(entity(EntityType.PERSON, "Putin"));
        assertEquals(putin, linker.link(entity(EntityType.PERSON, "Vladimir Putin", "Putin")));
        assertEquals(List.of("Vladimir Putin|vladimir putin"), strings("SELECT name || '|' || name_key FROM entity"));
    }

    @Test
    void namesWithPunctuationMeetTheirShortForms() throws SQLException {
        long brian = linker.link(entity(EntityType.PERSON, "Brian O'Driscoll", "O'Driscoll"));
        assertEquals(brian, linker.link(entity(EntityType.PERSON, "O\u2019Driscoll")), "a typographic apostrophe");
        assertEquals(List.of("brian o driscoll"), strings("SELECT name_key FROM entity"));
    }

    @Test
    void anAmbiguousShortNameIsKeptApart() throws SQLException {
        long john = linker.link(entity(EntityType.PERSON, "John Smith", "Smith"));
        long adam = linker.link(entity(EntityType.PERSON, "Adam Smith", "Smith"));
        assertNotEquals(john, adam, "two people who share a surname");
        long smith = linker.link(entity(EntityType.PERSON, "Smith"));
        assertNotEquals(john, smith, "'Smith' could be either: an entity of its own");
        assertNotEquals(adam, smith);
        assertEquals(smith, linker.link(entity(EntityType.PERSON, "Smith")), "and the next bare 'Smith' is that one");
        assertEquals(3, count("SELECT count(*) FROM entity"));
    }

    @Test
    void aShortNameWithOneCandidateJoinsIt() throws SQLException {
        long john = linker.link(entity(EntityType.PERSON, "John Smith", "Smith"));
        assertEquals(john, linker.link(entity(EntityType.PERSON, "Smith")));
    }

    @Test
    void theSameNameOfAnotherTypeIsAnotherEntity() throws SQLException {
        long person = linker.link(entity(EntityType.PERSON, "Jordan"));
        long country = linker.link(entity(EntityType.LOCATION, "Jordan"));
        assertNotEquals(person, country);
        assertEquals(country, linker.link(entity(EntityType.LOCATION, "Jordan")));
        assertEquals(person, linker.link(entity(EntityType.PERSON, "Michael Jordan", "Jordan")),
                "the fuller name joins the person, never the place");
        assertEquals(List.of("LOCATION|Jordan", "PERSON|Michael Jordan"),
                strings("SELECT type || '|' || name FROM entity ORDER BY type"));
    }

    private long count(String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
