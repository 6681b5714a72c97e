package org.khaldun.actors;

import java.time.LocalDate;
import java.util.List;
import org.khaldun.actors.ActorDictionary.Hit;
import org.khaldun.actors.Lexeme.Agent;
import org.khaldun.actors.Lexeme.AgentKind;
import org.khaldun.actors.Lexeme.Country;
import org.khaldun.actors.Lexeme.Form;
import org.khaldun.actors.Lexeme.Organisation;
import org.khaldun.actors.Lexeme.Person;
import org.khaldun.model.ActorCode;
import org.khaldun.model.ActorMention;
import org.khaldun.model.AnnotatedArticle;
import org.khaldun.model.Sentence;
import org.khaldun.model.Token;

/**
 * Derives the actor of one noun phrase from the dictionary hits inside it: an organisation, a
 * country (by name, adjective, seat or place), a person by the office held on the date, a name
 * learned earlier in the article, with the sector its titles and agent nouns give. One per phrase.
 */
final class PhraseReader {

  private final ActorDictionary dictionary;
  private final AnnotatedArticle article;
  private final Sentence sentence;
  private final NounPhrase phrase;
  private final Hit[] hitAt;
  private final LocalDate date;
  private final LearnedNames learned;

  PhraseReader(
      ActorDictionary dictionary,
      AnnotatedArticle article,
      Sentence sentence,
      NounPhrase phrase,
      Hit[] hitAt,
      LocalDate date,
      LearnedNames learned) {
    this.dictionary = dictionary;
    this.article = article;
    this.sentence = sentence;
    this.phrase = phrase;
    this.hitAt = hitAt;
    this.date = date;
    this.learned = learned;
  }

  ActorMention read() {
    Organisation organisation = null;
    Country country = null;
    Person person = null;
    Agent headAgent = null;
    Agent firstTitle = null;
    Agent firstAgent = null;
    Hit last = null;
    for (int t : phrase.tokens()) {
      Hit hit = hitAt[t];
      if (hit == null || hit == last) {
        continue;
      }
      last = hit;
      Lexeme lexeme = hit.lexeme();
      if (lexeme instanceof Organisation org) {
        Organisation valid = validOrganisation(hit);
        if (valid != null && organisation == null) {
          organisation = valid;
        } else if (org != null && organisation == null) {
          organisation = org;
        }
      } else if (lexeme instanceof Country c) {
        if (country == null
            || c.form() != Form.ADJECTIVE
                && country.form() == Form.ADJECTIVE
                && hit.end() > phrase.head) {
          country = c;
        }
      } else if (lexeme instanceof Person p) {
        person = p;
      } else if (lexeme instanceof Agent agent) {
        if (hit.start() <= phrase.head && hit.end() > phrase.head) {
          headAgent = agent;
        }
        if (!agent.sectors().isEmpty()) {
          if (firstAgent == null) {
            firstAgent = agent;
          }
          if (firstTitle == null && agent.kind() == AgentKind.TITLE) {
            firstTitle = agent;
          }
        }
      }
    }
    Hit headHit = hitAt[phrase.head];
    if (headHit != null && headHit.lexeme() instanceof Country c && c.form() == Form.NAME) {
      organisation = null; // "NATO-member Norway" is Norway
      country = c;
    }
    Token head = sentence.token(phrase.head);
    NameSpan name = NameSpan.find(sentence, phrase, hitAt);
    boolean headIsName = name != null && name.contains(phrase.head);
    boolean headIsActor =
        headHit != null
                && !(headHit.lexeme() instanceof Agent a
                    && a.kind() == AgentKind.PLACE
                    && country == null)
            || headIsName;
    if (!headIsActor && !head.isProperNoun()) {
      return null;
    }

    ActorCode code = null;
    String basis = "dictionary";
    String displayName = null;
    if (organisation != null) {
      code = organisation.code();
      displayName = organisation.name();
    } else if (country != null) {
      code = ActorCode.country(country.iso3());
      if (country.form() == Form.SEAT) {
        code = code.withSectors(List.of("GOV"));
      }
    }
    if (person != null) {
      ActorCode personal = person.codeOn(date);
      if (code == null) {
        code = personal;
      } else if (code.prefix().equals(personal.prefix()) && !personal.sectors().isEmpty()) {
        code = code.withSectors(personal.sectors());
      }
      basis = "people";
      displayName = person.name();
    }
    if (code == null && name != null) {
      ActorCode known = learned.lookup(name.tokens(sentence));
      if (known != null) {
        code = known;
        basis = "learned";
      }
    }
    if (code == null) {
      ActorCode context = contextCode();
      if (context != null && (headAgent != null || headIsName)) {
        code = context.withSectors(List.of());
        basis = "possessor";
      }
    }
    if (code == null) {
      return null;
    }
    if (country != null && organisation == null && person == null && isEthnic(country)) {
      // "ethnic Albanians in south Serbia": an ethnic group is coded where it lives.
      ActorCode where = placeCode();
      if (where != null && where.country() != null) {
        code = ActorCode.country(where.country());
        basis = "ethnic";
      }
    }
    if (!code.isInternational() || organisation == null) {
      Agent sectorAgent =
          headAgent != null && !headAgent.sectors().isEmpty()
              ? headAgent
              : firstTitle != null ? firstTitle : firstAgent;
      if (sectorAgent != null && organisation == null) {
        code = code.withSectors(sectorAgent.sectors());
      }
    }
    if (name != null
        && person == null
        && (displayName == null || organisation != null && !headIsOrganisation(headHit))) {
      displayName = name.text(article.text(), sentence);
      if (!basis.equals("learned") && (country != null || organisation != null)) {
        basis = "title";
        learned.learn(sentence, name, code);
      }
    } else if (name != null && person != null) {
      learned.learn(sentence, name, code);
    }
    if (displayName == null) {
      displayName = DictionaryActorResolver.phraseText(sentence, article, phrase);
    }
    return DictionaryActorResolver.mention(article, sentence, phrase, code, displayName, basis);
  }

  private boolean headIsOrganisation(Hit headHit) {
    return headHit != null && headHit.lexeme() instanceof Organisation;
  }

  private boolean isEthnic(Country country) {
    if (country.form() != Form.ADJECTIVE && country.form() != Form.PEOPLE) {
      return false;
    }
    for (int t : phrase.tokens()) {
      if (sentence.token(t).lemma().equals("ethnic")) {
        return true;
      }
    }
    return country.form() == Form.PEOPLE && phrase.ofPhrase >= 0;
  }

  private ActorCode placeCode() {
    for (int other : new int[] {phrase.placePhrase, phrase.ofPhrase}) {
      if (other < 0) {
        continue;
      }
      ActorMention mention =
          new PhraseReader(
                  dictionary,
                  article,
                  sentence,
                  NounPhrase.of(sentence, other),
                  hitAt,
                  date,
                  learned)
              .read();
      if (mention != null && mention.code().country() != null) {
        return mention.code();
      }
    }
    return null;
  }

  /** A possessor or "of" phrase that is itself an actor lends its country: "Iran's mission". */
  private ActorCode contextCode() {
    for (int other : new int[] {phrase.possessor, phrase.ofPhrase, phrase.placePhrase}) {
      if (other < 0) {
        continue;
      }
      NounPhrase inner = NounPhrase.of(sentence, other);
      ActorMention mention =
          new PhraseReader(dictionary, article, sentence, inner, hitAt, date, learned).read();
      if (mention != null) {
        return mention.code();
      }
    }
    return null;
  }

  private Organisation validOrganisation(Hit hit) {
    Organisation fallback = null;
    for (Lexeme lexeme : dictionary.meanings(sentence, hit)) {
      if (lexeme instanceof Organisation org) {
        if (org.validOn(date)) {
          return org;
        }
        fallback = org;
      }
    }
    return fallback;
  }
}
