package io.newslens.analysis.schema;

import io.newslens.testsupport.PostgresDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The read model's code has one home: every function and trigger of the migrated schema is defined by exactly one
 * repeatable migration (R__*.sql), so that what fires on an insert is read in one file per concern, not pieced
 * together from the versioned files that once rewrote each other. The one exception is a function an index is built
 * on: changing it means rebuilding the index, which is a versioned migration's job, so it must not be in a
 * repeatable file at all.
 */
class ReadModelHomeTest {

    private static final Pattern FUNCTION = Pattern.compile("(?m)^CREATE OR REPLACE FUNCTION (\\w+)\\(");
    private static final Pattern TRIGGER = Pattern.compile("(?m)^CREATE (?:OR REPLACE |CONSTRAINT )TRIGGER (\\w+) ");

    private static PostgresDatabase database;

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

    @Test
    void everyFunctionAndTriggerIsDefinedInExactlyOneRepeatableMigration() throws Exception {
        Map<String, List<String>> definedIn = repeatableDefinitions();
        List<String> indexed = query("""
                SELECT DISTINCT p.proname FROM pg_depend d
                JOIN pg_class i ON d.classid = 'pg_class'::regclass AND i.oid = d.objid AND i.relkind = 'i'
                JOIN pg_proc p ON d.refclassid = 'pg_proc'::regclass AND p.oid = d.refobjid""");
        List<String> functions = query("""
                SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname = current_schema() ORDER BY 1""");
        List<String> triggers = query("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1");
        assertFalse(functions.isEmpty(), "the migrated schema has functions");
        assertFalse(triggers.isEmpty(), "the migrated schema has triggers");

        List<String> wrong = new ArrayList<>();
        for (String f : functions) {
            List<String> files = definedIn.getOrDefault("function " + f, List.of());
            if (indexed.contains(f) ? !files.isEmpty() : files.size() != 1) {
                wrong.add("function " + f + (indexed.contains(f) ? " (an index is built on it)" : "") + " in " + files);
            }
        }
        for (String t : triggers) {
            List<String> files = definedIn.getOrDefault("trigger " + t, List.of());
            if (files.size() != 1) {
                wrong.add("trigger " + t + " in " + files);
            }
        }
        assertEquals(List.of(), wrong, "each function and trigger in exactly one R__ file (functions behind an index in none)");
        // and nothing in those files that the schema does not have (a renamed function left behind)
        for (String defined : definedIn.keySet()) {
            String name = defined.substring(defined.indexOf(' ') + 1);
            assertTrue(defined.startsWith("function ") ? functions.contains(name) : triggers.contains(name),
                    defined + " is defined in " + definedIn.get(defined) + " but not in the migrated schema");
        }
    }

    /** "function name" or "trigger name" to the repeatable files that create it. */
    private static Map<String, List<String>> repeatableDefinitions() throws IOException, URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(ReadModelHomeTest.class.getResource("/db/migration")).toURI());
        Map<String, List<String>> definedIn = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().matches("R__.*\\.sql")).sorted().toList()) {
                String sql = Files.readString(file);
                for (Map.Entry<String, Pattern> kind : Map.of("function", FUNCTION, "trigger", TRIGGER).entrySet()) {
                    Matcher m = kind.getValue().matcher(sql);
                    while (m.find()) {
                        definedIn.computeIfAbsent(kind.getKey() + " " + m.group(1), k -> new ArrayList<>())
                                .add(file.getFileName().toString());
                    }
                }
            }
        }
        assertFalse(definedIn.isEmpty(), "repeatable migrations found in " + dir);
        return definedIn;
    }

    private static List<String> query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
