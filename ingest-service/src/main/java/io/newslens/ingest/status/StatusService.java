package io.newslens.ingest.status;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Combines what this instance acknowledged with what the analysis database holds. */
@ApplicationScoped
public class StatusService {

    private final AnalysisDatabase database;
    private final RecentArticles recent;

    public StatusService(AnalysisDatabase database, RecentArticles recent) {
        this.database = database;
        this.recent = recent;
    }

    /**
     * The status of {@code revision} of an article, or of its latest known revision when {@code revision} is null.
     *
     * @throws DatabaseUnavailableException when the analysis database cannot be asked
     */
    public Optional<ArticleStatus> statusOf(String id, String revision) {
        Optional<RecentArticles.Entry> accepted = recent.get(id);
        Optional<AnalysisDatabase.Analysed> analysed = database.analysed(id);
        String wanted = revision != null ? revision
                : accepted.map(RecentArticles.Entry::revision).orElse(analysed.map(AnalysisDatabase.Analysed::revision).orElse(null));
        Optional<AnalysisDatabase.Failure> failure = database.failure(id, wanted);
        if (wanted == null && failure.isPresent()) {
            wanted = failure.get().revision();
        }
        if (wanted == null) {
            return Optional.empty();
        }
        java.time.Instant acceptedAt = accepted.filter(e -> e.revision().equals(revision == null ? e.revision() : revision))
                .map(RecentArticles.Entry::acceptedAt).orElse(null);
        if (analysed.isPresent() && analysed.get().revision().equals(wanted)) {
            AnalysisDatabase.Analysed a = analysed.get();
            return Optional.of(new ArticleStatus(id, wanted, ArticleStatus.ANALYSED, acceptedAt, a.analyzedAt(), a.analyzerVersion(),
                    null, null, null));
        }
        if (failure.isPresent() && failure.get().revision().equals(wanted)) {
            AnalysisDatabase.Failure f = failure.get();
            return Optional.of(new ArticleStatus(id, wanted, ArticleStatus.FAILED, acceptedAt, null, null, f.reason(), f.failedAt(),
                    analysed.map(AnalysisDatabase.Analysed::revision).orElse(null)));
        }
        if (acceptedAt != null) {
            return Optional.of(new ArticleStatus(id, wanted, ArticleStatus.QUEUED, acceptedAt, null, null, null, null,
                    analysed.map(AnalysisDatabase.Analysed::revision).orElse(null)));
        }
        return Optional.empty();
    }
}
