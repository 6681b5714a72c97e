package org.khaldun.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khaldun.model.ActorCode;
import org.khaldun.model.Sentence;

/**
 * Names the article itself has explained ("Iranian President Ebrahim Raisi"), remembered by full
 * name and by surname for the rest of the article. One instance per article; not thread-safe.
 */
final class LearnedNames {
  private final Map<List<String>, ActorCode> byName = new HashMap<>();
  private final Map<String, ActorCode> bySurname = new HashMap<>();

  void learn(Sentence sentence, NameSpan name, ActorCode code) {
    learn(name.tokens(sentence), code);
  }

  void learn(Sentence sentence, NounPhrase phrase, ActorCode code) {
    NameSpan name = NameSpan.find(sentence, phrase, new ActorDictionary.Hit[sentence.size()]);
    if (name != null) {
      learn(name.tokens(sentence), code);
    }
  }

  private void learn(List<String> tokens, ActorCode code) {
    if (tokens.isEmpty()) {
      return;
    }
    byName.put(List.copyOf(tokens), code);
    if (tokens.size() > 1) {
      bySurname.put(tokens.get(tokens.size() - 1), code);
    }
  }

  ActorCode lookup(List<String> tokens) {
    ActorCode code = byName.get(tokens);
    if (code == null && !tokens.isEmpty()) {
      code = bySurname.get(tokens.get(tokens.size() - 1));
    }
    return code;
  }
}
