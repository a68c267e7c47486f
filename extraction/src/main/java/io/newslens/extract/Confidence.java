package io.newslens.extract;

/**
 * How sure each attribution rule is of the speaker it gives a quotation, as stored with the quote. Readers keep quotes
 * from 0.5 up ({@code cli.Prediction.MIN_CONFIDENCE}): every rule that names a speaker lies above it, the unattributed
 * and the quoted labels below.
 */
final class Confidence {

    /** "“...,” X said" / "“...,” said X": a speech verb right after the quote, in its sentence. */
    static final double VERB_AFTER = 0.9;
    /** "“...” — X": a dash after the quote, then the speaker's name, as in quote boxes and captions. */
    static final double DASH_AFTER = 0.85;
    /** "“...,” according to X". */
    static final double ACCORDING_TO_AFTER = 0.85;
    /** "X said: “...”" with the verb within three tokens of the opening mark. */
    static final double VERB_JUST_BEFORE = 0.85;
    /** "according to X, “...”". */
    static final double ACCORDING_TO_BEFORE = 0.8;
    /** A speech verb earlier in the quote's sentence, further from the mark. */
    static final double VERB_BEFORE = 0.7;
    /** "“...” from the Russian president": a source named after "from". */
    static final double FROM_SOURCE = 0.6;
    /** "He said:" closing the sentence or paragraph before the quote. */
    static final double COLON_LEAD_IN = 0.7;
    /** "X: “...”": a colon introduces the quote, the sentence's subject speaks. */
    static final double COLON_SUBJECT = 0.6;
    /** A quote opening its sentence right after "..., he said." in the same paragraph. */
    static final double PREVIOUS_SENTENCE = 0.6;
    /** A quote opening a paragraph in a run of one speaker's quotes, no one else named as a subject in between. */
    static final double NEXT_PARAGRAPH = 0.55;
    /**
     * Cap for a quote that continues the previous one: it ran on without its mark, "“...” and “...”", or a later
     * fragment of the previous quote's sentence that nothing else attributes.
     */
    static final double CONTINUES_PREVIOUS = 0.8;
    /** Cap for a paragraph of a quote running over paragraphs, credited from the part that continues it. */
    static final double RUNS_INTO_NEXT = 0.7;
    /** A block quotation whose lead-in names its speaker. */
    static final double BLOCK_LEAD_IN = 0.8;
    /** The paragraph after "X wrote:". */
    static final double BLOCK_AFTER_COLON = 0.6;
    /** A block quotation whose lead-in names no one. */
    static final double BLOCK_UNATTRIBUTED = 0.4;
    /** A quote of five words or more that no rule attributes. */
    static final double UNATTRIBUTED = 0.3;
    /** A quoted title or label ("a campaign dubbed “...”"). */
    static final double LABEL = 0.2;
    /** A short quoted fragment that no rule attributes. */
    static final double UNATTRIBUTED_FRAGMENT = 0.1;

    private Confidence() {
    }
}
