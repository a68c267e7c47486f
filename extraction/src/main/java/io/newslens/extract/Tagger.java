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
                    List<CoreLabel> tagged = crf.classifySentence(s);
                    for (int k = 0; k < s.size(); k++) {
                        CoreLabel t = s.get(k);
                        String label = tagged.get(k).get(CoreAnnotations.AnswerAnnotation.class);
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
