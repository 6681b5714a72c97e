package org.khaldun.actors;

import org.khaldun.model.ActorCode;
import org.khaldun.model.ActorMention;
import org.khaldun.model.Sentence;
import org.khaldun.model.Token;

/** Peoples named as ethnic groups, coded by where they live. Stateless. */
final class EthnicGroups {
  private EthnicGroups() {}

  /**
   * "Serb forces killed three ethnic Albanians in southeastern Serbia": a people named as an ethnic
   * group belongs, as CAMEO codes it, to the one country the sentence places events in.
   */
  static void settle(Sentence sentence, ActorMention[] byHead) {
    String placed = null;
    for (ActorMention mention : byHead) {
      if (mention == null || mention.code().country() == null) {
        continue;
      }
      Token head = sentence.token(mention.head());
      if (head.isProperNoun()
          && (NounPhrase.hasCase(sentence, head.index(), "in")
              || NounPhrase.hasCase(sentence, head.index(), "of"))) {
        if (placed != null && !placed.equals(mention.code().country())) {
          return;
        }
        placed = mention.code().country();
      }
    }
    if (placed == null) {
      return;
    }
    for (int i = 0; i < byHead.length; i++) {
      ActorMention mention = byHead[i];
      if (mention == null
          || mention.code().country() == null
          || mention.code().country().equals(placed)) {
        continue;
      }
      boolean ethnic = false;
      for (Token child : sentence.children(mention.head())) {
        ethnic |= child.relation().equals("amod") && child.lemma().equals("ethnic");
      }
      if (ethnic) {
        byHead[i] =
            mention.withCode(
                ActorCode.country(placed).withSectors(mention.code().sectors()), mention.name());
      }
    }
  }
}
