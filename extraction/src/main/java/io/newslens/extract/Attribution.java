package io.newslens.extract;

import java.util.List;
import java.util.Locale;

/** Attribution rules: which entity speaks each quotation, by the speech verb, colon or neighbouring quote that credits it. */
final class Attribution {

    private final String body;
    private final List<Tok> toks;
    private final Entities.Result ents;
    private final int[] paraStart;
    private final int[] paraEnd;
    private final int[] tokEntity;
    private final boolean[] tokQuoted;
    private final int[] sent;
    private final QuoteDoc doc;
    private final Referents refs;

    Attribution(QuoteDoc doc, Referents refs) {
        this.body = doc.body;
        this.toks = doc.toks;
        this.ents = doc.ents;
        this.paraStart = doc.paraStart;
        this.paraEnd = doc.paraEnd;
        this.tokEntity = doc.tokEntity;
        this.tokQuoted = doc.tokQuoted;
        this.sent = doc.sent;
        this.doc = doc;
        this.refs = refs;
    }

    private static final java.util.Set<String> SKIP_BEFORE_VERB = Lexicon.set("has", "have", "had", "was", "is",
            "also", "then", "later", "recently", "previously", "once", "further", "reportedly", "publicly", "would",
            "will", "did", "does", "not", "never", "repeatedly", "again", "simply", "has", "had", "later", "himself",
            "herself", "itself", "themselves", "even", "only", "just", "already", "still", "now", "today",
            "yesterday", "openly", "privately", "recently", "famously", "bluntly", "flatly", "quickly", "often",
            "may", "might", "could", "should", "can", "once", "herself", "been", "being");

    private static final java.util.Set<String> LABEL_CUES = Lexicon.set("titled", "entitled", "headlined",
            "dubbed", "nicknamed", "headline", "slogan", "hashtag", "captioned");

    /** The speaker of a lead-in paragraph: {entity, verb token or -1}. */
    int[] leadInSpeaker(int lead) {
        int from = doc.firstTokAt(paraStart[lead]);
        int to = doc.firstTokAt(paraEnd[lead]);
        if (from >= to) {
            return null;
        }
        int last = Math.max(from, doc.sentenceStart(sent[to - 1]));
        for (int t = last; t < to; t++) {
            if (!tokQuoted[t] && doc.isCueAt(t)) {
                Integer who;
                if (isParticiple(t)) {
                    Referents.Ref r = refs.sentenceSubject(sent[t]);
                    who = r == null ? null : r.entity();
                } else {
                    who = subjectBefore(t, Math.max(from, doc.sentenceStart(sent[t])));
                }
                if (who != null) {
                    return new int[]{who, t};
                }
                break;
            }
        }
        int s0 = Math.max(from, doc.sentenceStart(sent[to - 1]));
        Integer who = refs.leftmost(s0, to, EntityType.PERSON);
        if (who == null) {
            who = refs.leftmost(s0, to, EntityType.ORGANIZATION);
        }
        return who == null ? null : new int[]{who, -1};
    }

    void attribute(QuoteSpan s, List<QuoteSpan> spans, QuoteSpan previous) {
        int openTok = doc.firstTokAt(s.open >= 0 ? s.open : s.start);
        int closeTok = s.close >= 0 ? doc.firstTokAt(s.close + 1) : doc.firstTokAt(s.end);
        // window after the closing mark: to the end of its sentence or the next quote
        int afterEnd = closeTok;
        if (s.close >= 0 && closeTok < toks.size() && !endsSentence(s, closeTok)) {
            int sentence = sent[Math.max(closeTok - 1, 0)];
            while (afterEnd < toks.size() && sent[afterEnd] == sentence && !tokQuoted[afterEnd]
                    && !QuoteDoc.isQuoteMark(toks.get(afterEnd).word())) {
                afterEnd++;
            }
        }
        // window before the opening mark: from its sentence's start or the previous quote
        int beforeStart = openTok;
        if (openTok > 0) {
            int sentence = openTok < toks.size() ? sent[openTok] : sent[openTok - 1];
            while (beforeStart > 0 && sent[beforeStart - 1] == sentence && !tokQuoted[beforeStart - 1]
                    && !QuoteDoc.isQuoteMark(toks.get(beforeStart - 1).word())) {
                beforeStart--;
            }
        }
        boolean runOn = previous != null && previous.close < 0 && previous.paragraph == s.paragraph
                && previous.end <= s.start && body.substring(previous.end, s.open >= 0 ? s.open : s.start).isBlank();
        // "A. "B." — the earlier quote ran on without its closing mark; 'she was "over the moon" and "just
        // grateful ..."' — two quotes joined in one sentence: either way, the earlier quote's speaker
        if (runOn || previous != null && coordinatedWith(previous, s)) {
            creditAs(s, previous, Confidence.CONTINUES_PREVIOUS);
            return;
        }
        // a quoted title or label: "an op-ed titled, “...”", "a campaign dubbed “...”"
        if (openTok > 0) {
            int k = openTok - 1;
            while (k > 0 && (toks.get(k).word().equals(",") || QuoteDoc.isQuoteMark(toks.get(k).word()))) {
                k--;
            }
            String cueWord = toks.get(k).word().toLowerCase(Locale.ROOT);
            if (LABEL_CUES.contains(cueWord) || cueWord.equals("as") && k > 0
                    && NAMING_BEFORE_AS.contains(toks.get(k - 1).word().toLowerCase(Locale.ROOT))) {
                s.confidence = Confidence.LABEL;
                return;
            }
        }
        if (isNameOrTerm(s, openTok, closeTok)) {
            s.confidence = Confidence.LABEL;
            return;
        }
        // 1. after the quote: ", said X" / ", X said" / ", according to X"
        if (tryAfter(s, closeTok, afterEnd)) {
            return;
        }
        // 1a. "“...”. - Hsieh on her coach": a dash after the closing mark, then the speaker's name
        if (s.close >= 0 && dashThenSpeaker(s, closeTok)) {
            return;
        }
        // 1b. '"... we need the moisture really bad." Dempsey said.': a quote closed with its full stop, then a
        // sentence of the same paragraph that is nothing but its attribution
        if (s.close >= 0 && closeTok < toks.size() && afterEnd == closeTok
                && toks.get(closeTok).paragraph() == toks.get(Math.max(closeTok - 1, 0)).paragraph()) {
            int e = closeTok;
            while (e < toks.size() && sent[e] == sent[closeTok] && !tokQuoted[e]
                    && !QuoteDoc.isQuoteMark(toks.get(e).word())) {
                e++;
            }
            boolean whole = e >= toks.size() || sent[e] != sent[closeTok];
            if (whole && e - closeTok <= 6 && toks.get(e - 1).word().equals(".") && tryAfter(s, closeTok, e)) {
                return;
            }
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
        if (lead >= 0 && body.charAt(lead) == ':' && openTok > 0 && colonLeadIn(s, openTok)) {
            return;
        }
        if (lead >= 0 && body.charAt(lead) == ':' && openTok > 0) {
            Referents.Ref r = refs.sentenceSubject(sent[Math.min(openTok, toks.size() - 1)]);
            if (r != null && set(s, r.entity(), null, Confidence.COLON_SUBJECT)) {
                return;
            }
        }
        // 4. a quote opening a sentence right after "..., he said." or in the next paragraph of the same speaker: four
        // words or more, or a whole sentence ("We lost everything.")
        if (openTok > 0 && (doc.words(s) >= 4 || doc.isWholeSentence(s)) && noSpeakerIn(beforeStart, openTok)) {
            int prevSentence = sent[beforeStart] - 1;
            int prevTok = doc.sentenceStart(prevSentence);
            if (prevSentence >= 0 && prevTok < toks.size()
                    && toks.get(prevTok).paragraph() == toks.get(Math.min(openTok, toks.size() - 1)).paragraph()) {
                Integer who = attributionIn(prevSentence);
                if (who != null && set(s, who, null, Confidence.PREVIOUS_SENTENCE)) {
                    return;
                }
            }
        }
        if (previous != null && previous.speaker != null && startsParagraphOrFollows(s, previous)
                && doc.words(s) >= 4) {
            s.speaker = previous.speaker;
            s.cue = null;
            s.confidence = Confidence.NEXT_PARAGRAPH;
            return;
        }
        // 5. a later quote in the sentence of an attributed one, with no speech verb or speaker of its own:
        // 'TSA said it “was notified of ...” on the flight, which ... and “landed without incident.”'
        if (previous != null && previous.speaker != null && previous.close >= 0 && s.open >= 0
                && previous.paragraph == s.paragraph && doc.words(s) >= 3 && sameSentence(previous, s)) {
            creditAs(s, previous, Confidence.CONTINUES_PREVIOUS);
            return;
        }
        s.confidence = doc.words(s) >= 5 ? Confidence.UNATTRIBUTED : Confidence.UNATTRIBUTED_FRAGMENT;
    }

    /**
     * Whether {@code s} opens in the sentence where {@code previous} closes (which did not end inside it), no speech
     * verb, pronoun or person between.
     */
    private boolean sameSentence(QuoteSpan previous, QuoteSpan s) {
        int from = doc.firstTokAt(previous.close + 1);
        int to = doc.firstTokAt(s.open);
        if (from >= toks.size() || to >= toks.size() || sent[from] != sent[to]) {
            return false;
        }
        String prev = body.substring(previous.start, previous.end).strip();
        if (prev.endsWith(".") || prev.endsWith("!") || prev.endsWith("?")) {
            return false; // “... situation.” However, ...: the quote closed its sentence
        }
        for (int t = from; t < to; t++) {
            if (doc.isCueAt(t) || doc.isPronoun(t) || tokEntity[t] >= 0
                    && ents.entities().get(tokEntity[t]).type() == EntityType.PERSON) {
                return false;
            }
        }
        return true;
    }

    /**
     * A quote that runs over paragraphs leaves each paragraph but the last without a closing mark and opens the next
     * one again; its attribution usually comes only at the end ("..., he said."). Walking back from the last part,
     * every unattributed unclosed paragraph takes the speaker of the part that continues it.
     */
    void creditRunOnParagraphs(List<QuoteSpan> spans) {
        for (int i = spans.size() - 2; i >= 0; i--) {
            QuoteSpan s = spans.get(i);
            QuoteSpan next = spans.get(i + 1);
            if (s.speaker == null && s.close < 0 && !s.block && next.speaker != null && next.open >= 0
                    && next.paragraph == s.paragraph + 1 && next.open == paraStart[next.paragraph]
                    && s.open == paraStart[s.paragraph] && doc.words(s) >= 4) {
                creditAs(s, next, Confidence.RUNS_INTO_NEXT);
            }
        }
    }

    /** Gives {@code s} the speaker and cue of {@code other}, with a confidence no higher than its or {@code cap}. */
    private static void creditAs(QuoteSpan s, QuoteSpan other, double cap) {
        s.speaker = other.speaker;
        s.cue = other.cue;
        s.confidence = Math.min(other.confidence, cap);
    }

    /** Whether {@code s} follows the closed quote {@code previous} in its sentence with only "and", "or" or a comma between. */
    private boolean coordinatedWith(QuoteSpan previous, QuoteSpan s) {
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
                    && !doc.afterPreposition(t, from) || doc.isPronoun(t)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the quote closes its sentence: ends with . ! ? and the text after starts a new one. */
    private boolean endsSentence(QuoteSpan s, int closeTok) {
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
        int from = doc.sentenceStart(sentence);
        int to = from;
        while (to < toks.size() && sent[to] == sentence) {
            to++;
        }
        for (int t = from; t < to; t++) {
            if (doc.isCueAt(t)) {
                Integer who = subjectBefore(t, from);
                if (who == null) {
                    who = speakerAfterVerb(t + 1, Math.min(to, t + 8));
                }
                return who;
            }
        }
        return null;
    }

    /**
     * Whether {@code s} opens its paragraph in a run of the previous speaker's quotes: the next paragraph, or one or
     * two paragraphs later when those name no one else as a subject ("Matiang'i further stated that ...").
     */
    private boolean startsParagraphOrFollows(QuoteSpan s, QuoteSpan previous) {
        int gap = s.paragraph - previous.paragraph;
        if (gap > 3) {
            return false;
        }
        int ps = paraStart[s.paragraph];
        String head = body.substring(ps, s.open >= 0 ? s.open : s.start).strip();
        if (!head.isEmpty()) {
            return false;
        }
        for (int p = previous.paragraph + 1; p < s.paragraph; p++) {
            if (namesAnotherSpeaker(p, previous.speaker)) {
                return false;
            }
        }
        return true;
    }

    /** Whether paragraph {@code p} has a quote or names a person or organisation other than {@code speaker} as a subject. */
    private boolean namesAnotherSpeaker(int p, int speaker) {
        int from = doc.firstTokAt(paraStart[p]);
        int to = doc.firstTokAt(paraEnd[p]);
        for (int t = from; t < to; t++) {
            if (tokQuoted[t]) {
                return true;
            }
            int e = tokEntity[t];
            if (e >= 0 && e != speaker && !doc.afterPreposition(t, from)) {
                EntityType type = ents.entities().get(e).type();
                if (type == EntityType.PERSON || type == EntityType.ORGANIZATION) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "He said:" or "The singer then updated their status:" closing the paragraph or sentence before a quote: the
     * speech verb's subject, else that sentence's subject, speaks.
     */
    private boolean colonLeadIn(QuoteSpan s, int openTok) {
        int colon = openTok - 1;
        while (colon > 0 && openTok - colon < 3 && !toks.get(colon).word().equals(":")) {
            colon--;
        }
        if (!toks.get(colon).word().equals(":") || tokQuoted[colon]) {
            return false;
        }
        int sentence = sent[colon];
        if (openTok < toks.size() && sent[openTok] == sentence) {
            return false; // "X said: “...”" within one sentence is the rules' before the mark
        }
        int from = doc.sentenceStart(sentence);
        for (int verb = colon - 1; verb >= from; verb--) {
            if (doc.isCueAt(verb)) {
                Integer who;
                if (isParticiple(verb)) {
                    Referents.Ref r = refs.sentenceSubject(sentence);
                    who = r == null ? null : r.entity();
                } else {
                    who = subjectBefore(verb, from);
                }
                if (who == null) {
                    who = speakerAfterVerb(verb + 1, colon);
                }
                if (who != null) {
                    return set(s, who, doc.cueAt(verb), Confidence.COLON_LEAD_IN);
                }
                break;
            }
        }
        Referents.Ref r = refs.sentenceSubject(sentence);
        return r != null && set(s, r.entity(), null, Confidence.COLON_LEAD_IN);
    }

    /** Verbs before "as" that name rather than quote: "someone identified as “Representative #1”". */
    private static final java.util.Set<String> NAMING_BEFORE_AS = Lexicon.set("identified", "known", "referred",
            "listed", "registered", "billed", "styled");

    /**
     * Quoted words that are a name or a term, not speech: a nickname inside a name (Christopher “Bong” Go), a
     * name quoted whole (“Deji Lambo.”), a title in capitals (“Nightbringers”) with no speech verb beside it, and a
     * one- or two-word term that modifies the noun after it (“super-Earth” and “hot Earth” planets).
     */
    private boolean isNameOrTerm(QuoteSpan s, int openTok, int closeTok) {
        if (s.close < 0) {
            return false;
        }
        String text = body.substring(s.start, s.end).strip().replaceAll("[.,;:!?…]+$", "");
        String[] w = text.split("\\s+");
        if (w.length > 3 || text.isEmpty()) {
            return false;
        }
        String before = openTok > 0 ? toks.get(openTok - 1).word() : "";
        String after = closeTok < toks.size() ? toks.get(closeTok).word() : "";
        boolean capitalised = true;
        for (String x : w) {
            capitalised &= Character.isUpperCase(x.charAt(0));
        }
        if (capitalised && w.length <= 2 && Names.isCapitalized(before) && Names.isCapitalized(after)
                && openTok > 0 && sent[openTok - 1] == sent[Math.min(closeTok, toks.size() - 1)]
                && !Lexicon.STOP_ENTITY.contains(before.toLowerCase(Locale.ROOT))) {
            return true; // a nickname between a first and a last name
        }
        String key = Gazetteer.key(text);
        for (ExtractedEntity e : ents.entities()) {
            for (String a : e.aliases()) {
                if (Gazetteer.key(a).equals(key)) {
                    return true;
                }
            }
        }
        boolean cueNear = doc.isCueAt(closeTok) || doc.isCueAt(closeTok + 1) || doc.isCueAt(openTok - 1)
                || doc.isCueAt(openTok - 2) || before.equals(":");
        if (capitalised && !cueNear && !text.matches(".*[.!?].*")) {
            return true;
        }
        if (w.length <= 2 && !cueNear && !text.matches(".*[.!?,;].*")) {
            int k = closeTok;
            if (k < toks.size() && (toks.get(k).word().equals("and") || toks.get(k).word().equals("or"))
                    && k + 1 < toks.size() && QuoteDoc.isQuoteMark(toks.get(k + 1).word())) {
                // “super-Earth” and “hot Earth” planets: the noun follows the second term
                k += 2;
                while (k < toks.size() && k - closeTok < 6 && !QuoteDoc.isQuoteMark(toks.get(k).word())) {
                    k++;
                }
                k++;
            }
            if (k < toks.size()) {
                String next = toks.get(k).word();
                String lower = next.toLowerCase(Locale.ROOT);
                return Character.isLowerCase(next.charAt(0)) && next.chars().allMatch(Character::isLetter)
                        && !Lexicon.isSpeechVerb(lower) && !Names.isFunctionWord(lower)
                        && !QuoteDoc.PREPOSITIONS.contains(lower) && !NOT_NOUNS.contains(lower);
            }
        }
        return false;
    }

    /** Words after a quoted term that show it is not a modifier of a noun. */
    private static final java.util.Set<String> NOT_NOUNS = Lexicon.set("is", "are", "was", "were", "be", "been",
            "has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "must", "and", "or",
            "but", "that", "which", "who", "as", "than", "if", "when", "while", "because", "so", "then", "also",
            "not", "to", "he", "she", "they", "it", "we", "i", "you");

    private boolean tryAfter(QuoteSpan s, int from, int to) {
        int limit = Math.min(to, from + 14);
        int verb = -1;
        for (int t = from; t < limit; t++) {
            if (doc.isCueAt(t)) {
                verb = t;
                break;
            }
        }
        // "“Dear friend” from the Russian president"
        if (from < to && toks.get(from).word().equalsIgnoreCase("from")) {
            Integer who = refs.firstCandidate(from + 1, Math.min(to, from + 5));
            if (set(s, who, "from", Confidence.FROM_SOURCE)) {
                return true;
            }
        }
        if (verb < 0) {
            verb = verbAfterApposition(from, to);
        }
        if (verb < 0) {
            return false;
        }
        String cue = doc.cueAt(verb);
        if (cue.equals("according to")) {
            Integer who = refs.firstCandidate(verb + 2, Math.min(to, verb + 10));
            return set(s, who, cue, Confidence.ACCORDING_TO_AFTER);
        }
        // subject before the verb ("X said", "X, the y of z, said") or right after ("said X")
        Integer who = verb > from ? subjectBefore(verb, from) : null;
        if (who == null && verb > from && toks.get(verb - 1).word().equalsIgnoreCase("and")) {
            // "Putin cheered the “...” and said ...": the sentence's subject
            Referents.Ref r = refs.sentenceSubject(sent[verb]);
            who = r == null ? null : r.entity();
        }
        if (who == null) {
            who = speakerAfterVerb(verb + 1, Math.min(to, verb + 8));
        }
        return set(s, who, cue, Confidence.VERB_AFTER);
    }

    /**
     * The verb after a long apposition, past the usual window: "“...,” John Grunsfeld, astronaut and associate
     * administrator of NASA's Science Mission Directorate in Washington, said". A person's or organisation's name
     * right after the quote, a comma, then the verb right after the next comma within 25 tokens, with no sentence end
     * or quotation mark between; or -1.
     */
    private int verbAfterApposition(int from, int to) {
        int t = from;
        while (t < to && (QuoteDoc.isQuoteMark(toks.get(t).word()) || toks.get(t).word().equals(","))) {
            t++;
        }
        if (t >= to || tokEntity[t] < 0 || ents.entities().get(tokEntity[t]).type() == EntityType.LOCATION) {
            return -1;
        }
        int e = tokEntity[t];
        while (t < to && tokEntity[t] == e) {
            t++;
        }
        if (t >= to || !toks.get(t).word().equals(",")) {
            return -1;
        }
        for (int k = t + 1; k < Math.min(to, t + 25); k++) {
            String x = toks.get(k).word();
            if (QuoteDoc.isQuoteMark(x) || x.equals(".") || x.equals(";") || x.equals("?") || x.equals("!")) {
                return -1;
            }
            if (doc.isCueAt(k)) {
                return toks.get(k - 1).word().equals(",") ? k : -1;
            }
        }
        return -1;
    }

    /** A dash right after the quote (a full stop or comma may come first), then a person or organisation. */
    private boolean dashThenSpeaker(QuoteSpan s, int closeTok) {
        int t = closeTok;
        if (t < toks.size() && (toks.get(t).word().equals(".") || toks.get(t).word().equals(","))) {
            t++;
        }
        if (t + 1 >= toks.size() || toks.get(t).paragraph() != s.paragraph || !Names.isDash(toks.get(t).word())) {
            return false;
        }
        int e = tokEntity[t + 1];
        if (e < 0 || !doc.speakerType(e)) {
            return false;
        }
        EntityType type = ents.entities().get(e).type();
        return (type == EntityType.PERSON || type == EntityType.ORGANIZATION)
                && set(s, e, null, Confidence.DASH_AFTER);
    }

    private boolean tryBefore(QuoteSpan s, int from, int to) {
        for (int verb = to - 1; verb >= from; verb--) {
            if (doc.isCueAt(verb) && tryBeforeVerb(s, verb, to)) {
                return true;
            }
        }
        return false;
    }

    private boolean tryBeforeVerb(QuoteSpan s, int verb, int to) {
        String cue = doc.cueAt(verb);
        if (cue.equals("according to")) {
            Integer who = refs.firstCandidate(verb + 2, to);
            return set(s, who, cue, Confidence.ACCORDING_TO_BEFORE);
        }
        int sentenceFrom = doc.sentenceStart(sent[verb]);
        Integer who;
        if (to - verb > 8) {
            // "... a few words from the Russian leader: “...”": a source named close to the quote wins
            for (int t = to - 1; t > verb && t >= to - 10; t--) {
                if (toks.get(t).word().equalsIgnoreCase("from")) {
                    Integer src = refs.firstCandidate(t + 1, Math.min(to, t + 5));
                    if (src != null) {
                        return set(s, src, "from", Confidence.FROM_SOURCE);
                    }
                }
            }
        }
        if (isParticiple(verb)) {
            // "..., saying it was "..."": the main clause's subject
            Referents.Ref r = refs.sentenceSubject(sent[verb]);
            who = r == null ? null : r.entity();
        } else {
            who = subjectBefore(verb, sentenceFrom);
        }
        if (who == null) {
            who = speakerAfterVerb(verb + 1, to);
        }
        return set(s, who, cue, verb >= to - 3 ? Confidence.VERB_JUST_BEFORE : Confidence.VERB_BEFORE);
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

    private boolean set(QuoteSpan s, Integer who, String cue, double confidence) {
        if (who == null || addressed(s, who)) {
            return false;
        }
        s.speaker = who;
        s.cue = cue;
        s.confidence = confidence;
        return true;
    }

    /**
     * Whether the quote opens by addressing {@code who}: "“Bob Stewart, for how much did you sell yourself ...?”"
     * is said to Bob Stewart, not by him.
     */
    private boolean addressed(QuoteSpan s, int who) {
        int t = doc.firstTokAt(s.start);
        if (t >= toks.size() || tokEntity[t] != who) {
            return false;
        }
        while (t < toks.size() && tokEntity[t] == who) {
            t++;
        }
        return t < toks.size() && tokQuoted[t] && toks.get(t).word().equals(",");
    }

    /**
     * The subject of the verb at {@code verb}: the noun phrase right before it, skipping auxiliaries, adverbs and a
     * comma-delimited apposition ("X, a fellow at Y, said"); a pronoun or role noun is resolved.
     */
    private Integer subjectBefore(int verb, int from) {
        int k = verb - 1;
        while (k >= from && (SKIP_BEFORE_VERB.contains(toks.get(k).word().toLowerCase(Locale.ROOT)) || tokQuoted[k]
                || QuoteDoc.isQuoteMark(toks.get(k).word()) || toks.get(k).word().endsWith("ly") && tokEntity[k] < 0
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
                Referents.Ref r = refs.refAt(c - 1, from);
                if (r != null) {
                    return r.entity();
                }
            }
            k--;
        }
        // "Laura Bicker from the BBC argued": skip a preposition's object
        while (k >= from && tokEntity[k] >= 0 && doc.afterPreposition(k, from)) {
            int e = tokEntity[k];
            while (k >= from && tokEntity[k] == e) {
                k--;
            }
            while (k >= from && !QuoteDoc.PREPOSITIONS.contains(toks.get(k).word().toLowerCase(Locale.ROOT))) {
                k--;
            }
            k--;
        }
        Referents.Ref r = refs.refAt(k, from);
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
        Integer who = refs.leftmost(from, verb, EntityType.PERSON);
        if (who == null) {
            who = refs.leftmost(from, verb, EntityType.ORGANIZATION);
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
        Integer first = refs.firstCandidate(from, to);
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
        int afterName = t;
        for (int steps = 0; t < to && steps < 5; t++, steps++) {
            int e = tokEntity[t];
            if (e >= 0) {
                return ents.entities().get(e).type() == EntityType.PERSON ? Integer.valueOf(e) : first;
            }
            String w = toks.get(t).word();
            if (w.equals(",") && t > afterName && t + 1 < to && tokEntity[t + 1] >= 0
                    && ents.entities().get(tokEntity[t + 1]).type() == EntityType.PERSON
                    && (Lexicon.isTitle(toks.get(t - 1).word())
                        || Lexicon.ROLE_NOUNS.contains(toks.get(t - 1).word().toLowerCase(Locale.ROOT)))) {
                // "explained Rocket Lab founder and CEO, Peter Beck": the title's holder, named after a comma
                return tokEntity[t + 1];
            }
            if (!Character.isLetter(w.charAt(0)) || QuoteDoc.PREPOSITIONS.contains(w.toLowerCase(Locale.ROOT))
                    || doc.isCueAt(t) || tokQuoted[t]) {
                break;
            }
        }
        // "said the India captain": no name follows the title; the role noun stands for a person named before
        if (t > afterName) {
            Referents.Ref r = refs.refAt(t - 1, from);
            if (r != null && ents.entities().get(r.entity()).type() == EntityType.PERSON) {
                return r.entity();
            }
        }
        return first;
    }
}
