package io.newslens.extract.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.newslens.extract.ArticleAnalysis;
import io.newslens.extract.ExtractionEngine;
import io.newslens.page.ParsedPage;
import io.newslens.page.RawTextParser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * {@code deploy/bench/analysis}: throughput of the extraction engine next to Stanford CoreNLP's 3-class CRF NER
 * alone (tokenize, ssplit, ner; SUTime, fine-grained and numeric classifiers off) on the same corpus, in the same
 * JVM, each warmed up first, each run with the same harness: a fixed pool of T threads, one article per task.
 * Reports 1 thread and all cores. Usage: {@code AnalysisBench [--min-articles N] [--rounds R] DIR...}
 */
public final class AnalysisBench {

    private AnalysisBench() {
    }

    private record Doc(String name, String title, String body) {
        String joined() {
            return title == null ? body : title + "\n\n" + body;
        }
    }

    public static void main(String[] args) throws Exception {
        int minArticles = 100;
        int rounds = 2;
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--min-articles" -> minArticles = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> dirs.add(Path.of(args[i]));
            }
        }
        if (dirs.isEmpty()) {
            System.err.println("usage: AnalysisBench [--min-articles N] [--rounds R] DIR...");
            System.exit(2);
        }
        List<Doc> distinct = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    ParsedPage page = RawTextParser.parse(Files.readString(f, StandardCharsets.UTF_8));
                    distinct.add(new Doc(f.getFileName().toString(), page.title(), page.body()));
                }
            }
        }
        List<Doc> corpus = new ArrayList<>();
        while (corpus.size() < minArticles) {
            corpus.addAll(distinct);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "corpus: %d articles (%d distinct, repeated), %d cores%n",
                corpus.size(), distinct.size(), cores);

        long t0 = System.nanoTime();
        ExtractionEngine engine = ExtractionEngine.load();
        System.out.printf(Locale.ROOT, "engine: %s loaded in %.1f s%n", engine.version(), (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        StanfordCoreNLP crf = referencePipeline();
        System.out.printf(Locale.ROOT, "reference: CoreNLP tokenize,ssplit,ner (3-class CRF only) loaded in %.1f s%n",
                (System.nanoTime() - t0) / 1e9);

        ToIntFunction<Doc> engineTask = d -> {
            ArticleAnalysis a = engine.analyze(d.title(), d.body());
            return a.tokens();
        };
        ToIntFunction<Doc> referenceTask = d -> {
            Annotation ann = new Annotation(d.joined());
            crf.annotate(ann);
            return ann.get(CoreAnnotations.TokensAnnotation.class).size();
        };

        // warm-up: one pass of each on all cores
        run(engineTask, corpus, cores);
        run(referenceTask, corpus, cores);

        for (int threads : cores > 1 ? new int[]{1, cores} : new int[]{1}) {
            double bestEngine = 0;
            double bestRef = 0;
            long engineTokens = 0;
            long refTokens = 0;
            for (int r = 0; r < rounds; r++) {
                // alternate the order so that neither always runs on a hotter or busier machine
                Result e;
                Result f;
                if (r % 2 == 0) {
                    e = run(engineTask, corpus, threads);
                    f = run(referenceTask, corpus, threads);
                } else {
                    f = run(referenceTask, corpus, threads);
                    e = run(engineTask, corpus, threads);
                }
                bestEngine = Math.max(bestEngine, corpus.size() / e.seconds);
                bestRef = Math.max(bestRef, corpus.size() / f.seconds);
                engineTokens = e.tokens;
                refTokens = f.tokens;
                System.out.printf(Locale.ROOT, "  round %d, %d thread(s): engine %.2f s (%.0f tokens/s), reference %.2f s (%.0f tokens/s)%n",
                        r + 1, threads, e.seconds, e.tokens / e.seconds, f.seconds, f.tokens / f.seconds);
            }
            // articles/s of the best round, turned into tokens/s with each system's own token count
            double engineTps = bestEngine * engineTokens / corpus.size();
            double refTps = bestRef * refTokens / corpus.size();
            System.out.printf(Locale.ROOT, "%d thread(s): engine %.0f tokens/s, CRF-alone reference %.0f tokens/s, ratio %.2fx "
                            + "(same corpus, same thread count; ratio of articles/s)%n",
                    threads, engineTps, refTps, bestEngine / bestRef);
            if (threads == cores && cores > 1) {
                System.out.printf(Locale.ROOT, "engine on %d threads vs reference on 1 thread: %.2fx%n", cores,
                        bestEngine / lastSingleRef);
            }
            if (threads == 1) {
                lastSingleRef = bestRef;
            }
        }
    }

    private static double lastSingleRef;

    private record Result(double seconds, long tokens) {
    }

    private static Result run(ToIntFunction<Doc> task, List<Doc> corpus, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench");
            t.setDaemon(true);
            return t;
        });
        try {
            long start = System.nanoTime();
            List<Future<Integer>> fs = new ArrayList<>(corpus.size());
            for (Doc d : corpus) {
                fs.add(pool.submit(() -> task.applyAsInt(d)));
            }
            long tokens = 0;
            for (Future<Integer> f : fs) {
                tokens += f.get();
            }
            return new Result((System.nanoTime() - start) / 1e9, tokens);
        } finally {
            pool.shutdown();
        }
    }

    /** CoreNLP's 3-class CRF NER alone: no SUTime, no fine-grained or numeric classifiers, no entity mentions. */
    static StanfordCoreNLP referencePipeline() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,ner");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.combinationMode", "NORMAL");
        return new StanfordCoreNLP(p);
    }
}
