package io.newslens.ingest.batch;

import java.util.List;

/** Counts by outcome, then one result per line or file, in input order. */
public record BatchResponse(int received, int queued, int duplicates, int rejected, int unavailable, List<ItemResult> results) {

    public static BatchResponse of(List<ItemResult> results) {
        int q = 0, d = 0, r = 0, u = 0;
        for (ItemResult i : results) {
            switch (i.status()) {
                case "queued" -> q++;
                case "duplicate" -> d++;
                case ItemResult.REJECTED -> r++;
                default -> u++;
            }
        }
        return new BatchResponse(results.size(), q, d, r, u, List.copyOf(results));
    }
}
