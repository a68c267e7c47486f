package io.newslens.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The environment variables a service reads, taken from its sources rather than written down here: the variables its
 * application.properties names in {@code ${VAR}} or {@code ${VAR:default}}, and the environment form (MicroProfile
 * Config: every character that is not a letter or digit becomes {@code _}, upper case) of every property its
 * application.properties sets, its {@code @ConfigMapping} interfaces declare (prefix plus each method, camelCase to
 * kebab-case) and its {@code @ConfigProperty} injections name. Plus the variables of the image's launcher
 * (src/main/docker/Dockerfile.jvm runs Red Hat's run-java.sh, which reads JAVA_OPTS and JAVA_OPTS_APPEND).
 */
public final class ServiceSettings {

    static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_OPTS", "JAVA_OPTS_APPEND", "JAVA_MAX_MEM_RATIO");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"\\)");
    private static final Pattern METHOD = Pattern.compile("^\\s+[\\w.<>, ?]+\\s+(\\w+)\\(\\);", Pattern.MULTILINE);
    private static final Pattern PROPERTY = Pattern.compile("@ConfigProperty\\(name\\s*=\\s*\"([^\"]+)\"");

    private ServiceSettings() {
    }

    /** The variables the service in {@code moduleDir} reads. */
    public static Set<String> variables(Path moduleDir) {
        Set<String> vars = new TreeSet<>(IMAGE_VARIABLES);
        try {
            Path props = moduleDir.resolve("src/main/resources/application.properties");
            for (String line : Files.readAllLines(props)) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#") || !t.contains("=")) {
                    continue;
                }
                Matcher m = PLACEHOLDER.matcher(t);
                while (m.find()) {
                    vars.add(m.group(1));
                }
                String key = t.substring(0, t.indexOf('=')).strip();
                if (!key.startsWith("%")) {
                    vars.add(envName(key));
                }
            }
            try (Stream<Path> sources = Files.walk(moduleDir.resolve("src/main/java"))) {
                for (Path f : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String java = Files.readString(f);
                    Matcher mapping = MAPPING.matcher(java);
                    if (mapping.find()) {
                        Matcher method = METHOD.matcher(java.substring(mapping.end()));
                        while (method.find()) {
                            vars.add(envName(mapping.group(1) + "." + kebab(method.group(1))));
                        }
                    }
                    Matcher property = PROPERTY.matcher(java);
                    while (property.find()) {
                        vars.add(envName(property.group(1)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return vars;
    }

    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
