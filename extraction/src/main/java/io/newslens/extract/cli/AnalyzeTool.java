package io.newslens.extract.cli;

import io.newslens.extract.ArticleAnalysis;
import io.newslens.extract.ExtractionEngine;
import io.newslens.page.ParsedPage;
import io.newslens.page.RawTextParser;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code deploy/tools/analyze DIR}: runs the page parser and the engine on every {@code .txt} in DIR and prints one
 * JSON line per article in the scorer's prediction format; throughput goes to stderr.
 */
public final class AnalyzeTool {

    private AnalyzeTool() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: analyze DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        long t0 = System.nanoTime();
        ExtractionEngine engine = ExtractionEngine.load();
        long t1 = System.nanoTime();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "analyze");
            t.setDaemon(true);
            return t;
        });
        List<Future<Result>> futures = new ArrayList<>();
        for (Path f : files) {
            futures.add(pool.submit(() -> analyze(engine, f)));
        }
        long tokens = 0;
        int failed = 0;
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (int i = 0; i < futures.size(); i++) {
            try {
                Result r = futures.get(i).get();
                out.println(r.json);
                tokens += r.tokens;
            } catch (ExecutionException e) {
                // one article the engine fails on is reported and the others still analysed (exit status 1)
                failed++;
                System.err.println("analyze: " + files.get(i).getFileName() + " failed: " + e.getCause());
            }
        }
        out.flush();
        pool.shutdown();
        long t2 = System.nanoTime();
        double secs = (t2 - t1) / 1e9;
        System.err.printf(Locale.ROOT, "analyze: %d articles, %d tokens, %.2f s, %.0f tokens/s (%d threads; model load %.1f s)%s%n",
                files.size() - failed, tokens, secs, tokens / Math.max(secs, 1e-9), threads, (t1 - t0) / 1e9,
                failed == 0 ? "" : "; " + failed + " failed");
        if (failed > 0) {
            System.exit(1);
        }
    }

    private record Result(String json, int tokens) {
    }

    private static Result analyze(ExtractionEngine engine, Path file) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        ParsedPage page = RawTextParser.parse(raw);
        ArticleAnalysis a = engine.analyze(page.title(), page.byline(), page.body());
        return new Result(Prediction.of(file.getFileName().toString(), page, a).toJson(), a.tokens());
    }

}
