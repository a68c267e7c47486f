package io.newslens.extract;

import io.newslens.extract.cli.Prediction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A faithful port of {@code ../shared/eval/score.py}'s matching (entities, quotes, end-to-end, title, published),
 * so that the build scores the engine exactly as the scorer does.
 */
final class GoldScorer {

    static final List<String> TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION");

    /** A gold article: its entities (name, type, aliases) and quotes (text, speaker, optional, block). */
    record Gold(String file, String title, String published, List<GoldEntity> entities, List<GoldQuote> quotes) {
    }

    record GoldEntity(String name, String type, List<String> aliases) {
    }

    record GoldQuote(String text, String speaker, boolean optional, boolean block) {
    }

    /** Running totals over articles; {@link #result()} gives the scorer's overall figures. */
    static final class Totals {
        int articles;
        int typedTp;
        int typedFp;
        int typedFn;
        int untypedTp;
        int untypedFp;
        int untypedFn;
        int qTp;
        int qFp;
        int qFn;
        int qOk;
        int titleN;
        int titleOk;
        int publishedN;
        int publishedOk;

        void add(Gold g, Prediction p, String articleText) {
            articles++;
            String text = articleText == null ? null : surface(articleText);
            int[] t = matchEntities(g.entities(), p.entities(), true, text);
            typedTp += t[0];
            typedFp += t[1];
            typedFn += t[2];
            int[] u = matchEntities(g.entities(), p.entities(), false, text);
            untypedTp += u[0];
            untypedFp += u[1];
            untypedFn += u[2];
            int[] q = matchQuotes(g, p.quotes());
            qTp += q[0];
            qFp += q[1];
            qFn += q[2];
            qOk += q[3];
            if (g.title() != null || p.title() != null) {
                titleN++;
                titleOk += norm(g.title()).equals(norm(p.title())) ? 1 : 0;
            }
            if (g.published() != null || p.published() != null) {
                publishedN++;
                publishedOk += norm(g.published()).equals(norm(p.published())) ? 1 : 0;
            }
        }

        Map<String, Double> result() {
            Map<String, Double> r = new HashMap<>();
            double[] e = prf(typedTp, typedFp, typedFn);
            double[] q = prf(qTp, qFp, qFn);
            int wrong = qTp - qOk;
            double[] x = prf(qOk, qFp + wrong, qFn + wrong);
            r.put("entity_p", e[0]);
            r.put("entity_r", e[1]);
            r.put("entity_f1", e[2]);
            r.put("entity_untyped_f1", prf(untypedTp, untypedFp, untypedFn)[2]);
            r.put("quote_p", q[0]);
            r.put("quote_r", q[1]);
            r.put("quote_f1", q[2]);
            r.put("attribution_acc", qTp == 0 ? 0.0 : (double) qOk / qTp);
            r.put("quote_e2e_p", x[0]);
            r.put("quote_e2e_r", x[1]);
            r.put("quote_e2e_f1", x[2]);
            r.put("title_acc", titleN == 0 ? 1.0 : (double) titleOk / titleN);
            r.put("published_acc", publishedN == 0 ? 1.0 : (double) publishedOk / publishedN);
            return r;
        }
    }

    private GoldScorer() {
    }

    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NON_WORD = Pattern.compile("[^\\w\\s-]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    static String quoteChars(String s) {
        return s.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-');
    }

    /** score.py's norm(). */
    static String norm(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(quoteChars(name), Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int t = Character.getType(cp);
            if (t != Character.NON_SPACING_MARK && t != Character.ENCLOSING_MARK && t != Character.COMBINING_SPACING_MARK) {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        s = casefold(sb.toString());
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = s.replace(".", "");
        s = NON_WORD.matcher(s).replaceAll(" ");
        s = LEADING_THE.matcher(s.strip()).replaceFirst("");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Python's str.casefold(), close enough for news text. */
    private static String casefold(String s) {
        return s.toLowerCase(Locale.ROOT).replace("ß", "ss");
    }

    /** score.py's words(). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(casefold(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** score.py's surface(). */
    static String surface(String text) {
        return SPACES.matcher(quoteChars(text == null ? "" : text)).replaceAll(" ");
    }

    static double[] prf(int tp, int fp, int fn) {
        double p = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
        double r = tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new double[]{p, r, f};
    }

    /** {tp, fp, fn}; {@code text} (already {@link #surface}d) lets predicted aliases that occur in it count. */
    static int[] matchEntities(List<GoldEntity> gold, List<Prediction.Entity> pred, boolean typed, String text) {
        List<Set<String>> golds = new ArrayList<>();
        for (GoldEntity g : gold) {
            Set<String> a = new HashSet<>();
            for (String s : g.aliases()) {
                a.add(norm(s));
            }
            a.add(norm(g.name()));
            golds.add(a);
        }
        boolean[] used = new boolean[gold.size()];
        int tp = 0;
        int fp = 0;
        for (Prediction.Entity p : pred) {
            if (!TYPES.contains(p.type())) {
                continue;
            }
            Set<String> names = new HashSet<>();
            names.add(norm(p.name()));
            if (text != null && p.aliases() != null) {
                for (String a : p.aliases()) {
                    if (a != null && !a.isEmpty() && text.contains(surface(a))) {
                        names.add(norm(a));
                    }
                }
            }
            int hit = -1;
            for (int i = 0; i < golds.size(); i++) {
                boolean overlap = false;
                for (String n : names) {
                    if (golds.get(i).contains(n)) {
                        overlap = true;
                        break;
                    }
                }
                if (overlap && (!typed || gold.get(i).type().equals(p.type())) && !used[i]) {
                    hit = i;
                    break;
                }
            }
            if (hit < 0) {
                fp++;
            } else {
                used[hit] = true;
                tp++;
            }
        }
        int fn = 0;
        for (boolean u : used) {
            fn += u ? 0 : 1;
        }
        return new int[]{tp, fp, fn};
    }

    /** {cover, purity}: score.py's overlap() with multiset (Counter) intersection. */
    static double[] overlap(List<String> predWords, List<String> goldWords) {
        Map<String, Integer> pc = new HashMap<>();
        for (String w : predWords) {
            pc.merge(w, 1, Integer::sum);
        }
        Map<String, Integer> gc = new HashMap<>();
        for (String w : goldWords) {
            gc.merge(w, 1, Integer::sum);
        }
        int common = 0;
        for (Map.Entry<String, Integer> e : pc.entrySet()) {
            common += Math.min(e.getValue(), gc.getOrDefault(e.getKey(), 0));
        }
        return new double[]{goldWords.isEmpty() ? 0.0 : (double) common / goldWords.size(),
                predWords.isEmpty() ? 0.0 : (double) common / predWords.size()};
    }

    /** {tp, fp, fn, speaker-correct}. */
    static int[] matchQuotes(Gold gold, List<Prediction.Quote> pred) {
        Map<String, Set<String>> aliasesOf = new HashMap<>();
        for (GoldEntity g : gold.entities()) {
            Set<String> a = new HashSet<>();
            for (String s : g.aliases()) {
                a.add(norm(s));
            }
            a.add(norm(g.name()));
            aliasesOf.put(g.name(), a);
        }
        List<GoldQuote> golds = gold.quotes();
        List<List<String>> gw = new ArrayList<>();
        for (GoldQuote q : golds) {
            gw.add(words(q.text()));
        }
        record Cand(double score, int pi, int gi) {
        }
        List<Cand> cands = new ArrayList<>();
        for (int pi = 0; pi < pred.size(); pi++) {
            List<String> pw = words(pred.get(pi).text());
            for (int gi = 0; gi < golds.size(); gi++) {
                double[] o = overlap(pw, gw.get(gi));
                if (o[0] >= 0.5 && (golds.get(gi).block() || o[1] >= 0.5)) {
                    cands.add(new Cand(o[0] + o[1], pi, gi));
                }
            }
        }
        // Python sorts the (score, pi, gi) tuples in reverse: by score, then pi, then gi, all descending
        cands.sort(Comparator.comparingDouble(Cand::score).thenComparingInt(Cand::pi).thenComparingInt(Cand::gi)
                .reversed());
        Map<Integer, Integer> predToGold = new HashMap<>();
        Set<Integer> goldUsed = new HashSet<>();
        for (Cand c : cands) {
            if (!predToGold.containsKey(c.pi()) && !goldUsed.contains(c.gi())) {
                predToGold.put(c.pi(), c.gi());
                goldUsed.add(c.gi());
            }
        }
        int tp = 0;
        int fp = 0;
        int correct = 0;
        for (int pi = 0; pi < pred.size(); pi++) {
            Integer gi = predToGold.get(pi);
            if (gi == null) {
                fp++;
                continue;
            }
            GoldQuote g = golds.get(gi);
            if (g.optional()) {
                continue;
            }
            tp++;
            Set<String> ok = aliasesOf.getOrDefault(g.speaker(), Set.of(norm(g.speaker())));
            if (ok.contains(norm(pred.get(pi).speaker()))) {
                correct++;
            }
        }
        int fn = 0;
        for (int gi = 0; gi < golds.size(); gi++) {
            if (!golds.get(gi).optional() && !goldUsed.contains(gi)) {
                fn++;
            }
        }
        return new int[]{tp, fp, fn, correct};
    }
}
