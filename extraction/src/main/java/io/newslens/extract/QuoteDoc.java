package io.newslens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An article body as quotation finding reads it: paragraphs, tokens, the entity mention and quotation that cover
 * each token, sentences joined across quotation marks, and the word tests attribution shares.
 */
final class QuoteDoc {

    final String body;

    final List<Tok> toks;

    final Entities.Result ents;

    final int[] paraStart;

    final int[] paraEnd;

    /** entity index of the body mention covering each token, or -1. */
    final int[] tokEntity;

    /** whether a token lies inside quotation marks. */
    final boolean[] tokQuoted;

    /** Sentence index per token, with sentences that break inside one quotation joined back together. */
    final int[] sent;

    QuoteDoc(String body, List<Tok> toks, Entities.Result ents) {
        this.body = body;
        this.toks = toks;
        this.ents = ents;
        List<int[]> paras = new ArrayList<>();
        int pos = 0;
        while (pos <= body.length()) {
            int eol = body.indexOf('\n', pos);
            if (eol < 0) {
                eol = body.length();
            }
            if (!body.substring(pos, eol).isBlank()) {
                paras.add(new int[]{pos, eol});
            }
            pos = eol + 1;
        }
        paraStart = new int[paras.size()];
        paraEnd = new int[paras.size()];
        for (int i = 0; i < paras.size(); i++) {
            paraStart[i] = paras.get(i)[0];
            paraEnd[i] = paras.get(i)[1];
        }
        tokEntity = new int[toks.size()];
        java.util.Arrays.fill(tokEntity, -1);
        for (Entities.BodyMention m : ents.bodyMentions()) {
            for (int t = m.from(); t < m.to() && t < toks.size(); t++) {
                tokEntity[t] = m.entity();
            }
        }
        tokQuoted = new boolean[toks.size()];
        sent = new int[toks.size()];
    }

    void joinSentencesInsideQuotes(List<QuoteSpan> spans) {
        int[] spanOf = new int[toks.size()];
        java.util.Arrays.fill(spanOf, -1);
        int k = 0;
        for (int t = 0; t < toks.size(); t++) {
            Tok tok = toks.get(t);
            while (k < spans.size() && spans.get(k).end <= tok.begin()) {
                k++;
            }
            if (k < spans.size() && tok.begin() >= spans.get(k).start && tok.end() <= spans.get(k).end) {
                spanOf[t] = k;
            }
        }
        int logical = 0;
        for (int t = 0; t < toks.size(); t++) {
            if (t > 0 && toks.get(t).sentence() != toks.get(t - 1).sentence()
                    && !(spanOf[t] >= 0 && spanOf[t] == spanOf[t - 1])
                    && !(Character.isLowerCase(toks.get(t).word().charAt(0))
                    && toks.get(t).paragraph() == toks.get(t - 1).paragraph())) {
                logical++;
            }
            sent[t] = logical;
        }
    }

    void markQuotedTokens(List<QuoteSpan> spans) {
        int k = 0;
        for (int t = 0; t < toks.size(); t++) {
            Tok tok = toks.get(t);
            while (k < spans.size() && spans.get(k).end <= tok.begin()) {
                k++;
            }
            if (k < spans.size() && tok.begin() >= spans.get(k).start && tok.end() <= spans.get(k).end) {
                tokQuoted[t] = true;
            }
        }
    }

    static final java.util.Set<String> PREPOSITIONS = Lexicon.set("of", "from", "to", "with", "by",
            "for", "at", "in", "on", "about", "against", "into", "over", "under", "between", "among", "toward",
            "towards", "than", "like", "via", "within", "without", "before", "after", "during", "upon", "behind",
            "beyond", "across", "through", "near");

    int sentenceStart(int sentence) {
        int lo = 0;
        int hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sent[mid] < sentence) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Documents whose words "read": "the statement read", "the letter reads". */
    private static final java.util.Set<String> WRITTEN_SOURCES = java.util.Set.of("statement", "letter", "post",
            "message", "note", "notice", "release", "tweet", "caption", "email");

    boolean isCueAt(int t) {
        if (t < 0 || t >= toks.size() || tokQuoted[t]) {
            return false;
        }
        String w = toks.get(t).word().toLowerCase(Locale.ROOT);
        if (w.equals("according") && t + 1 < toks.size() && toks.get(t + 1).word().equalsIgnoreCase("to")) {
            return true;
        }
        if ((w.equals("read") || w.equals("reads")) && t > 0
                && WRITTEN_SOURCES.contains(toks.get(t - 1).word().toLowerCase(Locale.ROOT))) {
            return true; // "“...,” the statement read."
        }
        return tokEntity[t] < 0 && Lexicon.isSpeechVerb(w) && !Character.isUpperCase(toks.get(t).word().charAt(0));
    }

    String cueAt(int t) {
        String w = toks.get(t).word().toLowerCase(Locale.ROOT);
        return w.equals("according") ? "according to" : w;
    }

    boolean afterPreposition(int t, int from) {
        int e = tokEntity[t];
        int k = t - 1;
        while (k >= from && tokEntity[k] == e && e >= 0) {
            k--;
        }
        // skip determiners and modifiers: "from the Russian president", "at Stanford University's"
        int steps = 0;
        while (k >= from && steps < 3 && (toks.get(k).word().equalsIgnoreCase("the")
                || toks.get(k).word().equalsIgnoreCase("a") || Lexicon.isDemonym(toks.get(k).word()))) {
            k--;
            steps++;
        }
        return k >= from && PREPOSITIONS.contains(toks.get(k).word().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the entity can speak: a person or an organisation, never a platform it speaks on ("wrote on
     * Twitter"); of places, only a country or a capital standing for its government ("China said").
     */
    boolean speakerType(int e) {
        if (speakers == null) {
            speakers = new Boolean[ents.entities().size()];
        }
        Boolean known = speakers[e];
        if (known == null) {
            known = canSpeak(ents.entities().get(e));
            speakers[e] = known;
        }
        return known;
    }

    /** Per entity, whether it can speak; filled on first use (the rules ask for the same entities many times). */
    private Boolean[] speakers;

    private static boolean canSpeak(ExtractedEntity ent) {
        return switch (ent.type()) {
            case PERSON -> true;
            case ORGANIZATION -> !PLATFORMS.contains(Gazetteer.key(ent.name()));
            case LOCATION -> Lexicon.PLACES.contains(ent.name()) || Lexicon.COUNTRY_SYNONYMS.containsKey(
                    Gazetteer.key(ent.name()).replace(".", "")) || Gazetteer.kind(ent.name()) == Gazetteer.Kind.COUNTRY;
            default -> false;
        };
    }

    /** Social platforms: where people post, never who speaks. */
    static final java.util.Set<String> PLATFORMS = Lexicon.set("twitter", "x", "instagram", "facebook", "youtube",
            "tiktok", "snapchat", "linkedin", "threads", "weibo", "wechat", "telegram", "whatsapp", "reddit",
            "truth social", "bluesky", "mastodon", "substack", "medium", "douyin", "vk", "line", "kakaotalk");

    boolean isPronoun(int t) {
        return Lexicon.PERSON_PRONOUNS.contains(toks.get(t).word().toLowerCase(Locale.ROOT));
    }

    int words(QuoteSpan s) {
        return body.substring(s.start, s.end).trim().split("\\s+").length;
    }

    /**
     * Whether the quote is a whole sentence of two words or more: it starts with a capital and ends with a full stop,
     * question or exclamation mark inside its marks ("We lost everything."). A scare-quoted term never is.
     */
    boolean isWholeSentence(QuoteSpan s) {
        String t = body.substring(s.start, s.end).trim();
        return t.length() > 3 && Character.isUpperCase(t.charAt(0)) && ".!?".indexOf(t.charAt(t.length() - 1)) >= 0
                && t.split("\\s+").length >= 2;
    }

    static boolean isQuoteMark(String w) {
        return w.equals("``") || w.equals("''") || w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("`")
                || w.equals("'");
    }

    /** Index of the first token starting at or after {@code offset}. */
    int firstTokAt(int offset) {
        int lo = 0;
        int hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
