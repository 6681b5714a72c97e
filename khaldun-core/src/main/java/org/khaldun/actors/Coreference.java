package org.khaldun.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.khaldun.model.ActorMention;
import org.khaldun.model.AnnotatedArticle;
import org.khaldun.model.Sentence;
import org.khaldun.model.Token;

/**
 * Resolves pronouns and descriptions ("he", "they", "the two leaders", "the country") to actors of
 * earlier text, where the choice is clear: the most recent person for "he", the most recent pair
 * for "they" and "the two leaders", the most recent country or organisation for "it". One instance
 * per article, fed sentences in order; not thread-safe.
 */
final class Coreference {
  /** Mention bases that denote a person rather than a country or organisation. */
  static final Set<String> PERSON_BASES =
      Set.of("people", "title", "learned", "apposition", "context");

  private static final Set<String> PAIR_NOUNS =
      Set.of(
          "leader",
          "side",
          "country",
          "nation",
          "man",
          "minister",
          "president",
          "official",
          "government",
          "party",
          "counterpart",
          "diplomat",
          "state");
  private static final Set<String> PERSON_NOUNS =
      Set.of(
          "president", "minister", "leader", "premier", "king", "prince", "chancellor", "diplomat");
  private static final Set<String> ORGANISATION_NOUNS =
      Set.of("group", "movement", "organisation", "organization", "militia");
  private static final int PAIR_MEMORY = 4;
  private static final int SAME_HEAD_REACH = 6;
  private static final Set<String> REFERENCE_BASES = Set.of("pronoun", "phrase");

  private final AnnotatedArticle article;
  private final List<ActorMention> history = new ArrayList<>();
  private List<ActorMention> pair = List.of();
  private int pairSentence = -100;
  private List<ActorMention> group = List.of();
  private int groupSentence = -100;
  private ActorMention lastSubjectPerson;

  Coreference(AnnotatedArticle article) {
    this.article = article;
  }

  /** Mentions for the anaphora of {@code sentence}, given its directly resolved mentions. */
  List<ActorMention> resolve(Sentence sentence, List<ActorMention> direct) {
    List<ActorMention> added = new ArrayList<>();
    for (Token token : sentence.tokens()) {
      if (ReferenceSyntax.covered(direct, token.index())) {
        continue;
      }
      List<ActorMention> antecedents = antecedents(sentence, token, direct);
      for (ActorMention antecedent : antecedents) {
        int start = ReferenceSyntax.spanStart(sentence, token);
        added.add(
            new ActorMention(
                sentence.index(),
                start,
                token.index() + 1,
                token.index(),
                sentence.token(start).begin(),
                token.end(),
                antecedent.code(),
                antecedent.name(),
                token.isPronoun() ? "pronoun" : "phrase"));
      }
    }
    remember(sentence, direct, added);
    return added;
  }

  private List<ActorMention> antecedents(
      Sentence sentence, Token token, List<ActorMention> direct) {
    String lemma = token.lemma();
    if (token.pos().equals("PRP") || token.pos().equals("PRP$")) {
      switch (lemma) {
        case "he", "she", "him", "her", "his" -> {
          ActorMention person = recentPerson(sentence, token, direct);
          return person == null ? List.of() : List.of(person);
        }
        case "they", "them", "their" -> {
          List<ActorMention> conjoined = ReferenceSyntax.conjoinedBefore(sentence, token, direct);
          return conjoined.isEmpty() ? currentPair(sentence) : conjoined;
        }
        case "we", "us", "our" -> {
          // In a quote, the speaker: "'We will respond,' the ministry said."
          ActorMention speaker = ReferenceSyntax.speaker(sentence, direct);
          return speaker == null ? List.of() : List.of(speaker);
        }
        case "it", "its" -> {
          if (token.head() >= 0
              && Set.of("be", "seem", "appear").contains(sentence.token(token.head()).lemma())) {
            return List.of();
          }
          if (unknownReporter(sentence, token, direct)) {
            return List.of(); // "The military said it had ...": it is the military, unknown here
          }
          ActorMention thing = recentNonPerson(sentence, token, direct);
          return thing == null ? List.of() : List.of(thing);
        }
        default -> {
          return List.of();
        }
      }
    }
    if (!token.isNoun() && !token.pos().equals("CD") && !token.pos().equals("DT")) {
      return List.of();
    }
    boolean definite = ReferenceSyntax.hasChild(sentence, token.index(), "det", "the");
    int count = ReferenceSyntax.count(sentence, token.index());
    boolean two = count == 2 || token.lemma().equals("two") && definite;
    boolean both =
        ReferenceSyntax.hasChild(sentence, token.index(), "det", "both")
            || ReferenceSyntax.hasChild(sentence, token.index(), "cc:preconj", "both")
            || token.lemma().equals("both") && token.relation().startsWith("nsubj");
    if ((two && definite || both)
        && (PAIR_NOUNS.contains(lemma) || lemma.equals("two") || lemma.equals("both"))) {
      return currentPair(sentence);
    }
    // "Spain, Ireland and Norway recognised ... Israel recalled its ambassadors from the three
    // countries": the latest group of as many conjoined actors.
    if (definite
        && count >= 3
        && PAIR_NOUNS.contains(lemma)
        && group.size() == count
        && sentence.index() - groupSentence <= PAIR_MEMORY) {
      return group;
    }
    // "each side blamed the other", "the two sides", "each other"
    boolean each = ReferenceSyntax.hasChild(sentence, token.index(), "det", "each");
    if ((each || definite && lemma.equals("other"))
            && (lemma.equals("side") || lemma.equals("other"))
        || lemma.equals("side") && two) {
      return currentPair(sentence);
    }
    if (definite
        && !token.isProperNoun()
        && !ReferenceSyntax.hasModifier(sentence, token.index())
        && !lemma.equals("country")
        && !ORGANISATION_NOUNS.contains(lemma)
        && !PERSON_NOUNS.contains(lemma)) {
      ActorMention same = recentSameHead(sentence, token, direct);
      if (same != null) {
        return List.of(same);
      }
    }
    if (definite
        && token.pos().equals("NN")
        && !ReferenceSyntax.hasModifier(sentence, token.index())) {
      if (lemma.equals("country")) {
        ActorMention country = recentCountry(sentence, token, direct);
        return country == null ? List.of() : List.of(country);
      }
      if (ORGANISATION_NOUNS.contains(lemma)) {
        ActorMention organisation = recentOrganisation(sentence, token, direct);
        return organisation == null ? List.of() : List.of(organisation);
      }
      if (PERSON_NOUNS.contains(lemma)) {
        ActorMention person = recentPerson(sentence, token, direct);
        return person == null ? List.of() : List.of(person);
      }
    }
    return List.of();
  }

  /**
   * Whether {@code pronoun} is the subject of a clause reported by a noun phrase that is no known
   * actor: the pronoun is that phrase, not an earlier actor.
   */
  private static boolean unknownReporter(
      Sentence sentence, Token pronoun, List<ActorMention> direct) {
    if (!pronoun.relation().startsWith("nsubj") || pronoun.head() < 0) {
      return false;
    }
    Token clause = sentence.token(pronoun.head());
    if (!clause.relation().equals("ccomp") || clause.head() < 0) {
      return false;
    }
    for (Token child : sentence.children(clause.head())) {
      if (child.relation().equals("nsubj")
          && child.index() < pronoun.index()
          && child.isNoun()
          && !child.isProperNoun()
          && !ReferenceSyntax.covered(direct, child.index())
          && sentence.children(child.index()).stream()
              .noneMatch(m -> ReferenceSyntax.covered(direct, m.index()))) {
        return true; // no actor names the reporter, not even a modifier ("Sudan's council")
      }
    }
    return false;
  }

  private List<ActorMention> currentPair(Sentence sentence) {
    return sentence.index() - pairSentence <= PAIR_MEMORY ? pair : List.of();
  }

  /** Nouns that make a phrase a person whatever resolved it ("Egypt's foreign minister"). */
  private static final Set<String> PERSON_HEADS =
      Set.of(
          "president",
          "minister",
          "leader",
          "premier",
          "king",
          "prince",
          "chancellor",
          "diplomat",
          "official",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "envoy",
          "ambassador",
          "secretary",
          "chief",
          "commander",
          "general",
          "prosecutor",
          "judge",
          "governor",
          "mayor",
          "emir",
          "sultan",
          "queen",
          "monarch",
          "negotiator",
          "counterpart");

  private boolean isPerson(ActorMention mention) {
    if (PERSON_BASES.contains(mention.basis())) {
      return true;
    }
    Sentence sentence = article.sentences().get(mention.sentence());
    return mention.head() < sentence.size()
        && PERSON_HEADS.contains(sentence.token(mention.head()).lemma());
  }

  private ActorMention recentPerson(Sentence sentence, Token token, List<ActorMention> direct) {
    ActorMention inSentence = null;
    for (ActorMention mention : direct) {
      if (mention.head() < token.index() && isPerson(mention)) {
        inSentence = mention;
      }
    }
    if (inSentence != null) {
      return inSentence;
    }
    if (lastSubjectPerson != null && sentence.index() - lastSubjectPerson.sentence() <= 2) {
      return lastSubjectPerson;
    }
    for (int i = history.size() - 1; i >= 0; i--) {
      ActorMention mention = history.get(i);
      if (sentence.index() - mention.sentence() > 3) {
        break;
      }
      if (isPerson(mention)) {
        return mention;
      }
    }
    return null;
  }

  /**
   * "Niger's junta ordered ... The junta later accused France": the latest mention within reach
   * whose head is the same noun, named there, not itself a reference back.
   */
  private ActorMention recentSameHead(Sentence sentence, Token token, List<ActorMention> direct) {
    ActorMention found = null;
    for (ActorMention mention : direct) {
      if (mention.head() < token.index()
          && sentence.token(mention.head()).lemma().equals(token.lemma())) {
        found = mention;
      }
    }
    for (int i = history.size() - 1; i >= 0 && found == null; i--) {
      ActorMention mention = history.get(i);
      if (sentence.index() - mention.sentence() > SAME_HEAD_REACH) {
        break;
      }
      Sentence earlier = article.sentences().get(mention.sentence());
      if (!REFERENCE_BASES.contains(mention.basis())
          && earlier.token(mention.head()).lemma().equals(token.lemma())) {
        found = mention;
      }
    }
    return found;
  }

  private ActorMention recentNonPerson(Sentence sentence, Token token, List<ActorMention> direct) {
    ActorMention inSentence = null;
    ActorMention subject = null;
    for (ActorMention mention : direct) {
      if (mention.head() < token.index() && !isPerson(mention)) {
        inSentence = mention;
        if (sentence.token(mention.head()).relation().startsWith("nsubj")) {
          subject = mention;
        }
      }
    }
    // "Russia vetoed a resolution that condemned its annexation": the subject, not the object.
    if (subject != null) {
      return subject;
    }
    if (inSentence != null) {
      return inSentence;
    }
    for (int i = history.size() - 1; i >= 0; i--) {
      ActorMention mention = history.get(i);
      if (sentence.index() - mention.sentence() > 2) {
        break;
      }
      if (!isPerson(mention)) {
        return mention;
      }
    }
    return null;
  }

  /** The most recent group or organisation: an international or sectored non-person actor. */
  private ActorMention recentOrganisation(
      Sentence sentence, Token token, List<ActorMention> direct) {
    ActorMention found = null;
    for (ActorMention mention : direct) {
      if (mention.head() < token.index() && isOrganisation(mention)) {
        found = mention;
      }
    }
    for (int i = history.size() - 1; i >= 0 && found == null; i--) {
      ActorMention mention = history.get(i);
      if (sentence.index() - mention.sentence() > 3) {
        break;
      }
      if (isOrganisation(mention)) {
        found = mention;
      }
    }
    return found != null ? found : recentNonPerson(sentence, token, direct);
  }

  private boolean isOrganisation(ActorMention mention) {
    return !isPerson(mention)
        && (mention.code().isInternational()
            || mention.code().sectors().stream().anyMatch(ORGANISATION_SECTORS::contains));
  }

  private static final Set<String> ORGANISATION_SECTORS =
      Set.of("REB", "PTY", "OPP", "INS", "UAF", "SEP", "RAD", "NGO", "IGO", "CRM");

  private ActorMention recentCountry(Sentence sentence, Token token, List<ActorMention> direct) {
    ActorMention found = null;
    for (ActorMention mention : direct) {
      if (mention.head() < token.index() && mention.code().country() != null) {
        found = mention;
      }
    }
    for (int i = history.size() - 1; i >= 0 && found == null; i--) {
      ActorMention mention = history.get(i);
      if (sentence.index() - mention.sentence() > 3) {
        break;
      }
      if (mention.code().country() != null) {
        found = mention;
      }
    }
    return found == null
        ? null
        : found.withCode(
            found.code().withSectors(List.of()),
            article.text().substring(found.begin(), found.endChar()));
  }

  /** Updates the salience lists: subjects, pairs ("X and Y", "X ... with Y") and all mentions. */
  private void remember(Sentence sentence, List<ActorMention> direct, List<ActorMention> added) {
    List<ActorMention> all = new ArrayList<>(direct);
    all.addAll(added);
    all.sort((a, b) -> Integer.compare(a.head(), b.head()));
    List<ActorMention> newPair = findPair(sentence, all);
    if (newPair.size() == 2) {
      pair = newPair;
      pairSentence = sentence.index();
    }
    List<ActorMention> newGroup = ReferenceSyntax.conjoined(sentence, all, 3);
    if (newGroup.size() >= 3) {
      group = newGroup;
      groupSentence = sentence.index();
    }
    for (ActorMention mention : all) {
      Token head = sentence.token(mention.head());
      if (head.relation().startsWith("nsubj") && isPerson(mention)) {
        lastSubjectPerson = mention;
      }
    }
    history.addAll(all);
  }

  private List<ActorMention> findPair(Sentence sentence, List<ActorMention> mentions) {
    for (ActorMention subject : mentions) {
      Token head = sentence.token(subject.head());
      if (!head.relation().startsWith("nsubj")) {
        continue;
      }
      for (ActorMention other : mentions) {
        Token otherHead = sentence.token(other.head());
        if (other == subject || other.sameActor(subject)) {
          continue;
        }
        boolean conjoined =
            otherHead.relation().equals("conj") && otherHead.head() == subject.head()
                || other.head() == subject.head();
        boolean with =
            NounPhrase.hasCase(sentence, other.head(), "with")
                && ReferenceSyntax.governedBy(sentence, other.head(), head.head());
        // "Erdogan welcomed Ramaphosa": two people meeting are the pair "the two leaders" means.
        boolean metPerson =
            isPerson(subject)
                && isPerson(other)
                && otherHead.relation().equals("obj")
                && otherHead.head() == head.head();
        if (conjoined || with || metPerson) {
          return List.of(subject, other);
        }
      }
    }
    return List.of();
  }
}
