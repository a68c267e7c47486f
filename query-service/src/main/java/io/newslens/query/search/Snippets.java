package io.newslens.query.search;

/**
 * ts_headline marks matches with control characters; the snippet leaves as HTML-escaped text whose
 * only tags are the {@code <mark>} pairs, so a client can insert it as HTML without risk.
 */
public final class Snippets {

    public static final String START = "\u0002";
    public static final String STOP = "\u0003";
    static final String OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    private Snippets() {
    }

    public static String toHtml(String headline) {
        if (headline == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(headline.length() + 32);
        boolean space = true; // no space at the start, none twice in a row
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            if (c == ' ' || c == '\n' || c == '\r') {
                if (!space) {
                    out.append(' ');
                }
                space = true;
                continue;
            }
            space = false;
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\u0002' -> out.append("<mark>");
                case '\u0003' -> out.append("</mark>");
                default -> out.append(c);
            }
        }
        return out.toString().trim();
    }
}
