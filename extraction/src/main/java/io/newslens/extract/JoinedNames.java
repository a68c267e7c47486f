package io.newslens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits mentions that ran two names together, a mistake the model makes where names touch: a place's possessive
 * before another place ("China's Wuhan", "Nairobi's Eastleigh"), a country or region before a person's or an
 * organisation's name ("combined Andhra Pradesh N. Chandrababu Naidu", "US Federal Reserve Board"), and an
 * organisation running on into where it is ("Hoover Institution at Stanford University", "St Mary's Church in
 * Bathurst").
 */
final class JoinedNames {

    private JoinedNames() {
    }

    static void split(Entities.Part part, List<Found> found) {
        List<Tok> toks = part.toks();
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            if (f.section != part.section() || f.to > toks.size() || f.to - f.from < 2) {
                out.add(f);
                continue;
            }
            List<Found> parts = splitOne(part, toks, f);
            out.addAll(parts == null ? List.of(f) : parts);
        }
        found.clear();
        found.addAll(out);
    }

    /**
     * A headline in capitals runs names into the words around them ("Gauteng Violence", "Armstrong World Industries
     * to Acquire Architectural Components Group"): a headline mention that the body never names is cut down to the
     * body's names inside it, when there are any.
     */
    static void recutTitle(Entities.Part title, Entities.Part body, List<Found> found) {
        java.util.Map<String, EntityType> bodyNames = new java.util.HashMap<>();
        for (Found f : found) {
            if (f.section == body.section()) {
                bodyNames.putIfAbsent(Names.norm(f.text), f.cue != null ? f.cue : f.label);
            }
        }
        List<Tok> toks = title.toks();
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            if (f.section != title.section() || f.to - f.from < 2 || f.to > toks.size()
                    || bodyNames.containsKey(Names.norm(f.text)) || f.titled != null) {
                out.add(f);
                continue;
            }
            List<Found> parts = new ArrayList<>();
            boolean leftOut = false;
            int t = f.from;
            while (t < f.to) {
                int best = -1;
                for (int e = f.to; e > t; e--) {
                    if (!(e - t == f.to - f.from) && bodyNames.containsKey(Names.norm(text(title, toks, t, e)))) {
                        best = e;
                        break;
                    }
                }
                if (best > 0) {
                    Found part = make(title, toks, t, best, bodyNames.get(Names.norm(text(title, toks, t, best))));
                    part.cue = null;
                    parts.add(part);
                    t = best;
                } else {
                    leftOut |= Character.isLetter(toks.get(t).word().charAt(0));
                    t++;
                }
            }
            // only a mention with words no body name has is cut: "Demi Lovato" is not "Demi" and "Lovato"
            out.addAll(parts.isEmpty() || !leftOut ? List.of(f) : parts);
        }
        found.clear();
        found.addAll(out);
    }

    private static List<Found> splitOne(Entities.Part part, List<Tok> toks, Found f) {
        EntityType type = f.cue != null ? f.cue : f.label;
        // "China's Wuhan": a known place, a possessive, a capitalised name
        for (int t = f.from + 1; t < f.to - 1; t++) {
            if (type == EntityType.LOCATION && Names.isPossessive(toks.get(t).word())
                    && Gazetteer.kind(text(part, toks, f.from, t)) != null
                    && Names.isCapitalized(toks.get(t + 1).word())
                    && !endsWithHead(toks, f.to)) {
                return List.of(make(part, toks, f.from, t, EntityType.LOCATION),
                        make(part, toks, t + 1, f.to, EntityType.LOCATION));
            }
        }
        // "Mayor of Daming County Li Shuang": a place's name with its head noun, then a person's two or three names
        if (type == EntityType.LOCATION || type == EntityType.PERSON) {
            for (int t = f.from + 1; t <= f.to - 3 && t <= f.from + 3; t++) {
                if (DIVISION_HEADS.contains(toks.get(t).word().toLowerCase(Locale.ROOT)) && personNames(toks, t + 1, f.to)) {
                    return List.of(make(part, toks, f.from, t + 1, EntityType.LOCATION),
                            make(part, toks, t + 1, f.to, EntityType.PERSON));
                }
            }
        }
        // "Andhra Pradesh N. Chandrababu Naidu", "US Federal Reserve Board": a country or region first
        if (type == EntityType.PERSON || type == EntityType.ORGANIZATION) {
            for (int t = f.from + 1; t <= Math.min(f.from + 3, f.to - 2); t++) {
                String head = text(part, toks, f.from, t);
                Gazetteer.Kind kind = Gazetteer.kind(head);
                String key = Gazetteer.key(head).replace(".", "");
                // an organisation keeps a country's full name ("Kenya Airways", "UK Independence Party" aside): only
                // the short forms the model sweeps in ("US", "UK") come off
                // a state's own bodies keep it: "U.S. Forest Service", "U.S. Congress", "UK Border Force"
                boolean shortCountry = key.length() <= 3 && Lexicon.COUNTRY_SYNONYMS.containsKey(key)
                        && !STATE_BODIES.contains(toks.get(f.to - 1).word().toLowerCase(Locale.ROOT));
                boolean country = kind == Gazetteer.Kind.COUNTRY || Lexicon.COUNTRY_SYNONYMS.containsKey(key);
                if (type == EntityType.ORGANIZATION ? shortCountry
                        : country || kind == Gazetteer.Kind.REGION) {
                    if (type == EntityType.PERSON && !Identities.isInitial(toks.get(t).word())
                            && f.to - t < 3) {
                        continue; // "Georgia Smith", "Jordan Henderson": a given name that is also a place
                    }
                    if (type == EntityType.PERSON && !country && t - f.from == 1 && !Lexicon.isTitle(toks.get(t).word())
                            && part.text().indexOf(head) == part.text().lastIndexOf(head)) {
                        continue; // "Michael Tien Pak-sun": a region's one-word name the story names nowhere else
                    }
                    int p = t;
                    while (type == EntityType.PERSON && p < f.to - 1 && Lexicon.isTitle(toks.get(p).word())) {
                        p++; // "Selangor Menteri Besar Mohamed Azmin Ali": the person's name after the title
                    }
                    Found rest = make(part, toks, p, f.to, type);
                    if (p > t) {
                        rest.titled = text(part, toks, t, f.to);
                    }
                    return List.of(make(part, toks, f.from, t, EntityType.LOCATION), rest);
                }
            }
        }
        // "Hoover Institution at Stanford University": a complete organisation's name, "at" or "in", a name
        if (type == EntityType.ORGANIZATION || type == EntityType.LOCATION) {
            for (int t = f.from + 2; t < f.to - 1; t++) {
                String w = toks.get(t).word();
                if ((w.equals("at") || w.equals("in")) && endsWithHead(toks, t)
                        && Names.isCapitalized(toks.get(t + 1).word())) {
                    String tail = text(part, toks, t + 1, f.to);
                    EntityType tailType = Gazetteer.kind(tail) != null ? EntityType.LOCATION
                            : endsWithHead(toks, f.to) ? EntityType.ORGANIZATION : null;
                    if (tailType != null) {
                        return List.of(make(part, toks, f.from, t, EntityType.ORGANIZATION),
                                make(part, toks, t + 1, f.to, tailType));
                    }
                }
            }
        }
        return null;
    }

    /** Head nouns of an administrative division's name. */
    private static final java.util.Set<String> DIVISION_HEADS = java.util.Set.of("county", "district", "province",
            "prefecture", "municipality", "township", "region");

    /** Whether tokens [from, to) are two or three capitalised words that are no title and no head noun. */
    private static boolean personNames(List<Tok> toks, int from, int to) {
        if (to - from < 2 || to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String w = toks.get(k).word();
            String lw = w.toLowerCase(Locale.ROOT);
            if (!Names.isCapitalized(w) || !Character.isLetter(w.charAt(0)) || Lexicon.isTitle(w)
                    || Lexicon.ORG_HEADS.contains(lw) || Lexicon.PLACE_HEADS.contains(lw)) {
                return false;
            }
        }
        return true;
    }

    /** Head nouns of a state's own bodies, whose names include the country's short form. */
    private static final java.util.Set<String> STATE_BODIES = java.util.Set.of("service", "department", "congress",
            "senate", "army", "navy", "agency", "administration", "bureau", "court", "guard", "embassy", "commission",
            "mint", "marshals", "military", "government", "parliament", "treasury", "force", "forces", "customs");

    /** Whether the name ending before token {@code to} ends with an organisation's or a venue's head noun. */
    private static boolean endsWithHead(List<Tok> toks, int to) {
        String last = toks.get(to - 1).word().toLowerCase(Locale.ROOT);
        return Lexicon.ORG_HEADS.contains(last) || last.equals("church") || last.equals("cathedral")
                || last.equals("mosque") || last.equals("temple") || last.equals("hospital")
                || last.equals("institution") || last.equals("museum");
    }

    private static String text(Entities.Part part, List<Tok> toks, int from, int to) {
        return part.text().substring(toks.get(from).begin(), toks.get(to - 1).end());
    }

    private static Found make(Entities.Part part, List<Tok> toks, int from, int to, EntityType type) {
        Found f = new Found(part.section(), from, to, toks.get(from).begin(), toks.get(to - 1).end(),
                text(part, toks, from, to), type);
        f.cue = type;
        return f;
    }
}
