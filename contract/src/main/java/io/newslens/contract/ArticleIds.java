package io.newslens.contract;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How articles are identified. An article with a URL is identified by its normalised URL (so a changed
 * text at the same URL is a new revision of the same article); one without by its normalised text.
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** The article id: 16 hex digits of SHA-256 over the normalised URL, or over the normalised text. */
    public static String idFor(String url, String title, String body) {
        if (url != null && !url.isBlank()) {
            return "u" + hash(normaliseUrl(url)).substring(0, 15);
        }
        return "t" + hash(normaliseText(title) + "\n" + normaliseText(body)).substring(0, 15);
    }

    /** The revision: 16 hex digits of SHA-256 over the normalised title and body. */
    public static String revisionOf(String title, String body) {
        return hash(normaliseText(title) + "\n" + normaliseText(body)).substring(0, 16);
    }

    /** Lower-cases scheme and host, drops the fragment, default ports and a trailing slash. */
    public static String normaliseUrl(String url) {
        try {
            URI u = new URI(url.trim()).normalize();
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            int port = u.getPort();
            boolean defaultPort = port == -1 || (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
            String path = u.getRawPath() == null ? "" : u.getRawPath();
            if (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
            // http and https name the same article.
            return host + (defaultPort ? "" : ":" + port) + path + query;
        } catch (Exception e) {
            return url.trim();
        }
    }

    /**
     * Unicode NFKC, typographic quotes folded, leading and trailing whitespace stripped, each run of ASCII whitespace
     * (the regex {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return) collapsed to one space,
     * lower case as {@code String.toLowerCase(Locale.ROOT)}. One pass over the text instead of a regex and two more
     * passes: ids and revisions hash this for every article.
     */
    public static String normaliseText(String text) {
        if (text == null) {
            return "";
        }
        char[] chars = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toCharArray();
        int length = 0;
        boolean inSpace = false;
        boolean contextual = false;
        for (char c : chars) { // written back in place: length never passes the position read
            if (isAsciiSpace(c)) {
                if (!inSpace) {
                    chars[length++] = ' ';
                    inSpace = true;
                }
                continue;
            }
            inSpace = false;
            char folded = switch (c) {
                case '\u2018', '\u2019' -> '\'';
                case '\u201c', '\u201d' -> '"';
                default -> c;
            };
            int lower = lowerCase(folded);
            if (lower < 0) {
                contextual = true;
                chars[length++] = folded;
            } else {
                chars[length++] = (char) lower;
            }
        }
        String s = new String(chars, 0, length);
        // the few characters String.toLowerCase treats apart (final sigma, dotted capital I, surrogate pairs) are left
        // to it; lower-casing what is already lower case changes nothing
        return contextual ? s.toLowerCase(Locale.ROOT) : s;
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * The lower case String.toLowerCase(Locale.ROOT) gives {@code c}, or -1 where that depends on more than {@code c}:
     * capital sigma (final or not), dotted capital I (two characters), halves of surrogate pairs, lower cases beyond the BMP.
     */
    private static int lowerCase(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        }
        if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c)) {
            return -1;
        }
        int lower = Character.toLowerCase((int) c);
        return Character.isBmpCodePoint(lower) ? lower : -1;
    }

    private static String hash(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
