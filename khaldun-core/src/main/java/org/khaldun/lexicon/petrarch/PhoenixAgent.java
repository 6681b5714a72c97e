package org.khaldun.lexicon.petrarch;

import java.util.List;

/**
 * One phrase of a PETRARCH agent file ({@code MINISTER [~GOV]}, {@code HUMAN_RIGHTS_BODY [NGO~]}),
 * with any {@code !MARKER!} already replaced by one of its values.
 *
 * @param words the phrase's words, upper case
 * @param code the code as written, with its {@code ~}
 */
public record PhoenixAgent(List<String> words, String code, SourceLine at) {
  public PhoenixAgent {
    words = List.copyOf(words);
  }
}
