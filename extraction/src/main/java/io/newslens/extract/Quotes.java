package io.newslens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finds quotations in an article body and attributes each to a speaker entity. */
final class Quotes {

    /** A quotation span before attribution. {@code open}/{@code close} are the marks' offsets, -1 when absent. */
    static final class Span {
        final int open;
        final int close;
        final int start;
        final int end;
        final boolean block;
        final int paragraph;
        Integer speaker;
        String cue;
        double confidence;

        Span(int open, int close, int start, int end, boolean block, int paragraph) {
            this.open = open;
            this.close = close;
            this.start = start;
            this.end = end;
            this.block = block;
            this.paragraph = paragraph;
        }
    }

    private final String body;
    private final List<Tok> toks;
    private final Entities.Result ents;
    private final int[] paraStart;
    private final int[] paraEnd;
    /** entity index of the body mention covering each token, or -1. */
    private final int[] tokEntity;
    /** whether a token lies inside quotation marks. */
    private final boolean[] tokQuoted;

    private Quotes(String body, List<Tok> toks, Entities.Result ents) {
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
    }

    static List<ExtractedQuote> find(String body, List<Tok> toks, Entities.Result ents) {
        if (body == null || body.isEmpty()) {
            return List.of();
        }
        return new Quotes(body, toks, ents).run();
    }

    private List<ExtractedQuote> run() {
        List<Span> spans = new ArrayList<>();
        for (int p = 0; p < paraStart.length; p++) {
            scanParagraph(p, spans);
        }
        markQuotedTokens(spans);
        List<Span> blocks = findBlocks(spans);
        Span previous = null;
        for (Span s : spans) {
            attribute(s, spans, previous);
            if (s.speaker != null) {
                previous = s;
            }
        }
        List<Span> all = new ArrayList<>(spans);
        all.addAll(blocks);
        all.sort((a, b) -> Integer.compare(a.start, b.start));
        List<ExtractedQuote> out = new ArrayList<>();
        for (Span s : all) {
            if (s.end <= s.start) {
                continue;
            }
            out.add(new ExtractedQuote(s.start, s.end, body.substring(s.start, s.end), s.speaker, s.cue,
                    s.confidence, s.block));
        }
        return out;
    }

    // ---------------------------------------------------------------- spans

    private void scanParagraph(int p, List<Span> out) {
        int from = paraStart[p];
        int to = paraEnd[p];
        int open = -1;
        char openChar = 0;
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (c == '“' || c == '„' || c == '«') {
                if (open >= 0 && openChar != '"') {
                    addSpan(out, open, -1, open + 1, i, p);
                }
                if (open < 0 || openChar != '"') {
                    open = i;
                    openChar = c;
                }
            } else if (c == '”' || c == '»') {
                if (open >= 0) {
                    addSpan(out, open, i, open + 1, i, p);
                    open = -1;
                }
            } else if (c == '"') {
                boolean openerCtx = i == from || isOpenContext(body.charAt(i - 1));
                boolean closerCtx = i + 1 >= to || isCloseContext(body.charAt(i + 1));
                if (open < 0) {
                    if (!closerCtx || openerCtx) {
                        open = i;
                        openChar = c;
                    }
                } else if (openerCtx && !closerCtx && i > open + 1) {
                    // a new quote opens while one is still open: the earlier one ran on without its closing mark
                    addSpan(out, open, -1, open + 1, i, p);
                    open = i;
                    openChar = c;
                } else {
                    addSpan(out, open, i, open + 1, i, p);
                    open = -1;
                }
            } else if ((c == '‘' || c == '\'') && open < 0 && (i == from || isOpenContext(body.charAt(i - 1)))
                    && i + 1 < to && Character.isLetterOrDigit(body.charAt(i + 1))) {
                int close = findSingleClose(i + 1, to, c);
                if (close > 0) {
                    addSpan(out, i, close, i + 1, close, p);
                    i = close;
                }
            }
        }
        if (open >= 0) {
            int end = to;
            String tail = body.substring(open + 1, end);
            int src = tail.lastIndexOf("[Source]");
            if (src >= 0) {
                end = open + 1 + src;
            }
            addSpan(out, open, -1, open + 1, end, p);
        }
    }

    private int findSingleClose(int from, int to, char openChar) {
        for (int j = from; j < to; j++) {
            char c = body.charAt(j);
            if (c == '"' || c == '“' || c == '”') {
                return -1;
            }
            if ((c == '’' || c == '\'') && (j + 1 >= to || !Character.isLetterOrDigit(body.charAt(j + 1)))
                    && Character.isLetterOrDigit(body.charAt(j - 1)) | ".,!?".indexOf(body.charAt(j - 1)) >= 0) {
                // "countries' " is a plural possessive, not a closing mark, when followed by a noun
                if (body.charAt(j - 1) == 's' && j + 2 < to && body.charAt(j + 1) == ' '
                        && Character.isLowerCase(body.charAt(j + 2)) && j - from < 3) {
                    continue;
                }
                return j;
            }
        }
        return -1;
    }

    private static boolean isOpenContext(char prev) {
        return Character.isWhitespace(prev) || "([{—–-/:".indexOf(prev) >= 0;
    }

    private static boolean isCloseContext(char next) {
        return Character.isWhitespace(next) || ".,;:!?)]}—–-…".indexOf(next) >= 0;
    }

    private void addSpan(List<Span> out, int open, int close, int start, int end, int p) {
        while (start < end && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        if (end - start < 2) {
            return;
        }
        out.add(new Span(open, close, start, end, false, p));
    }

    private void markQuotedTokens(List<Span> spans) {
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

    // ---------------------------------------------------------------- block quotes

    private List<Span> findBlocks(List<Span> spans) {
        List<Span> blocks = new ArrayList<>();
        int lastEnd = -1;
        for (int p = 0; p < paraStart.length; p++) {
            String text = body.substring(paraStart[p], paraEnd[p]).strip();
            if (!text.endsWith("[Source]")) {
                continue;
            }
            // walk back to the lead-in, a paragraph ending with a colon
            int lead = -1;
            for (int q = p; q > lastEnd && q >= p - 8; q--) {
                String t = body.substring(paraStart[q], paraEnd[q]).strip();
                if (q < p && t.endsWith(":")) {
                    lead = q;
                    break;
                }
            }
            lastEnd = p;
            if (lead < 0) {
                continue;
            }
            int first = lead + 1;
            int start = paraStart[first];
            while (start < paraEnd[first] && (Character.isWhitespace(body.charAt(start)))) {
                start++;
            }
            if (body.startsWith("[…]", start) || body.startsWith("[...]", start)) {
                start = body.indexOf(']', start) + 1;
                while (start < paraEnd[first] && Character.isWhitespace(body.charAt(start))) {
                    start++;
                }
            }
            int end = paraStart[p] + body.substring(paraStart[p], paraEnd[p]).lastIndexOf("[Source]");
            while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
                end--;
            }
            if (start < paraEnd[first] && isOpenQuoteChar(body.charAt(start))) {
                // the lead-in introduces a quotation in marks: that quote is the block's own, no block needed
                continue;
            }
            Span b = new Span(-1, -1, start, end, true, first);
            int[] who = leadInSpeaker(lead);
            if (who != null) {
                b.speaker = who[0];
                b.cue = who[1] >= 0 ? toks.get(who[1]).word().toLowerCase(Locale.ROOT) : null;
                b.confidence = 0.8;
            } else {
                b.confidence = 0.4;
            }
            blocks.add(b);
        }
        return blocks;
    }

    private static boolean isOpenQuoteChar(char c) {
        return c == '“' || c == '"';
    }

    /** The speaker of a lead-in paragraph's last sentence: {entity, verb token or -1}. */
    private int[] leadInSpeaker(int lead) {
        int from = firstTokAt(paraStart[lead]);
        int to = firstTokAt(paraEnd[lead]);
        if (from >= to) {
            return null;
        }
        int sentence = toks.get(to - 1).sentence();
        int s = to - 1;
        while (s > from && toks.get(s - 1).sentence() == sentence) {
            s--;
        }
        int verb = -1;
        for (int t = s; t < to; t++) {
            if (!tokQuoted[t] && isCueAt(t)) {
                verb = t;
                break;
            }
        }
        Integer who = leftmost(s, verb >= 0 ? verb : to, EntityType.PERSON);
        if (who == null) {
            who = leftmost(s, verb >= 0 ? verb : to, null);
        }
        return who == null ? null : new int[]{who, verb};
    }

    // ---------------------------------------------------------------- attribution

    private void attribute(Span s, List<Span> spans, Span previous) {
        int openTok = firstTokAt(s.open >= 0 ? s.open : s.start);
        int closeTok = s.close >= 0 ? firstTokAt(s.close + 1) : firstTokAt(s.end);
        // window after the closing mark: to the end of its sentence or the next quote
        int afterEnd = closeTok;
        if (s.close >= 0 && closeTok < toks.size()) {
            int sentence = toks.get(Math.max(closeTok - 1, 0)).sentence();
            while (afterEnd < toks.size() && toks.get(afterEnd).sentence() == sentence && !tokQuoted[afterEnd]
                    && !isQuoteMark(toks.get(afterEnd).word())) {
                afterEnd++;
            }
        }
        // window before the opening mark: from its sentence's start or the previous quote
        int beforeStart = openTok;
        if (openTok > 0) {
            int sentence = openTok < toks.size() ? toks.get(openTok).sentence() : toks.get(openTok - 1).sentence();
            while (beforeStart > 0 && toks.get(beforeStart - 1).sentence() == sentence && !tokQuoted[beforeStart - 1]
                    && !isQuoteMark(toks.get(beforeStart - 1).word())) {
                beforeStart--;
            }
        }
        // 1. after the quote: ", said X" / ", X said" / ", according to X"
        if (tryAfter(s, closeTok, afterEnd)) {
            return;
        }
        // 2. before the quote: "X said: ..." / "according to X, ..."
        if (tryBefore(s, beforeStart, openTok)) {
            return;
        }
        // 3. a quote continuing the previous speaker's words in the next paragraph or sentence
        if (previous != null && previous.speaker != null && startsParagraphOrFollows(s, previous)
                && words(s) >= 4) {
            s.speaker = previous.speaker;
            s.cue = null;
            s.confidence = 0.55;
            return;
        }
        s.confidence = words(s) >= 5 ? 0.3 : 0.1;
    }

    private boolean startsParagraphOrFollows(Span s, Span previous) {
        if (s.paragraph - previous.paragraph > 1) {
            return false;
        }
        int ps = paraStart[s.paragraph];
        String head = body.substring(ps, s.open >= 0 ? s.open : s.start).strip();
        return head.isEmpty() || s.paragraph == previous.paragraph;
    }

    private boolean tryAfter(Span s, int from, int to) {
        int limit = Math.min(to, from + 14);
        int verb = -1;
        for (int t = from; t < limit; t++) {
            if (isCueAt(t)) {
                verb = t;
                break;
            }
        }
        if (verb < 0) {
            return false;
        }
        String cue = cueAt(verb);
        if (cue.equals("according to")) {
            Integer who = firstCandidate(verb + 2, Math.min(to, verb + 10));
            return set(s, who, cue, 0.85);
        }
        // subject before the verb ("X said", "X, the y of z, said") or right after ("said X")
        Integer who = null;
        if (verb > from) {
            who = leftmost(from, verb, EntityType.PERSON);
            if (who == null) {
                who = leftmost(from, verb, null);
            }
            if (who == null) {
                who = pronounOrRole(from, verb, s);
            }
        }
        if (who == null) {
            who = firstCandidate(verb + 1, Math.min(to, verb + 8));
        }
        return set(s, who, cue, 0.9);
    }

    private boolean tryBefore(Span s, int from, int to) {
        int verb = -1;
        for (int t = to - 1; t >= from; t--) {
            if (isCueAt(t)) {
                verb = t;
                break;
            }
        }
        if (verb < 0) {
            return false;
        }
        String cue = cueAt(verb);
        if (cue.equals("according to")) {
            Integer who = firstCandidate(verb + 2, to);
            return set(s, who, cue, 0.8);
        }
        Integer who = leftmost(from, verb, EntityType.PERSON);
        if (who == null) {
            who = leftmost(from, verb, null);
        }
        if (who == null) {
            who = pronounOrRole(from, verb, s);
        }
        if (who == null) {
            who = firstCandidate(verb + 1, to);
        }
        return set(s, who, cue, verb >= to - 3 ? 0.85 : 0.7);
    }

    private boolean set(Span s, Integer who, String cue, double confidence) {
        if (who == null) {
            return false;
        }
        s.speaker = who;
        s.cue = cue;
        s.confidence = confidence;
        return true;
    }

    private boolean isCueAt(int t) {
        if (t < 0 || t >= toks.size() || tokQuoted[t]) {
            return false;
        }
        String w = toks.get(t).word().toLowerCase(Locale.ROOT);
        if (w.equals("according") && t + 1 < toks.size() && toks.get(t + 1).word().equalsIgnoreCase("to")) {
            return true;
        }
        return tokEntity[t] < 0 && Lexicon.isSpeechVerb(w);
    }

    private String cueAt(int t) {
        String w = toks.get(t).word().toLowerCase(Locale.ROOT);
        return w.equals("according") ? "according to" : w;
    }

    /** The first entity (PERSON or ORGANIZATION preferred) mentioned in tokens [from, to). */
    private Integer firstCandidate(int from, int to) {
        for (int t = from; t < to && t < toks.size(); t++) {
            if (tokQuoted[t]) {
                continue;
            }
            int e = tokEntity[t];
            if (e >= 0 && speakerType(e)) {
                return e;
            }
            Integer p = pronounOrRole(t, t + 1, null);
            if (p != null && isPronoun(t)) {
                return p;
            }
        }
        return null;
    }

    /** The leftmost entity in [from, to) of the given type (any speaker type when null). */
    private Integer leftmost(int from, int to, EntityType type) {
        for (int t = from; t < to && t < toks.size(); t++) {
            if (tokQuoted[t]) {
                continue;
            }
            int e = tokEntity[t];
            if (e >= 0 && speakerType(e) && (type == null || ents.entities().get(e).type() == type)) {
                return e;
            }
        }
        return null;
    }

    private boolean speakerType(int e) {
        EntityType t = ents.entities().get(e).type();
        return t == EntityType.PERSON || t == EntityType.ORGANIZATION || t == EntityType.LOCATION;
    }

    private boolean isPronoun(int t) {
        return Lexicon.PERSON_PRONOUNS.contains(toks.get(t).word().toLowerCase(Locale.ROOT));
    }

    /** A pronoun ("he") or role noun ("the Russian president") in [from, to), resolved to a named person. */
    private Integer pronounOrRole(int from, int to, Span s) {
        for (int t = from; t < to && t < toks.size(); t++) {
            if (tokQuoted[t]) {
                continue;
            }
            String w = toks.get(t).word().toLowerCase(Locale.ROOT);
            if (Lexicon.PERSON_PRONOUNS.contains(w)) {
                return nearestPerson(t, null);
            }
            if (Lexicon.ROLE_NOUNS.contains(w) && t > 0) {
                // "the Chinese leader": look back for "the" with only modifiers between
                int k = t - 1;
                String demonym = null;
                while (k >= from && k > t - 4) {
                    String m = toks.get(k).word();
                    if (m.equalsIgnoreCase("the") || m.equalsIgnoreCase("his") || m.equalsIgnoreCase("her")) {
                        return nearestPerson(k, demonym);
                    }
                    if (Lexicon.isDemonym(m)) {
                        demonym = m;
                    }
                    k--;
                }
            }
        }
        return null;
    }

    /** The closest PERSON mentioned before token {@code t} outside quotes; with a demonym, one titled with it. */
    private Integer nearestPerson(int t, String demonym) {
        Integer fallback = null;
        int sentence = toks.get(t).sentence();
        Integer sameSentence = null;
        for (int k = t - 1; k >= 0; k--) {
            int e = tokEntity[k];
            if (e < 0 || tokQuoted[k] || ents.entities().get(e).type() != EntityType.PERSON) {
                continue;
            }
            if (toks.get(k).sentence() == sentence) {
                if (sameSentence == null) {
                    sameSentence = e;
                }
                continue;
            }
            if (demonym == null) {
                return e;
            }
            if (fallback == null) {
                fallback = e;
            }
            if (titledWith(e, demonym)) {
                return e;
            }
        }
        if (demonym != null) {
            // the person may be introduced later in the text ("the Russian president ... Vladimir Putin")
            for (ExtractedEntity e : ents.entities()) {
                if (e.type() == EntityType.PERSON && titledWith(e.index(), demonym)) {
                    return e.index();
                }
            }
        }
        return fallback != null ? fallback : sameSentence;
    }

    private boolean titledWith(int e, String demonym) {
        for (String a : ents.entities().get(e).aliases()) {
            if (a.toLowerCase(Locale.ROOT).startsWith(demonym.toLowerCase(Locale.ROOT) + " ")) {
                return true;
            }
        }
        return false;
    }

    private int words(Span s) {
        return body.substring(s.start, s.end).trim().split("\\s+").length;
    }

    private static boolean isQuoteMark(String w) {
        return w.equals("``") || w.equals("''") || w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("`")
                || w.equals("'");
    }

    /** Index of the first token starting at or after {@code offset}. */
    private int firstTokAt(int offset) {
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
