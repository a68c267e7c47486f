/**
 * The extraction engine: who is mentioned and who said what, in plain Java.
 *
 * <p>{@link io.newslens.extract.ExtractionEngine} runs, per article: tokenisation, sentence splitting (never across
 * paragraphs) and Stanford CoreNLP's 3-class CRF ({@code Tagger}); then general rules that turn tagged tokens into
 * one entity per referent ({@code Entities}: honorifics, organisation head nouns, a place list for names the model
 * predates, propagation of names found elsewhere in the article, surname/first-name and acronym merging, country
 * synonyms, type by vote, titles and possessives stripped); then quotations and their speakers ({@code Quotes}:
 * straight, curly and single marks, run-on and multi-paragraph quotes, block quotes after a lead-in, speakers
 * before, after or inside a quote, "according to", pronouns and role nouns resolved through sentence subjects,
 * spokespeople credited to their organisation). Word lists live in {@code Lexicon}; none of them names the
 * people, places or organisations of any particular article.
 */
package io.newslens.extract;
