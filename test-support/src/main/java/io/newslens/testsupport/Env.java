package io.newslens.testsupport;

/** Environment variables, with system properties of the same name taking precedence; blank counts as unset. */
final class Env {

    private Env() {
    }

    static String get(String name) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            v = System.getenv(name);
        }
        return v == null || v.isBlank() ? null : v;
    }

    static String get(String name, String fallback) {
        String v = get(name);
        return v == null ? fallback : v;
    }
}
