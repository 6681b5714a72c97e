package org.khaldun.lexicon.petrarch;

import java.util.ArrayList;
import java.util.List;

/**
 * One phrase of a PETRARCH discard file: a sentence containing it is not coded, or with a leading
 * {@code +} the whole story is not ({@code +ACADEMY AWARD}).
 *
 * @param phrase the phrase as written, without its {@code +}
 * @param story true when the phrase discards the whole story
 */
public record PhoenixDiscard(String phrase, boolean story, SourceLine at) {

  /** The phrases of a discard file, each with its line. */
  static List<PhoenixDiscard> parse(String file, String text) {
    List<PhoenixDiscard> discards = new ArrayList<>();
    for (SourceText.Line line : SourceText.of(file, text).lines()) {
      String content = line.content().strip();
      boolean story = content.startsWith("+");
      discards.add(
          new PhoenixDiscard(story ? content.substring(1).strip() : content, story, line.at()));
    }
    return discards;
  }
}
