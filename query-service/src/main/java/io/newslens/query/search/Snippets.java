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
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\u0002' -> out.append("<mark>");
                case '\u0003' -> out.append("</mark>");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString().replaceAll(" {2,}", " ").trim();
    }
}
