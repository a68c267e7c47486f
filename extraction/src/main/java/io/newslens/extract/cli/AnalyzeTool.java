package io.newslens.extract.cli;

import io.newslens.extract.ArticleAnalysis;
import io.newslens.extract.EntityType;
import io.newslens.extract.ExtractedEntity;
import io.newslens.extract.ExtractedQuote;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code deploy/tools/analyze DIR}: runs the page parser and the engine on every {@code .txt} in DIR and prints one
 * JSON line per article in the scorer's prediction format; throughput goes to stderr.
 */
public final class AnalyzeTool {

    /** Quotes below this confidence are not printed: unattributed scare quotes and the like. */
    static final double MIN_CONFIDENCE = 0.5;

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
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (Future<Result> fu : futures) {
            Result r = fu.get();
            out.println(r.json);
            tokens += r.tokens;
        }
        out.flush();
        pool.shutdown();
        long t2 = System.nanoTime();
        double secs = (t2 - t1) / 1e9;
        System.err.printf(Locale.ROOT, "analyze: %d articles, %d tokens, %.2f s, %.0f tokens/s (%d threads; model load %.1f s)%n",
                files.size(), tokens, secs, tokens / Math.max(secs, 1e-9), threads, (t1 - t0) / 1e9);
    }

    private record Result(String json, int tokens) {
    }

    private static Result analyze(ExtractionEngine engine, Path file) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        ParsedPage page = RawTextParser.parse(raw);
        ArticleAnalysis a = engine.analyze(page.title(), page.body());
        return new Result(toJson(file.getFileName().toString(), page, a), a.tokens());
    }

    /** The scorer's prediction format. */
    static String toJson(String file, ParsedPage page, ArticleAnalysis a) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("{\"file\":").append(Json.str(file));
        sb.append(",\"title\":").append(Json.str(page.title()));
        sb.append(",\"published\":").append(Json.str(page.published() == null ? null : page.published().toString()));
        sb.append(",\"entities\":[");
        boolean first = true;
        for (ExtractedEntity e : a.entities()) {
            if (e.type() == EntityType.MISC) {
                continue;
            }
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append("{\"name\":").append(Json.str(e.name())).append(",\"type\":").append(Json.str(e.type().name()))
                    .append(",\"aliases\":[");
            for (int i = 0; i < e.aliases().size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(Json.str(e.aliases().get(i)));
            }
            sb.append("]}");
        }
        sb.append("],\"quotes\":[");
        first = true;
        for (ExtractedQuote q : a.quotes()) {
            if (q.confidence() < MIN_CONFIDENCE) {
                continue;
            }
            if (!first) {
                sb.append(',');
            }
            first = false;
            ExtractedEntity sp = a.speakerOf(q);
            sb.append("{\"text\":").append(Json.str(q.text())).append(",\"speaker\":")
                    .append(Json.str(sp == null ? null : sp.name()));
            if (q.block()) {
                sb.append(",\"block\":true");
            }
            sb.append(",\"cue\":").append(Json.str(q.cue()))
                    .append(",\"confidence\":").append(String.format(Locale.ROOT, "%.2f", q.confidence()))
                    .append('}');
        }
        sb.append("]}");
        return sb.toString();
    }
}
