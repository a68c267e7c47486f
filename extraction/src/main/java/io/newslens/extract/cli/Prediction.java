package io.newslens.extract.cli;

import io.newslens.extract.ArticleAnalysis;
import io.newslens.extract.EntityType;
import io.newslens.extract.ExtractedEntity;
import io.newslens.extract.ExtractedQuote;
import io.newslens.page.ParsedPage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One article in the prediction format of {@code ../shared/eval/score.py}: what the offline tool prints and what
 * the regression test scores.
 */
public record Prediction(String file, String title, String published, List<Entity> entities, List<Quote> quotes) {

    /** Quotes below this confidence are left out: unattributed scare quotes and the like. */
    public static final double MIN_CONFIDENCE = 0.5;

    public record Entity(String name, String type, List<String> aliases) {
    }

    public record Quote(String text, String speaker, boolean block, String cue, double confidence) {
    }

    public static Prediction of(String file, ParsedPage page, ArticleAnalysis a) {
        List<Entity> entities = new ArrayList<>();
        for (ExtractedEntity e : a.entities()) {
            if (e.type() != EntityType.MISC) {
                entities.add(new Entity(e.name(), e.type().name(), e.aliases()));
            }
        }
        List<Quote> quotes = new ArrayList<>();
        for (ExtractedQuote q : a.quotes()) {
            if (q.confidence() >= MIN_CONFIDENCE) {
                ExtractedEntity sp = a.speakerOf(q);
                quotes.add(new Quote(q.text(), sp == null ? null : sp.name(), q.block(), q.cue(), q.confidence()));
            }
        }
        return new Prediction(file, page.title(), page.published() == null ? null : page.published().toString(),
                List.copyOf(entities), List.copyOf(quotes));
    }

    /** One JSON object on one line. */
    public String toJson() {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("{\"file\":").append(Json.str(file));
        sb.append(",\"title\":").append(Json.str(title));
        sb.append(",\"published\":").append(Json.str(published));
        sb.append(",\"entities\":[");
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            sb.append(i > 0 ? "," : "").append("{\"name\":").append(Json.str(e.name()))
                    .append(",\"type\":").append(Json.str(e.type())).append(",\"aliases\":[");
            for (int k = 0; k < e.aliases().size(); k++) {
                sb.append(k > 0 ? "," : "").append(Json.str(e.aliases().get(k)));
            }
            sb.append("]}");
        }
        sb.append("],\"quotes\":[");
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            sb.append(i > 0 ? "," : "").append("{\"text\":").append(Json.str(q.text()))
                    .append(",\"speaker\":").append(Json.str(q.speaker()));
            if (q.block()) {
                sb.append(",\"block\":true");
            }
            sb.append(",\"cue\":").append(Json.str(q.cue()))
                    .append(",\"confidence\":").append(String.format(Locale.ROOT, "%.2f", q.confidence())).append('}');
        }
        return sb.append("]}").toString();
    }
}
