package io.newslens.extract;

import java.util.List;

/**
 * One real-world referent within an article.
 *
 * @param index    position in {@link ArticleAnalysis#entities()}, used by quotes to name their speaker
 * @param name     the fullest proper name the article uses, titles stripped
 * @param type     decided once per entity from all its mentions
 * @param aliases  every surface form in the article that refers to it (name included), each once
 * @param mentions every occurrence, in text order
 */
public record ExtractedEntity(int index, String name, EntityType type, List<String> aliases, List<Mention> mentions) {
}
