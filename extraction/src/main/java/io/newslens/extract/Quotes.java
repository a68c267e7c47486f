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
        sent = new int[toks.size()];
    }

    /** Sentence index per token, with sentences that break inside one quotation joined back together. */
    private final int[] sent;

    private void joinSentencesInsideQuotes(List<Span> spans) {
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
        joinSentencesInsideQuotes(spans);
        List<Span> blocks = findBlocks(spans);
        Span previous = null;
        for (Span s : spans) {
            attribute(s, spans, previous);
            if (s.speaker != null) {
                previous = s;
            }
        }
        creditRunOnParagraphs(spans);
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
            } else if ((c == '‘' || c == '\'') && open >= 0 && i >= from + 2 && body.charAt(i - 1) == ' '
                    && ".!?".indexOf(body.charAt(i - 2)) >= 0 && i + 1 < to && Character.isUpperCase(body.charAt(i + 1))
                    && !closesBefore(i + 1, to, c)) {
                // "A. 'B." — a stray single mark opening the next sentence of a quote that ran on
                addSpan(out, open, -1, open + 1, i, p);
                open = i;
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

    /** Whether a single mark opened at {@code from - 1} is closed by a matching single mark before the paragraph end. */
    private boolean closesBefore(int from, int to, char openChar) {
        return findSingleClose(from, to, openChar) > 0;
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
                        && Character.isLowerCase(body.charAt(j + 2))) {
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
        java.util.Set<Integer> leads = new java.util.HashSet<>();
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
                if (q < p && (t.endsWith(":") || !endsLikeSentence(t))) {
                    lead = q;
                    break;
                }
            }
            lastEnd = p;
            if (lead < 0) {
                continue;
            }
            leads.add(lead);
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
        // "X wrote:" followed by a paragraph without marks and without a [Source] marker: that paragraph
        for (int q = 0; q + 1 < paraStart.length; q++) {
            String t = body.substring(paraStart[q], paraEnd[q]).strip();
            if (!t.endsWith(":") || leads.contains(q)) {
                continue;
            }
            String next = body.substring(paraStart[q + 1], paraEnd[q + 1]).strip();
            if (next.isEmpty() || isOpenQuoteChar(next.charAt(0)) || next.charAt(0) == '‘' || next.endsWith(":")
                    || next.endsWith("[Source]")) {
                continue;
            }
            int[] who = leadInSpeaker(q);
            if (who == null || who[1] < 0) {
                continue;
            }
            int start = paraStart[q + 1];
            while (Character.isWhitespace(body.charAt(start))) {
                start++;
            }
            int end = paraEnd[q + 1];
            while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
                end--;
            }
            Span b = new Span(-1, -1, start, end, true, q + 1);
            b.speaker = who[0];
            b.cue = toks.get(who[1]).word().toLowerCase(Locale.ROOT);
            b.confidence = 0.6;
            blocks.add(b);
        }
        return blocks;
    }

    private static boolean endsLikeSentence(String t) {
        return t.matches("(?s).*[.!?…]['\"’”)\\]]*");
    }

    private static boolean isOpenQuoteChar(char c) {
        return c == '“' || c == '"';
    }

    /** The speaker of a lead-in paragraph: {entity, verb token or -1}. */
    private int[] leadInSpeaker(int lead) {
        int from = firstTokAt(paraStart[lead]);
        int to = firstTokAt(paraEnd[lead]);
        if (from >= to) {
            return null;
        }
        int last = Math.max(from, sentenceStart(sent[to - 1]));
        for (int t = last; t < to; t++) {
            if (!tokQuoted[t] && isCueAt(t)) {
                Integer who;
                if (isParticiple(t)) {
                    Ref r = sentenceSubject(sent[t]);
                    who = r == null ? null : r.entity();
                } else {
                    who = subjectBefore(t, Math.max(from, sentenceStart(sent[t])));
                }
                if (who != null) {
                    return new int[]{who, t};
                }
                break;
            }
        }
        int s0 = Math.max(from, sentenceStart(sent[to - 1]));
        Integer who = leftmost(s0, to, EntityType.PERSON);
        if (who == null) {
            who = leftmost(s0, to, EntityType.ORGANIZATION);
        }
        return who == null ? null : new int[]{who, -1};
    }

    // ---------------------------------------------------------------- attribution

    private static final java.util.Set<String> SKIP_BEFORE_VERB = Lexicon.set("has", "have", "had", "was", "is",
            "also", "then", "later", "recently", "previously", "once", "further", "reportedly", "publicly", "would",
            "will", "did", "does", "not", "never", "repeatedly", "again", "simply", "has", "had", "later", "himself",
            "herself", "itself", "themselves", "even", "only", "just", "already", "still", "now", "today",
            "yesterday", "openly", "privately", "recently", "famously", "bluntly", "flatly", "quickly", "often",
            "may", "might", "could", "should", "can", "once", "herself", "been", "being");
    private static final java.util.Set<String> PREPOSITIONS = Lexicon.set("of", "from", "to", "with", "by",
            "for", "at", "in", "on", "about", "against", "into", "over", "under", "between", "among", "toward",
            "towards", "than", "like", "via", "within", "without", "before", "after", "during", "upon", "behind",
            "beyond", "across", "through", "near");
    private static final java.util.Set<String> SPOKES = Lexicon.set("spokesman", "spokeswoman",
            "spokesperson", "spokespeople", "representative", "statement", "source", "sources");
    private static final java.util.Set<String> INSTITUTIONS = Lexicon.set("company", "firm", "ministry",
            "government", "department", "agency", "report", "study", "court", "group", "club", "union", "council",
            "committee", "board", "bank", "police", "army", "military", "party", "campaign", "organisation",
            "organization", "foundation", "charity", "commission", "office", "embassy", "administration", "regime",
            "kremlin", "federation", "association", "institute", "university", "newspaper", "paper", "website",
            "channel", "network", "broadcaster", "agency", "statement", "survey", "poll", "team", "side", "band",
            "label", "retailer", "bank", "insurer", "airline", "carmaker", "maker", "manufacturer", "operator",
            "regulator", "watchdog", "industry", "sector", "market");
    private static final java.util.Set<String> LABEL_CUES = Lexicon.set("titled", "entitled", "headlined",
            "dubbed", "nicknamed", "headline", "slogan", "hashtag", "captioned");
    private static final java.util.Set<String> MALE = Lexicon.set("mr", "sir", "lord", "king", "prince",
            "father", "brother", "he", "his", "him");
    private static final java.util.Set<String> FEMALE = Lexicon.set("mrs", "ms", "miss", "lady", "queen",
            "princess", "dame", "madam", "sister", "she", "her");

    /** A resolved referent: an entity and whether it can be "he"/"she" (a person, or an organisation's spokesperson). */
    private record Ref(int entity, boolean animate) {
    }

    private final java.util.Map<Integer, java.util.Optional<Ref>> subjects = new java.util.HashMap<>();

    private void attribute(Span s, List<Span> spans, Span previous) {
        int openTok = firstTokAt(s.open >= 0 ? s.open : s.start);
        int closeTok = s.close >= 0 ? firstTokAt(s.close + 1) : firstTokAt(s.end);
        // window after the closing mark: to the end of its sentence or the next quote
        int afterEnd = closeTok;
        if (s.close >= 0 && closeTok < toks.size() && !endsSentence(s, closeTok)) {
            int sentence = sent[Math.max(closeTok - 1, 0)];
            while (afterEnd < toks.size() && sent[afterEnd] == sentence && !tokQuoted[afterEnd]
                    && !isQuoteMark(toks.get(afterEnd).word())) {
                afterEnd++;
            }
        }
        // window before the opening mark: from its sentence's start or the previous quote
        int beforeStart = openTok;
        if (openTok > 0) {
            int sentence = openTok < toks.size() ? sent[openTok] : sent[openTok - 1];
            while (beforeStart > 0 && sent[beforeStart - 1] == sentence && !tokQuoted[beforeStart - 1]
                    && !isQuoteMark(toks.get(beforeStart - 1).word())) {
                beforeStart--;
            }
        }
        boolean runOn = previous != null && previous.close < 0 && previous.paragraph == s.paragraph
                && previous.end <= s.start && body.substring(previous.end, s.open >= 0 ? s.open : s.start).isBlank();
        // "A. "B." — the earlier quote ran on without its closing mark; 'she was "over the moon" and "just
        // grateful ..."' — two quotes joined in one sentence: either way, the earlier quote's speaker
        if (runOn || previous != null && coordinatedWith(previous, s)) {
            creditAs(s, previous, 0.8);
            return;
        }
        // a quoted title or label: "an op-ed titled, “...”", "a campaign dubbed “...”"
        if (openTok > 0) {
            int k = openTok - 1;
            while (k > 0 && (toks.get(k).word().equals(",") || isQuoteMark(toks.get(k).word()))) {
                k--;
            }
            if (LABEL_CUES.contains(toks.get(k).word().toLowerCase(Locale.ROOT))) {
                s.confidence = 0.2;
                return;
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
        // 3. "X: "..."" — a colon introduces the quote; the sentence's subject speaks
        int lead = (s.open >= 0 ? s.open : s.start) - 1;
        while (lead >= 0 && Character.isWhitespace(body.charAt(lead))) {
            lead--;
        }
        if (lead >= 0 && body.charAt(lead) == ':' && openTok > 0) {
            Ref r = sentenceSubject(sent[Math.min(openTok, toks.size() - 1)]);
            if (r != null && set(s, r.entity(), null, 0.6)) {
                return;
            }
        }
        // 4. a quote opening a sentence right after "..., he said." or in the next paragraph of the same speaker
        if (openTok > 0 && words(s) >= 4 && noSpeakerIn(beforeStart, openTok)) {
            int prevSentence = sent[beforeStart] - 1;
            int prevTok = sentenceStart(prevSentence);
            if (prevSentence >= 0 && prevTok < toks.size()
                    && toks.get(prevTok).paragraph() == toks.get(Math.min(openTok, toks.size() - 1)).paragraph()) {
                Integer who = attributionIn(prevSentence);
                if (who != null && set(s, who, null, 0.6)) {
                    return;
                }
            }
        }
        if (previous != null && previous.speaker != null && startsParagraphOrFollows(s, previous)
                && words(s) >= 4) {
            s.speaker = previous.speaker;
            s.cue = null;
            s.confidence = 0.55;
            return;
        }
        s.confidence = words(s) >= 5 ? 0.3 : 0.1;
    }

    /**
     * A quote that runs over paragraphs leaves each paragraph but the last without a closing mark and opens the next
     * one again; its attribution usually comes only at the end ("..., he said."). Walking back from the last part,
     * every unattributed unclosed paragraph takes the speaker of the part that continues it.
     */
    private void creditRunOnParagraphs(List<Span> spans) {
        for (int i = spans.size() - 2; i >= 0; i--) {
            Span s = spans.get(i);
            Span next = spans.get(i + 1);
            if (s.speaker == null && s.close < 0 && !s.block && next.speaker != null && next.open >= 0
                    && next.paragraph == s.paragraph + 1 && next.open == paraStart[next.paragraph]
                    && s.open == paraStart[s.paragraph] && words(s) >= 4) {
                creditAs(s, next, 0.7);
            }
        }
    }

    /** Gives {@code s} the speaker and cue of {@code other}, with a confidence no higher than its or {@code cap}. */
    private static void creditAs(Span s, Span other, double cap) {
        s.speaker = other.speaker;
        s.cue = other.cue;
        s.confidence = Math.min(other.confidence, cap);
    }

    /** Whether {@code s} follows the closed quote {@code previous} in its sentence with only "and", "or" or a comma between. */
    private boolean coordinatedWith(Span previous, Span s) {
        if (previous.close < 0 || s.open < 0 || previous.paragraph != s.paragraph || previous.close >= s.open) {
            return false;
        }
        String between = body.substring(previous.close + 1, s.open).strip();
        return between.equals("and") || between.equals("or") || between.equals(", and") || between.equals("and then");
    }

    /** Whether tokens [from, to) name no possible speaker (only objects of prepositions, if anything). */
    private boolean noSpeakerIn(int from, int to) {
        for (int t = from; t < to; t++) {
            if (tokEntity[t] >= 0 && ents.entities().get(tokEntity[t]).type() == EntityType.PERSON
                    && !afterPreposition(t, from) || isPronoun(t)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the quote closes its sentence: ends with . ! ? and the text after starts a new one. */
    private boolean endsSentence(Span s, int closeTok) {
        String q = body.substring(s.start, s.end).strip();
        if (q.isEmpty()) {
            return false;
        }
        char last = q.charAt(q.length() - 1);
        if (last != '.' && last != '!' && last != '?' && last != '…') {
            return false;
        }
        int k = s.close + 1;
        while (k < body.length() && body.charAt(k) == ' ') {
            k++;
        }
        return k >= body.length() || body.charAt(k) == '\n' || Character.isUpperCase(body.charAt(k))
                || body.charAt(k) == '"' || body.charAt(k) == '“';
    }

    /** The speaker credited by a speech verb in a sentence (outside quotes), or null. */
    private Integer attributionIn(int sentence) {
        int from = sentenceStart(sentence);
        int to = from;
        while (to < toks.size() && sent[to] == sentence) {
            to++;
        }
        for (int t = from; t < to; t++) {
            if (isCueAt(t)) {
                Integer who = subjectBefore(t, from);
                if (who == null) {
                    who = speakerAfterVerb(t + 1, Math.min(to, t + 8));
                }
                return who;
            }
        }
        return null;
    }

    private int sentenceStart(int sentence) {
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

    private boolean startsParagraphOrFollows(Span s, Span previous) {
        if (s.paragraph - previous.paragraph > 1) {
            return false;
        }
        int ps = paraStart[s.paragraph];
        String head = body.substring(ps, s.open >= 0 ? s.open : s.start).strip();
        return head.isEmpty();
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
        // "“Dear friend” from the Russian president"
        if (from < to && toks.get(from).word().equalsIgnoreCase("from")) {
            Integer who = firstCandidate(from + 1, Math.min(to, from + 5));
            if (set(s, who, "from", 0.6)) {
                return true;
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
        Integer who = verb > from ? subjectBefore(verb, from) : null;
        if (who == null && verb > from && toks.get(verb - 1).word().equalsIgnoreCase("and")) {
            // "Putin cheered the “...” and said ...": the sentence's subject
            Ref r = sentenceSubject(sent[verb]);
            who = r == null ? null : r.entity();
        }
        if (who == null) {
            who = speakerAfterVerb(verb + 1, Math.min(to, verb + 8));
        }
        return set(s, who, cue, 0.9);
    }

    private boolean tryBefore(Span s, int from, int to) {
        for (int verb = to - 1; verb >= from; verb--) {
            if (isCueAt(verb) && tryBeforeVerb(s, verb, to)) {
                return true;
            }
        }
        return false;
    }

    private boolean tryBeforeVerb(Span s, int verb, int to) {
        String cue = cueAt(verb);
        if (cue.equals("according to")) {
            Integer who = firstCandidate(verb + 2, to);
            return set(s, who, cue, 0.8);
        }
        int sentenceFrom = sentenceStart(sent[verb]);
        Integer who;
        if (to - verb > 8) {
            // "... a few words from the Russian leader: “...”": a source named close to the quote wins
            for (int t = to - 1; t > verb && t >= to - 10; t--) {
                if (toks.get(t).word().equalsIgnoreCase("from")) {
                    Integer src = firstCandidate(t + 1, Math.min(to, t + 5));
                    if (src != null) {
                        return set(s, src, "from", 0.6);
                    }
                }
            }
        }
        if (isParticiple(verb)) {
            // "..., saying it was "..."": the main clause's subject
            Ref r = sentenceSubject(sent[verb]);
            who = r == null ? null : r.entity();
        } else {
            who = subjectBefore(verb, sentenceFrom);
        }
        if (who == null) {
            who = speakerAfterVerb(verb + 1, to);
        }
        return set(s, who, cue, verb >= to - 3 ? 0.85 : 0.7);
    }

    /** "..., saying", "” adding", "and noting": a participle whose subject is the main clause's. */
    private boolean isParticiple(int verb) {
        String w = toks.get(verb).word().toLowerCase(Locale.ROOT);
        if (!w.endsWith("ing") || verb == 0) {
            return false;
        }
        int b = toks.get(verb).begin();
        String before = body.substring(Math.max(0, b - 4), b);
        return before.matches("(?s).*,[”\"’']?\\s*") || before.matches("(?s).*\\band\\s*")
                || toks.get(verb - 1).word().equalsIgnoreCase("and");
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
        return tokEntity[t] < 0 && Lexicon.isSpeechVerb(w) && !Character.isUpperCase(toks.get(t).word().charAt(0));
    }

    private String cueAt(int t) {
        String w = toks.get(t).word().toLowerCase(Locale.ROOT);
        return w.equals("according") ? "according to" : w;
    }

    /**
     * The subject of the verb at {@code verb}: the noun phrase right before it, skipping auxiliaries, adverbs and a
     * comma-delimited apposition ("X, a fellow at Y, said"); a pronoun or role noun is resolved.
     */
    private Integer subjectBefore(int verb, int from) {
        int k = verb - 1;
        while (k >= from && (SKIP_BEFORE_VERB.contains(toks.get(k).word().toLowerCase(Locale.ROOT)) || tokQuoted[k]
                || isQuoteMark(toks.get(k).word()) || toks.get(k).word().endsWith("ly") && tokEntity[k] < 0
                && Character.isLowerCase(toks.get(k).word().charAt(0)))) {
            k--;
        }
        if (k >= from && toks.get(k).word().equals(",")) {
            int c = k - 1;
            while (c >= from && !toks.get(c).word().equals(",")) {
                c--;
            }
            if (c > from && tokEntity[c - 1] < 0 && isOneName(c + 1, k, EntityType.PERSON)) {
                // "the Brentford manager, Thomas Frank, said": the name in apposition to a role noun
                return tokEntity[c + 1];
            }
            if (c >= from) {
                Ref r = refAt(c - 1, from);
                if (r != null) {
                    return r.entity();
                }
            }
            k--;
        }
        // "Laura Bicker from the BBC argued": skip a preposition's object
        while (k >= from && tokEntity[k] >= 0 && afterPreposition(k, from)) {
            int e = tokEntity[k];
            while (k >= from && tokEntity[k] == e) {
                k--;
            }
            while (k >= from && !PREPOSITIONS.contains(toks.get(k).word().toLowerCase(Locale.ROOT))) {
                k--;
            }
            k--;
        }
        Ref r = refAt(k, from);
        if (r != null) {
            // "Huizhong Wu and Emily Wang Fujiyama underlined": the first of two names
            int e = tokEntity[k];
            if (e >= 0) {
                int j = k;
                while (j >= from && tokEntity[j] == e) {
                    j--;
                }
                if (j - 1 >= from && toks.get(j).word().equals("and") && tokEntity[j - 1] >= 0
                        && ents.entities().get(tokEntity[j - 1]).type() == ents.entities().get(e).type()) {
                    return tokEntity[j - 1];
                }
            }
            return r.entity();
        }
        // fall back: the first person (else organisation) in the clause that is not a preposition's object
        Integer who = leftmost(from, verb, EntityType.PERSON);
        if (who == null) {
            who = leftmost(from, verb, EntityType.ORGANIZATION);
        }
        return who;
    }

    /** Whether tokens [from, to) are exactly one mention of an entity of the type. */
    private boolean isOneName(int from, int to, EntityType type) {
        if (from >= to || tokEntity[from] < 0 || ents.entities().get(tokEntity[from]).type() != type) {
            return false;
        }
        for (int t = from; t < to; t++) {
            if (tokEntity[t] != tokEntity[from]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The speaker named right after a verb ("said X"): the head of that noun phrase, so that an organisation or place
     * premodifying a person's title ("said Senate Majority Leader Robert Rodriguez", "said Google chief executive
     * Sundar Pichai") yields the person.
     */
    private Integer speakerAfterVerb(int from, int to) {
        Integer first = firstCandidate(from, to);
        if (first == null || ents.entities().get(first).type() == EntityType.PERSON) {
            return first;
        }
        int t = from;
        while (t < to && tokEntity[t] != first) {
            t++;
        }
        while (t < to && tokEntity[t] == first) {
            t++;
        }
        // title words up to the person: capitalised or not, but no punctuation, preposition or verb in between
        for (int steps = 0; t < to && steps < 5; t++, steps++) {
            int e = tokEntity[t];
            if (e >= 0) {
                return ents.entities().get(e).type() == EntityType.PERSON ? Integer.valueOf(e) : first;
            }
            String w = toks.get(t).word();
            if (!Character.isLetter(w.charAt(0)) || PREPOSITIONS.contains(w.toLowerCase(Locale.ROOT))
                    || isCueAt(t) || tokQuoted[t]) {
                return first;
            }
        }
        return first;
    }

    /** What the noun phrase ending at token {@code k} refers to: a named entity, pronoun or role noun. */
    private Ref refAt(int k, int from) {
        if (k < from || k < 0 || tokQuoted[k]) {
            return null;
        }
        int e = tokEntity[k];
        if (e >= 0 && speakerType(e)) {
            return new Ref(e, ents.entities().get(e).type() == EntityType.PERSON);
        }
        String w = toks.get(k).word().toLowerCase(Locale.ROOT);
        if (Lexicon.PERSON_PRONOUNS.contains(w)) {
            return resolvePronoun(k, w);
        }
        if (SPOKES.contains(w) && k + 1 < toks.size() && tokEntity[k + 1] >= 0
                && ents.entities().get(tokEntity[k + 1]).type() == EntityType.PERSON) {
            return new Ref(tokEntity[k + 1], true); // "Spokesman Alan Jones"
        }
        if (SPOKES.contains(w)) {
            // "the Trafford Centre spokeswoman", "a spokesman for the Association ..."
            for (int j = k - 1; j >= Math.max(from, k - 4); j--) {
                int oe = tokEntity[j];
                if (oe >= 0 && ents.entities().get(oe).type() == EntityType.ORGANIZATION) {
                    return new Ref(oe, true);
                }
            }
            for (int j = k + 1; j < Math.min(toks.size(), k + 10); j++) {
                int oe = tokEntity[j];
                if (oe >= 0 && ents.entities().get(oe).type() == EntityType.ORGANIZATION) {
                    return new Ref(oe, true);
                }
                if (isCueAt(j)) {
                    break;
                }
            }
            // an organisation not named here: the one that was the subject just before, unless the phrase names
            // another one the model did not recognise ("a Conservative party spokesperson")
            for (int j = k - 1; j >= Math.max(from, k - 3); j--) {
                String m = toks.get(j).word();
                if (Character.isUpperCase(m.charAt(0)) && tokEntity[j] < 0 && !m.equals("A") && !m.equals("The")) {
                    return null;
                }
            }
            for (int sn = sent[k] - 1; sn >= 0 && sn >= sent[k] - 2; sn--) {
                Ref r = sentenceSubject(sn);
                if (r != null && ents.entities().get(r.entity()).type() == EntityType.ORGANIZATION) {
                    return new Ref(r.entity(), true);
                }
            }
            return null;
        }
        if (INSTITUTIONS.contains(w) && k > 0 && isDeterminer(toks.get(k - 1).word())) {
            // "the ministry said": the organisation just named as a subject, if any; never a person
            for (int sn = sent[k]; sn >= 0 && sn >= sent[k] - 2; sn--) {
                Ref r = sn == sent[k] ? null : sentenceSubject(sn);
                if (r != null && ents.entities().get(r.entity()).type() == EntityType.ORGANIZATION) {
                    return new Ref(r.entity(), false);
                }
            }
            return null;
        }
        if (isRoleHead(k, from)) {
            String demonym = null;
            for (int j = k - 1; j >= Math.max(from, k - 4); j--) {
                String m = toks.get(j).word();
                if (Lexicon.isDemonym(m)) {
                    demonym = m;
                }
                if (m.equalsIgnoreCase("the") || m.equalsIgnoreCase("his") || m.equalsIgnoreCase("her")) {
                    break;
                }
            }
            Integer p = resolveRole(k, demonym);
            return p == null ? null : new Ref(p, true);
        }
        return null;
    }

    private static boolean isDeterminer(String w) {
        return w.equalsIgnoreCase("the") || w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an")
                || w.equalsIgnoreCase("its") || w.equalsIgnoreCase("their");
    }

    /** "the Russian president", "the ex-Wallaby", "the British actor": a definite noun phrase naming no one. */
    private boolean isRoleHead(int k, int from) {
        String w = toks.get(k).word();
        if (!Character.isLetter(w.charAt(0)) || tokEntity[k] >= 0 || INSTITUTIONS.contains(w.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String lw = w.toLowerCase(Locale.ROOT);
        if (lw.endsWith("s") && !Lexicon.ROLE_NOUNS.contains(lw)) {
            return false; // "the two men", "the leaders": a group, not one person
        }
        for (int j = k - 1; j >= Math.max(from, k - 3); j--) {
            String m = toks.get(j).word();
            if (m.equalsIgnoreCase("the")) {
                return Lexicon.ROLE_NOUNS.contains(w.toLowerCase(Locale.ROOT)) || j == k - 1 || j == k - 2;
            }
            if (tokEntity[j] >= 0 && ents.entities().get(tokEntity[j]).type() == EntityType.PERSON
                    || tokEntity[j] < 0 && !Character.isLetter(m.charAt(0))) {
                return false;
            }
        }
        return false;
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
            Ref r = null;
            if (isPronoun(t)) {
                r = resolvePronoun(t, toks.get(t).word().toLowerCase(Locale.ROOT));
            } else if (Lexicon.ROLE_NOUNS.contains(toks.get(t).word().toLowerCase(Locale.ROOT))
                    || SPOKES.contains(toks.get(t).word().toLowerCase(Locale.ROOT))) {
                r = refAt(t, from);
            }
            if (r != null) {
                return r.entity();
            }
        }
        return null;
    }

    /** The leftmost entity in [from, to) of the given type that is not a preposition's object. */
    private Integer leftmost(int from, int to, EntityType type) {
        for (int t = from; t < to && t < toks.size(); t++) {
            if (tokQuoted[t]) {
                continue;
            }
            int e = tokEntity[t];
            if (e >= 0 && speakerType(e) && (type == null || ents.entities().get(e).type() == type)
                    && !afterPreposition(t, from)) {
                return e;
            }
        }
        return null;
    }

    private boolean afterPreposition(int t, int from) {
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

    private boolean speakerType(int e) {
        EntityType t = ents.entities().get(e).type();
        return t == EntityType.PERSON || t == EntityType.ORGANIZATION || t == EntityType.LOCATION;
    }

    private boolean isPronoun(int t) {
        return Lexicon.PERSON_PRONOUNS.contains(toks.get(t).word().toLowerCase(Locale.ROOT));
    }

    /**
     * The subject of a sentence: the first named entity, pronoun or role noun outside quotes that is not the object
     * of a preposition, persons first.
     */
    private Ref sentenceSubject(int sentence) {
        java.util.Optional<Ref> cached = subjects.get(sentence);
        if (cached != null) {
            return cached.orElse(null);
        }
        subjects.put(sentence, java.util.Optional.empty()); // guards against cycles
        int from = sentenceStart(sentence);
        int to = from;
        while (to < toks.size() && sent[to] == sentence) {
            to++;
        }
        Ref found = null;
        Ref org = null;
        int seen = 0;
        for (int t = from; t < to && seen < 50; t++) {
            if (tokQuoted[t] || isQuoteMark(toks.get(t).word())) {
                continue;
            }
            seen++;
            int e = tokEntity[t];
            if (e >= 0 && speakerType(e) && !afterPreposition(t, from)) {
                EntityType type = ents.entities().get(e).type();
                if (type == EntityType.PERSON) {
                    found = new Ref(e, true);
                    break;
                }
                if (org == null && type == EntityType.ORGANIZATION) {
                    org = new Ref(e, false);
                }
                continue;
            }
            String w = toks.get(t).word().toLowerCase(Locale.ROOT);
            if (SPOKES.contains(w) && t + 1 < to && tokEntity[t + 1] >= 0) {
                continue; // "Spokesman Alan Jones": the name follows
            }
            if (e < 0 && (Lexicon.PERSON_PRONOUNS.contains(w) || SPOKES.contains(w))) {
                Ref r = refAt(t, from);
                if (r != null) {
                    found = r;
                    break;
                }
            }
            if (isCueAt(t) && org != null) {
                break;
            }
        }
        if (found == null) {
            found = org;
        }
        subjects.put(sentence, java.util.Optional.ofNullable(found));
        return found;
    }

    /** "he"/"she" at token {@code t}: the closest earlier sentence subject that can be one, else the closest person. */
    private Ref resolvePronoun(int t, String pronoun) {
        int sentence = sent[t];
        int from = sentenceStart(sentence);
        // an earlier subject in the same sentence: "Xi's words that he has ..."
        for (int k = from; k < t; k++) {
            int e = tokEntity[k];
            if (e >= 0 && !tokQuoted[k] && ents.entities().get(e).type() == EntityType.PERSON
                    && k + 1 < t && isPossessive(toks.get(nextOutside(k, e)).word()) && genderFits(e, pronoun)) {
                return new Ref(e, true);
            }
        }
        // the sentence's own subject: "Xi criticized what he called ..." — but not "Mr Putin, he said, was ..."
        Ref own = sentenceSubject(sentence);
        if (own != null && own.animate() && genderFits(own.entity(), pronoun)) {
            int first = -1;
            for (int k = from; k < t; k++) {
                if (tokEntity[k] == own.entity() && !tokQuoted[k]) {
                    first = k;
                    break;
                }
            }
            boolean parenthetical = t >= 2 && toks.get(t - 1).word().equals(",") && tokEntity[t - 2] == own.entity();
            if (first >= 0 && !parenthetical) {
                return own;
            }
        }
        for (int s = sentence - 1; s >= 0 && s >= sentence - 6; s--) {
            Ref r = sentenceSubject(s);
            if (r != null && r.animate() && genderFits(r.entity(), pronoun)) {
                return r;
            }
        }
        Integer p = nearestBefore(t, EntityType.PERSON);
        return p == null ? null : new Ref(p, true);
    }

    private int nextOutside(int k, int e) {
        while (k < toks.size() - 1 && tokEntity[k] == e) {
            k++;
        }
        return k;
    }

    private static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
    }

    private boolean genderFits(int e, String pronoun) {
        String g = gender(e);
        if (g == null) {
            return true;
        }
        return g.equals(pronoun.equals("she") || pronoun.equals("her") ? "f" : "m");
    }

    private final java.util.Map<Integer, String> genders = new java.util.HashMap<>();

    /** "m", "f" or null, from the titles the article gives the entity ("Mr", "Ms"). */
    private String gender(int e) {
        return genders.computeIfAbsent(e, k -> {
            ExtractedEntity ent = ents.entities().get(k);
            if (ent.type() != EntityType.PERSON) {
                return "";
            }
            for (String a : ent.aliases()) {
                String first = Lexicon.key(a.split("\\s+")[0]);
                if (MALE.contains(first)) {
                    return "m";
                }
                if (FEMALE.contains(first)) {
                    return "f";
                }
            }
            return "";
        }).transform(g -> g.isEmpty() ? null : g);
    }

    /** "the Chinese leader": a person titled with that demonym, else the latest sentence subject, else the closest. */
    private Integer resolveRole(int t, String demonym) {
        if (demonym != null) {
            for (int k = t - 1; k >= 0; k--) {
                int e = tokEntity[k];
                if (e >= 0 && !tokQuoted[k] && ents.entities().get(e).type() == EntityType.PERSON
                        && titledWith(e, demonym)) {
                    return e;
                }
            }
            for (ExtractedEntity e : ents.entities()) {
                if (e.type() == EntityType.PERSON && titledWith(e.index(), demonym)) {
                    return e.index();
                }
            }
        }
        int sentence = sent[t];
        for (int s = sentence - 1; s >= 0 && s >= sentence - 4; s--) {
            Ref r = sentenceSubject(s);
            if (r != null && ents.entities().get(r.entity()).type() == EntityType.PERSON
                    && (demonym == null || !titledOtherwise(r.entity(), demonym))) {
                return r.entity();
            }
        }
        for (int k = t - 1; k >= 0; k--) {
            int e = tokEntity[k];
            if (e >= 0 && !tokQuoted[k] && ents.entities().get(e).type() == EntityType.PERSON
                    && (demonym == null || !titledOtherwise(e, demonym))) {
                return e;
            }
        }
        return null;
    }

    private Integer nearestBefore(int t, EntityType type) {
        for (int k = t - 1; k >= 0; k--) {
            int e = tokEntity[k];
            if (e >= 0 && !tokQuoted[k] && ents.entities().get(e).type() == type) {
                return e;
            }
        }
        return null;
    }

    private boolean titledWith(int e, String demonym) {
        for (String a : ents.entities().get(e).aliases()) {
            if (a.toLowerCase(Locale.ROOT).startsWith(demonym.toLowerCase(Locale.ROOT) + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the person is titled with a different demonym ("Chinese President Xi" is not "the Russian president"). */
    private boolean titledOtherwise(int e, String demonym) {
        for (String a : ents.entities().get(e).aliases()) {
            String first = a.split("\\s+")[0];
            if (Lexicon.isDemonym(first) && !first.equalsIgnoreCase(demonym)) {
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
