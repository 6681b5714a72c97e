package org.khaldun.coding;

/**
 * One trigger word of one pattern, as lexicon tools list them.
 *
 * @param code the CAMEO code the pattern assigns
 * @param noun whether the word is a nominal trigger
 * @param word the trigger: a lemma, {@code verb_particle} or {@code modifier-noun}
 * @param pattern the pattern's name
 * @param line where the pattern was defined ({@code file:line})
 * @param definition the pattern's line as written, without its comment
 */
public record TriggerEntry(
    String code, boolean noun, String word, String pattern, String line, String definition) {}
