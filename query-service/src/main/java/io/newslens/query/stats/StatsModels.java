package io.newslens.query.stats;

import io.newslens.query.api.Named;

import java.time.LocalDate;
import java.util.List;

/** Response shapes of /stats: flat lists and parallel arrays that chart libraries take as they are. */
public final class StatsModels {

    private StatsModels() {
    }

    public record TopEntity(long id, String name, String type, long articles, long mentions) {
    }

    public record TopEntities(LocalDate from, LocalDate to, List<TopEntity> items) {
    }

    /** {@code buckets} are the first days of each interval, every one present (zero-filled). */
    public record Timeline(String interval, LocalDate from, LocalDate to, List<LocalDate> buckets, List<Series> series) {
    }

    /** Articles mentioning the entity and total mentions, one number per bucket. */
    public record Series(Named entity, List<Long> articles, List<Long> mentions) {
    }

    /** Articles dated in each bucket (first days of the intervals, every one present), of one source or all. */
    public record ArticleCounts(String interval, LocalDate from, LocalDate to, String source, List<LocalDate> buckets,
                                List<Long> articles) {
    }

    public record Node(long id, String name, String type, long articles) {
    }

    public record Edge(long source, long target, long weight) {
    }

    /** The center entity is the first node; edge weight = articles mentioning both. */
    public record Graph(long center, List<Node> nodes, List<Edge> edges) {
    }

    public record Speaker(long id, String name, long quotes, long articles, LocalDate lastQuoted) {
    }

    public record Speakers(LocalDate from, LocalDate to, List<Speaker> items) {
    }

    public record Source(String source, long articles, LocalDate firstDated, LocalDate lastDated) {
    }

    public record Sources(LocalDate from, LocalDate to, List<Source> items) {
    }
}
