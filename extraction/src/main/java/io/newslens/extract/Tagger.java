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

    /** Tags {@code text}; paragraphs are separated by line breaks. */
    List<Tok> tag(String text) {
        List<Tok> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        WordToSentenceProcessor<CoreLabel> splitter = new WordToSentenceProcessor<>();
        int sentence = 0;
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
                    String[] labels = classify(s);
                    for (int k = 0; k < s.size(); k++) {
                        CoreLabel t = s.get(k);
                        String label = labels[k];
                        out.add(new Tok(t.originalText() != null && !t.originalText().isEmpty() ? t.originalText() : t.word(),
                                pos + t.beginPosition(), pos + t.endPosition(), label == null ? "O" : label,
                                sentence, paragraph));
                    }
                    sentence++;
                }
                paragraph++;
            }
            pos = eol + 1;
        }
        return out;
    }
}
