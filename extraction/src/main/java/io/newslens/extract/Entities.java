package io.newslens.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static io.newslens.extract.Mentions.*;
import static io.newslens.extract.ModelSpans.*;
import static io.newslens.extract.RuleMentions.*;
import static io.newslens.extract.Propagation.*;
import static io.newslens.extract.CueMentions.*;
import static io.newslens.extract.DocumentChecks.*;
import static io.newslens.extract.Acronyms.*;
import static io.newslens.extract.Typing.*;

/** Turns NER-tagged tokens into entities: one per referent within the article, with aliases and mentions. */
final class Entities {

    /** The outcome: entities plus the body mentions with their entity index, in text order. */
    record Result(List<ExtractedEntity> entities, List<BodyMention> bodyMentions) {
    }

    /** A mention in the body, pointing to its entity. */
    record BodyMention(int from, int to, int begin, int end, int entity) {
    }

    private Entities() {
    }

    /** Records the words around each mention of the part's section, for typing by context. */
    private static void noteContext(Part p, List<Found> found) {
        List<Tok> toks = p.toks();
        for (Found f : found) {
            if (f.section != p.section()) {
                continue;
            }
            f.before = f.from >= 1 && f.from - 1 < toks.size() ? toks.get(f.from - 1).word() : null;
            f.before2 = f.from >= 2 && f.from - 2 < toks.size() ? toks.get(f.from - 2).word() : null;
            f.after = f.to >= 0 && f.to < toks.size() ? toks.get(f.to).word() : null;
        }
    }

    /** One field of the article: its section, its text and its tokens. */
    record Part(Section section, String text, List<Tok> toks) {
    }

    static Result resolve(String title, List<Tok> titleToks, String body, List<Tok> bodyToks) {
        return resolve(List.of(new Part(Section.TITLE, title, titleToks), new Part(Section.BODY, body, bodyToks)));
    }

    /** Resolves the entities of all parts together; the body part, if any, must be last. */
    static Result resolve(List<Part> parts) {
        try {
            return resolve0(parts);
        } finally {
            CURRENT.remove();
        }
    }

    /** Mentions, by pass: the model's spans, general rules, context cues, then the article's own names again. */
    private static Result resolve0(List<Part> parts) {
        List<Found> found = new ArrayList<>();
        for (Part p : parts) {
            CURRENT.set(p.toks());
            collect(p.section(), p.text(), p.toks(), found);
        }
        for (Part p : parts) {
            CURRENT.set(p.toks());
            addRuleMentions(p.section(), p.text(), p.toks(), found);
        }
        for (Part p : parts) {
            CURRENT.set(p.toks());
            applyDescriptors(p.section(), p.text(), p.toks(), found);
        }
        for (Part p : parts) {
            CURRENT.set(p.toks());
            applyDatelines(p.section(), p.text(), p.toks(), found);
        }
        for (Part p : parts) {
            CURRENT.set(p.toks());
            applyContextCues(p.section(), p.text(), p.toks(), found);
        }
        for (Part p : parts) {
            CURRENT.set(p.toks());
            applyCoordination(p.section(), p.text(), p.toks(), found);
        }
        for (Part p : parts) {
            CURRENT.set(p.toks());
            propagate(p.section(), p.text(), p.toks(), found);
        }
        CURRENT.remove();
        List<Found[]> links = new ArrayList<>();
        for (Part p : parts) {
            addParentheticalAcronyms(p.section(), p.text(), p.toks(), found, links);
            Identities.linkBirthNames(p.section(), p.toks(), found, links);
        }
        for (Part p : parts) {
            JoinedNames.split(p, found);
        }
        Part bodyPart = parts.get(parts.size() - 1);
        for (Part p : parts) {
            if (p.section() == Section.TITLE && bodyPart.section() == Section.BODY) {
                JoinedNames.recutTitle(p, bodyPart, found);
            }
        }
        dropCommonWordsAndEvents(parts, found);
        for (Part p : parts) {
            noteContext(p, found);
        }

        List<ExtractedEntity> entities = new ArrayList<>();
        List<BodyMention> bodyMentions = new ArrayList<>();
        for (List<Found> ms : Identities.merge(found, links)) {
            EntityType type = decideType(ms);
            if (type == null) {
                continue;
            }
            String name = fullestName(ms);
            if (SpaceNames.isSpaceName(name)) {
                continue;
            }
            Set<String> aliases = new LinkedHashSet<>();
            aliases.add(name);
            List<Mention> mentions = new ArrayList<>();
            for (Found f : ms) {
                aliases.add(f.text);
                if (f.titled != null && type == EntityType.PERSON) {
                    // "Chinese President Xi Jinping", "President Xi Jinping"
                    String[] tw = f.titled.split("\\s+");
                    int nameWords = f.text.split("\\s+").length;
                    for (int k = 0; k < tw.length - nameWords; k++) {
                        // "Chinese President Xi Jinping" -> "President Xi Jinping"; "Minister Lord Falconer" ->
                        // "Lord Falconer"; not "Executive Elon Musk"
                        if (k == 0 || Lexicon.isDemonym(tw[k - 1]) || Lexicon.HONORIFICS.contains(Lexicon.key(tw[k]))) {
                            aliases.add(String.join(" ", java.util.Arrays.copyOfRange(tw, k, tw.length)));
                        }
                    }
                }
                mentions.add(new Mention(f.section, f.begin, f.end, f.text));
            }
            int index = entities.size();
            entities.add(new ExtractedEntity(index, name, type, List.copyOf(aliases), List.copyOf(mentions)));
            for (Found f : ms) {
                if (f.section == Section.BODY) {
                    bodyMentions.add(new BodyMention(f.from, f.to, f.begin, f.end, index));
                }
            }
        }
        bodyMentions.sort(Comparator.comparingInt(BodyMention::begin));
        return new Result(List.copyOf(entities), List.copyOf(bodyMentions));
    }
}
