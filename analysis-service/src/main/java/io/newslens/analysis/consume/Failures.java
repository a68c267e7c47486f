package io.newslens.analysis.consume;

import java.sql.SQLException;

/** Tells failures that may pass (the database is away, a lock timed out) from ones that never will. */
final class Failures {

    private Failures() {
    }

    /** SQL states of data and constraint errors, which retrying cannot fix. */
    static boolean isPermanent(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null) {
                String cls = sql.getSQLState().substring(0, 2);
                // 22 data exception, 23 integrity violation (other than a race we retry), 42 syntax or access
                if (cls.equals("22") || cls.equals("42")) {
                    return true;
                }
                if (cls.equals("23") && !sql.getSQLState().equals("23505")) {
                    return true;
                }
            }
        }
        return false;
    }

    static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
