package io.newslens.analysis.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The dedupe log: one row per (article, revision, analyzer version) whose analysis is stored. It commits
 * in the same transaction as the analysis rows, so a message is either fully applied and logged, or neither.
 *
 * <p>Why an entity here when every other write is plain JDBC: this is the one row whose shape is the contract (the
 * composite key is exactly "this message was applied"), and Hibernate ORM with Panache, which the design names for
 * it, states that in a mapped class that the idempotency check and its record share. It costs nothing in
 * correctness: Quarkus enlists Hibernate's session and the JDBC connections the store takes from the same Agroal
 * data source in one JTA transaction, so the row and the analysis commit together. The analysis rows stay JDBC on
 * purpose: hundreds of rows an article, written in set-based statements the read model's statement triggers see
 * once, which an ORM's row-at-a-time flush would not give. If this row ever has to join a batched write, it moves to
 * JDBC too and the extension goes.
 */
@Entity
@Table(name = "processed_message")
public class ProcessedMessage extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "article_id")
        public String articleId;
        public String revision;
        @Column(name = "analyzer_version")
        public String analyzerVersion;

        public Key() {
        }

        public Key(String articleId, String revision, String analyzerVersion) {
            this.articleId = articleId;
            this.revision = revision;
            this.analyzerVersion = analyzerVersion;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && articleId.equals(k.articleId) && revision.equals(k.revision)
                    && analyzerVersion.equals(k.analyzerVersion);
        }

        @Override
        public int hashCode() {
            return Objects.hash(articleId, revision, analyzerVersion);
        }
    }

    public static boolean contains(String articleId, String revision, String analyzerVersion) {
        return findById(new Key(articleId, revision, analyzerVersion)) != null;
    }

    /** Records the message as processed; must run inside the transaction that stores its effects. */
    @Transactional(Transactional.TxType.MANDATORY)
    public static void record(String articleId, String revision, String analyzerVersion) {
        ProcessedMessage m = new ProcessedMessage();
        m.key = new Key(articleId, revision, analyzerVersion);
        m.processedAt = Instant.now();
        m.persist();
    }
}
