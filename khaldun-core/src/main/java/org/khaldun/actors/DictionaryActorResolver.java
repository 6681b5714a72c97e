package org.khaldun.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.khaldun.actors.ActorDictionary.Hit;
import org.khaldun.actors.Lexeme.Agent;
import org.khaldun.actors.Lexeme.AgentKind;
import org.khaldun.actors.Lexeme.Country;
import org.khaldun.actors.Lexeme.Form;
import org.khaldun.actors.Lexeme.Organisation;
import org.khaldun.model.ActorCode;
import org.khaldun.model.ActorMention;
import org.khaldun.model.AnnotatedArticle;
import org.khaldun.model.Sentence;
import org.khaldun.model.Token;
import org.khaldun.text.Dateline;

/**
 * Resolves actors with Khaldun's dictionaries over noun phrases of the dependency tree: countries
 * (names, adjectives, seats of power, places), organisations and armed groups, known people by the
 * office they held on the publication date, titles and agent nouns for sectors, and names learned
 * from the text ("Iranian President Ebrahim Raisi" teaches that "Raisi" is IRNGOV for the rest of
 * the article). Pronouns and phrases such as "the two leaders" go to {@link Coreference}.
 * Thread-safe: all per-article state lives in the call.
 */
public final class DictionaryActorResolver implements ActorResolver {
  private static final Set<String> INTERNAL =
      Set.of(
          "compound", "amod", "flat", "det", "nummod", "case", "punct", "cc", "mark", "aux", "cop");

  private final ActorDictionary dictionary;

  public DictionaryActorResolver(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  @Override
  public List<ActorMention> resolve(AnnotatedArticle article) {
    Coreference coreference = new Coreference(article);
    LearnedNames learned = new LearnedNames();
    List<ActorMention> all = new ArrayList<>();
    ActorMention filed = datelinePlace(article.text());
    String filedFrom = filed == null ? null : filed.code().country();
    for (Sentence sentence : article.sentences()) {
      List<ActorMention> mentions = resolveSentence(article, sentence, learned, filedFrom);
      mentions.addAll(coreference.resolve(sentence, mentions));
      all.addAll(mentions);
    }
    if (filed != null) {
      all.add(filed);
    }
    return all;
  }

  /** The country of the first place a wire dateline names, as a dateline mention, or null. */
  private ActorMention datelinePlace(String text) {
    Dateline dateline = Dateline.find(text);
    if (dateline == null) {
      return null;
    }
    for (String place : dateline.places()) {
      String country = dictionary.placeCountry(place);
      if (country != null) {
        int begin = text.indexOf(place.toUpperCase(java.util.Locale.ROOT));
        return new ActorMention(
            ActorMention.DATELINE,
            0,
            1,
            0,
            Math.max(begin, 0),
            begin < 0 ? dateline.end() : begin + place.length(),
            ActorCode.country(country),
            place,
            "dateline");
      }
    }
    return null;
  }

  private List<ActorMention> resolveSentence(
      AnnotatedArticle article, Sentence sentence, LearnedNames learned, String filedFrom) {
    List<Hit> hits = dictionary.find(sentence);
    Hit[] hitAt = new Hit[sentence.size()];
    for (Hit hit : hits) {
      for (int t = hit.start(); t < hit.end(); t++) {
        hitAt[t] = hit;
      }
    }
    LocalDate date = article.article().published();
    List<ActorMention> mentions = new ArrayList<>();
    ActorMention[] byHead = new ActorMention[sentence.size()];
    List<NounPhrase> phrases = new ArrayList<>();
    for (Token token : sentence.tokens()) {
      if (!isPhraseHead(token, hitAt[token.index()] != null)) {
        continue;
      }
      NounPhrase phrase = NounPhrase.of(sentence, token.index());
      phrases.add(phrase);
      ActorMention mention =
          new PhraseReader(dictionary, article, sentence, phrase, hitAt, date, learned).read();
      if (mention != null) {
        byHead[token.index()] = mention;
      }
    }
    List<ActorMention> shared = new ArrayList<>();
    // Countries and organisations that modify a non-actor noun still act: "Israeli airstrikes".
    List<ActorMention> modifiers = new ArrayList<>();
    for (Hit hit : hits) {
      if (covered(byHead, hit) || !isCountryOrOrganisation(hit)) {
        continue;
      }
      ActorCode code = hitCode(hit);
      int head = hit.end() - 1;
      modifiers.add(
          new ActorMention(
              sentence.index(),
              hit.start(),
              hit.end(),
              head,
              sentence.token(hit.start()).begin(),
              sentence.token(head).end(),
              code,
              sentence.text(article.text(), hit.start(), hit.end()),
              "dictionary"));
    }
    // Appositions fill in phrases that name someone without saying who they are:
    // "Mohammad Jamshidi, Raisi's deputy chief of staff", "Kenzo Oshima, the UN relief
    // coordinator".
    for (NounPhrase phrase : phrases) {
      if (byHead[phrase.head] != null || !isName(sentence, phrase)) {
        continue;
      }
      ActorCode apposed = apposition(sentence, phrase.head, byHead, modifiers);
      if (apposed != null) {
        String name = sentence.text(article.text(), phrase.start, phrase.end);
        byHead[phrase.head] = mention(article, sentence, phrase, apposed, name, "apposition");
        learned.learn(sentence, phrase, apposed);
      }
    }
    // "President Dos Santos conceded to demands from UNITA": a titled name the dictionaries do
    // not know belongs to the one country the sentence speaks of, if there is just one.
    String context = soleCountry(byHead, modifiers);
    for (NounPhrase phrase : phrases) {
      if (byHead[phrase.head] != null || context == null && filedFrom == null) {
        continue;
      }
      NameSpan name = NameSpan.find(sentence, phrase, hitAt);
      List<String> sectors = titleSectors(phrase, hitAt);
      if (name != null && name.contains(phrase.head) && sectors != null && context != null) {
        ActorCode code = ActorCode.country(context).withSectors(sectors);
        byHead[phrase.head] =
            mention(
                article, sentence, phrase, code, name.text(article.text(), sentence), "context");
      } else if (name == null
          && hitAt[phrase.head] != null
          && hitAt[phrase.head].lexeme() instanceof Agent agent
          && !agent.sectors().isEmpty()
          && LOCAL_SECTORS.containsAll(agent.sectors())) {
        // "Police arrested 43 protesters near the Kenyan parliament": police and crowds are local,
        // to where the story was filed if its dateline says, else to the sentence's one country.
        ActorCode code =
            ActorCode.country(filedFrom != null ? filedFrom : context).withSectors(agent.sectors());
        byHead[phrase.head] =
            mention(
                article, sentence, phrase, code, phraseText(sentence, article, phrase), "context");
      }
    }
    // "the foreign ministers of Armenia and Azerbaijan": one phrase, several actors.
    for (NounPhrase phrase : phrases) {
      ActorMention first = byHead[phrase.head];
      if (first == null
          || phrase.ofPhrase < 0
          || hitAt[phrase.head] == null
          || !(hitAt[phrase.head].lexeme() instanceof Agent agent)) {
        continue;
      }
      for (int conjunct : conjuncts(sentence, phrase.ofPhrase)) {
        ActorMention other = byHead[conjunct];
        if (other != null && other.code().country() != null && !other.sameActor(first)) {
          shared.add(
              first.withCode(
                  ActorCode.country(other.code().country()).withSectors(agent.sectors()),
                  other.name()));
        }
      }
    }
    // "the Indian and Chinese defence ministers", "the U.S. and Russian presidents": one head,
    // an actor for each of its conjoined nationality or organisation modifiers.
    for (NounPhrase phrase : phrases) {
      ActorMention first = byHead[phrase.head];
      if (first == null) {
        continue;
      }
      for (Token child : sentence.children(phrase.head)) {
        String rel = child.relation();
        if (!(rel.equals("amod") || rel.startsWith("compound") || rel.equals("nmod:poss"))
            || !isCountryOrOrganisation(hitAt[child.index()])) {
          continue;
        }
        for (int conjunct : conjuncts(sentence, child.index())) {
          Hit hit = hitAt[conjunct];
          if (!isCountryOrOrganisation(hit)) {
            continue;
          }
          ActorCode code = hitCode(hit);
          if (code.country() != null) {
            code = code.withSectors(first.code().sectors());
          }
          if (!code.prefix().equals(first.code().prefix())) {
            shared.add(first.withCode(code, sentence.text(article.text(), hit.start(), hit.end())));
          }
        }
      }
    }
    mergeAppositions(sentence, byHead);
    EthnicGroups.settle(sentence, byHead);
    for (ActorMention mention : byHead) {
      if (mention != null) {
        mentions.add(mention);
      }
    }
    mentions.addAll(shared);
    mentions.addAll(modifiers);
    return mentions;
  }

  private static boolean isCountryOrOrganisation(Hit hit) {
    return hit != null && (hit.lexeme() instanceof Country || hit.lexeme() instanceof Organisation);
  }

  /** The code a country or organisation hit stands for; a seat of power is the government. */
  private static ActorCode hitCode(Hit hit) {
    if (hit.lexeme() instanceof Organisation org) {
      return org.code();
    }
    Country country = (Country) hit.lexeme();
    ActorCode code = ActorCode.country(country.iso3());
    return country.form() == Form.SEAT ? code.withSectors(List.of("GOV")) : code;
  }

  /** Sectors of actors presumed local to where the sentence is set. */
  private static final Set<String> LOCAL_SECTORS =
      Set.of(
          "COP", "OPP", "CVL", "LAB", "EDU", "JUD", "LEG", "HLH", "REF", "HRI", "BUS", "UAF",
          "CRM");

  private static List<Integer> conjuncts(Sentence sentence, int head) {
    List<Integer> result = new ArrayList<>();
    for (Token child : sentence.children(head)) {
      if (child.relation().equals("conj")) {
        result.add(child.index());
      }
    }
    return result;
  }

  /**
   * The phrase's words without a leading article: "Iranian officials", not "the Iranian officials".
   */
  static String phraseText(Sentence sentence, AnnotatedArticle article, NounPhrase phrase) {
    int start = phrase.start;
    while (start < phrase.end - 1 && sentence.token(start).relation().equals("det")) {
      start++;
    }
    return sentence.text(article.text(), start, phrase.end);
  }

  private static String soleCountry(ActorMention[] byHead, List<ActorMention> modifiers) {
    String country = null;
    List<ActorMention> all = new ArrayList<>(modifiers);
    for (ActorMention mention : byHead) {
      if (mention != null) {
        all.add(mention);
      }
    }
    for (ActorMention mention : all) {
      String c = mention.code().country();
      if (c == null) {
        continue;
      }
      if (country != null && !country.equals(c)) {
        return null;
      }
      country = c;
    }
    return country;
  }

  /** The sectors of a title in the phrase ("President", "Judge"), or null when it has none. */
  private static List<String> titleSectors(NounPhrase phrase, Hit[] hitAt) {
    for (int t : phrase.tokens()) {
      Hit hit = hitAt[t];
      if (hit != null
          && hit.lexeme() instanceof Agent agent
          && agent.kind() == AgentKind.TITLE
          && !agent.sectors().isEmpty()) {
        return agent.sectors();
      }
    }
    return null;
  }

  private static boolean covered(ActorMention[] byHead, Hit hit) {
    for (ActorMention mention : byHead) {
      if (mention != null && mention.start() <= hit.start() && mention.end() >= hit.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "his Iranian counterpart Hossein Amirabdollahian": a description whose apposition names a
   * person of the same country takes the person's name and, when it has none, their sector.
   */
  private static void mergeAppositions(Sentence sentence, ActorMention[] byHead) {
    for (int h = 0; h < byHead.length; h++) {
      ActorMention description = byHead[h];
      if (description == null || Coreference.PERSON_BASES.contains(description.basis())) {
        continue;
      }
      for (Token child : sentence.children(h)) {
        ActorMention person = byHead[child.index()];
        boolean apposed =
            child.relation().equals("appos")
                || child.relation().equals("dep") && child.isProperNoun();
        if (!apposed
            || person == null
            || !Coreference.PERSON_BASES.contains(person.basis())
            || !person.sameActor(description)) {
          continue;
        }
        ActorCode code = description.code().hasSector() ? description.code() : person.code();
        int start = Math.min(description.start(), person.start());
        int end = Math.max(description.end(), person.end());
        byHead[h] =
            new ActorMention(
                description.sentence(),
                start,
                end,
                h,
                sentence.token(start).begin(),
                sentence.token(end - 1).end(),
                code,
                person.name(),
                person.basis());
        break;
      }
    }
  }

  private static boolean isPhraseHead(Token token, boolean inDictionary) {
    String rel = token.relation();
    int colon = rel.indexOf(':');
    String base = colon > 0 && !rel.equals("nmod:poss") ? rel.substring(0, colon) : rel;
    if (INTERNAL.contains(base)) {
      return false;
    }
    return token.isNoun() || token.pos().equals("PRP") || inDictionary;
  }

  private static boolean isName(Sentence sentence, NounPhrase phrase) {
    return sentence.token(phrase.head).isProperNoun();
  }

  private static ActorCode apposition(
      Sentence sentence, int head, ActorMention[] byHead, List<ActorMention> modifiers) {
    for (Token child : sentence.children(head)) {
      if (!(child.relation().equals("appos") || child.relation().equals("dep"))) {
        continue;
      }
      if (byHead[child.index()] != null) {
        return byHead[child.index()].code();
      }
      NounPhrase apposed = NounPhrase.of(sentence, child.index());
      for (ActorMention modifier : modifiers) {
        if (apposed.contains(modifier.head())) {
          return modifier.code();
        }
      }
    }
    Token self = sentence.token(head);
    if (self.relation().equals("appos") && self.head() >= 0 && byHead[self.head()] != null) {
      return byHead[self.head()].code();
    }
    return null;
  }

  static ActorMention mention(
      AnnotatedArticle article,
      Sentence sentence,
      NounPhrase phrase,
      ActorCode code,
      String name,
      String basis) {
    int begin = sentence.token(phrase.start).begin();
    int end = sentence.token(phrase.end - 1).end();
    return new ActorMention(
        sentence.index(), phrase.start, phrase.end, phrase.head, begin, end, code, name, basis);
  }
}
