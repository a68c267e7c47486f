package io.newslens.extract.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.newslens.extract.ArticleAnalysis;
import io.newslens.extract.ExtractionEngine;
import io.newslens.page.ParsedPage;
import io.newslens.page.RawTextParser;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * {@code deploy/bench/analysis}: throughput of the extraction engine next to Stanford CoreNLP's 3-class CRF NER
 * alone (tokenize, ssplit, ner; SUTime, fine-grained and numeric classifiers off) on the same corpus, in the same
 * JVM, each warmed up first, each run with the same harness: a fixed pool of T threads, one article per task.
 * Reports 1 thread and all cores: per-round wall times, the median of per-round ratios (rounds run the two back to
 * back, in alternating order), and throughput per CPU-second of the worker threads. Usage: {@code AnalysisBench [--min-articles N] [--rounds R] DIR...}
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
        int rounds = 3;
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

        double single = 0;
        for (int threads : cores > 1 ? new int[]{1, cores} : new int[]{1}) {
            List<Double> ratios = new ArrayList<>();
            List<Double> engineTps = new ArrayList<>();
            List<Double> refTps = new ArrayList<>();
            long engineCpu = 0;
            long refCpu = 0;
            long engineTokens = 0;
            long refTokens = 0;
            for (int r = 0; r < rounds; r++) {
                // pairs run back to back, in alternating order, so that both see the same machine load
                Result e;
                Result f;
                if (r % 2 == 0) {
                    e = run(engineTask, corpus, threads);
                    f = run(referenceTask, corpus, threads);
                } else {
                    f = run(referenceTask, corpus, threads);
                    e = run(engineTask, corpus, threads);
                }
                ratios.add(f.seconds / e.seconds);
                engineTps.add(e.tokens / e.seconds);
                refTps.add(f.tokens / f.seconds);
                engineCpu += e.cpuNanos;
                refCpu += f.cpuNanos;
                engineTokens += e.tokens;
                refTokens += f.tokens;
                System.out.printf(Locale.ROOT, "  round %d, %d thread(s): engine %.2f s (%.0f tokens/s), reference %.2f s "
                        + "(%.0f tokens/s), ratio %.2fx%n", r + 1, threads, e.seconds, e.tokens / e.seconds, f.seconds,
                        f.tokens / f.seconds, f.seconds / e.seconds);
            }
            double ratio = median(ratios);
            System.out.printf(Locale.ROOT, "%d thread(s): engine %.0f tokens/s, CRF-alone reference %.0f tokens/s (medians "
                            + "of %d rounds), ratio %.2fx (median of per-round ratios of wall time on the same corpus)%n",
                    threads, median(engineTps), median(refTps), rounds, ratio);
            System.out.printf(Locale.ROOT, "%d thread(s), CPU time: engine %.0f tokens per CPU-second, reference %.0f, "
                            + "ratio %.2fx (less sensitive to other processes on the machine)%n", threads,
                    engineTokens / (engineCpu / 1e9), refTokens / (refCpu / 1e9),
                    (engineTokens / (engineCpu / 1e9)) / (refTokens / (refCpu / 1e9)));
            if (threads == 1) {
                single = median(refTps) / refTokens * engineTokens; // reference articles/s on 1 thread, in engine tokens
            } else {
                System.out.printf(Locale.ROOT, "engine on %d threads vs reference on 1 thread: %.2fx%n", threads,
                        median(engineTps) / single);
            }
        }
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private record Result(double seconds, long tokens, long cpuNanos) {
    }

    private static Result run(ToIntFunction<Doc> task, List<Doc> corpus, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench");
            t.setDaemon(true);
            return t;
        });
        try {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            AtomicLong cpu = new AtomicLong();
            long start = System.nanoTime();
            List<Future<Integer>> fs = new ArrayList<>(corpus.size());
            for (Doc d : corpus) {
                fs.add(pool.submit(() -> {
                    long c0 = mx.getCurrentThreadCpuTime();
                    int n = task.applyAsInt(d);
                    cpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
                    return n;
                }));
            }
            long tokens = 0;
            for (Future<Integer> f : fs) {
                tokens += f.get();
            }
            return new Result((System.nanoTime() - start) / 1e9, tokens, cpu.get());
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
