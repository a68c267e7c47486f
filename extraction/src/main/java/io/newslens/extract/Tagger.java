package io.newslens.extract;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import edu.stanford.nlp.process.WordToSentenceProcessor;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Tokenises, splits sentences (never across paragraphs) and runs the 3-class CRF. Thread-safe. */
final class Tagger {

    static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private final CRFClassifier<CoreLabel> crf;
    private final TokenizerFactory<CoreLabel> tokenizers;

    private Tagger(CRFClassifier<CoreLabel> crf) {
        this.crf = crf;
        this.tokenizers = PTBTokenizer.factory(new CoreLabelTokenFactory(), "invertible=true,untokenizable=noneKeep");
    }

    static Tagger load() {
        try {
            return new Tagger(CRFClassifier.getClassifier(MODEL));
        } catch (Exception e) {
            throw new IllegalStateException("cannot load NER model " + MODEL, e);
        }
    }

    /**
     * How far (in tokens) context is kept around a token that could start a name (capitalised, or a digit). Tokens
     * further away from every such token are lower-case words that the model labels O; they are not sent to the
     * CRF, which is where the engine spends its time. The model's widest features look 5 tokens to each side
     * (disjunctive word features, {@code disjunctionWidth=5}), so every token that can be a name keeps the context
     * its features read; only the model's occurrence-pattern features (the same word elsewhere in the sentence) can
     * see less.
     */
    static final int CONTEXT = 5;

    /** NER labels for one sentence; the CRF runs only on the stretches that can hold a name. */
    String[] classify(List<CoreLabel> sentence) {
        int n = sentence.size();
        String[] labels = new String[n];
        java.util.Arrays.fill(labels, "O");
        boolean[] keep = new boolean[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            String w = sentence.get(i).word();
            if (!w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))
                    || Character.isTitleCase(w.charAt(0)))) {
                any = true;
                for (int k = Math.max(0, i - CONTEXT); k <= Math.min(n - 1, i + CONTEXT); k++) {
                    keep[k] = true;
                }
            }
        }
        if (!any) {
            return labels;
        }
        int i = 0;
        while (i < n) {
            if (!keep[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && keep[j]) {
                j++;
            }
            List<CoreLabel> segment = sentence.subList(i, j);
            List<CoreLabel> tagged = crf.classifySentence(segment);
            for (int k = 0; k < segment.size(); k++) {
                String label = tagged.get(k).get(CoreAnnotations.AnswerAnnotation.class);
                labels[i + k] = label == null ? "O" : label;
            }
            i = j;
        }
        return labels;
    }

    /**
     * The tokenizer cuts a hyphenated name ("Auger-Aliassime", "Coca-Cola") into three tokens, and the model often
     * labels the pieces apart ("Felix Auger" a person, "Aliassime" an organisation). Two capitalised words joined
     * by a hyphen with no space are one name when the model labelled a piece and the hyphen stands inside a longer
     * name ("Felix Auger-Aliassime", "Jean-Claude Van Damme"), or when the article writes the same hyphenated name
     * so elsewhere ("Auger-Aliassime" alone later). The pieces of a pair stay apart: two places
     * ("Beijing-Moscow"), a country or a nationality ("Iran-Saudi talks"), two single names ("Putin-Xi talks").
     */
    static void joinHyphenatedNames(List<List<CoreLabel>> sentences, List<String[]> labelsOf) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int si = 0; si < sentences.size(); si++) {
                List<CoreLabel> s = sentences.get(si);
                String[] labels = labelsOf.get(si);
                for (int k = 1; k + 1 < s.size(); k++) {
                    CoreLabel h = s.get(k);
                    CoreLabel a = s.get(k - 1);
                    CoreLabel b = s.get(k + 1);
                    if (!h.word().equals("-") || a.endPosition() != h.beginPosition()
                            || h.endPosition() != b.beginPosition() || !startsUpper(a.word()) || !startsUpper(b.word())
                            || isPlaceWord(a.word()) || isPlaceWord(b.word())) {
                        continue;
                    }
                    String left = labels[k - 1];
                    String right = labels[k + 1];
                    if ("O".equals(left) && "O".equals(right) || "LOCATION".equals(left) && "LOCATION".equals(right)) {
                        continue;
                    }
                    String joined = a.word() + "-" + b.word();
                    // the hyphen stands inside a longer labelled name: "Felix Auger-Aliassime", "Jean-Claude Van Damme"
                    boolean strong = !"O".equals(left) && k >= 2 && labels[k - 2].equals(left)
                            && s.get(k - 2).endPosition() < a.beginPosition()
                            || !"O".equals(right) && k + 2 < s.size() && labels[k + 2].equals(right)
                            && s.get(k + 2).beginPosition() > b.endPosition();
                    if (pass == 0) {
                        if (strong) {
                            names.add(joined);
                        }
                        continue;
                    }
                    if (!strong && !names.contains(joined)) {
                        continue;
                    }
                    String label = "O".equals(left) ? right : left;
                    labels[k - 1] = label;
                    labels[k] = label;
                    for (int r = k + 1; r < s.size() && (r == k + 1 || labels[r].equals(right) && !"O".equals(right)); r++) {
                        labels[r] = label;
                    }
                }
            }
        }
    }

    private static boolean isPlaceWord(String w) {
        return Lexicon.PLACES.contains(w) || Lexicon.isDemonym(w) || Lexicon.COUNTRY_SYNONYMS.containsKey(
                w.toLowerCase(java.util.Locale.ROOT).replace(".", ""));
    }

    private static boolean startsUpper(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(0));
    }

    /** Tags {@code text}; paragraphs are separated by line breaks. */
    List<Tok> tag(String text) {
        List<Tok> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        WordToSentenceProcessor<CoreLabel> splitter = new WordToSentenceProcessor<>();
        List<List<CoreLabel>> sentences = new ArrayList<>();
        List<String[]> labelsOf = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        List<Integer> paragraphs = new ArrayList<>();
        int paragraph = 0;
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) {
                eol = n;
            }
            String line = text.substring(pos, eol);
            if (!line.isBlank()) {
                List<CoreLabel> tokens = tokenizers.getTokenizer(new StringReader(line)).tokenize();
                for (List<CoreLabel> s : splitter.process(tokens)) {
                    if (s.isEmpty()) {
                        continue;
                    }
                    sentences.add(s);
                    labelsOf.add(classify(s));
                    offsets.add(pos);
                    paragraphs.add(paragraph);
                }
                paragraph++;
            }
            pos = eol + 1;
        }
        joinHyphenatedNames(sentences, labelsOf);
        for (int si = 0; si < sentences.size(); si++) {
            List<CoreLabel> s = sentences.get(si);
            String[] labels = labelsOf.get(si);
            int at = offsets.get(si);
            for (int k = 0; k < s.size(); k++) {
                CoreLabel t = s.get(k);
                String label = labels[k];
                out.add(new Tok(t.originalText() != null && !t.originalText().isEmpty() ? t.originalText() : t.word(),
                        at + t.beginPosition(), at + t.endPosition(), label == null ? "O" : label,
                        si, paragraphs.get(si)));
            }
        }
        return out;
    }
}
