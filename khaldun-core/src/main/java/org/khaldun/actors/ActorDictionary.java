package org.khaldun.actors;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.khaldun.actors.Lexeme.Agent;
import org.khaldun.actors.Lexeme.AgentKind;
import org.khaldun.actors.Lexeme.Country;
import org.khaldun.actors.Lexeme.Form;
import org.khaldun.actors.Lexeme.Organisation;
import org.khaldun.actors.Lexeme.Person;
import org.khaldun.actors.Lexeme.Role;
import org.khaldun.lexicon.BundledLayer;
import org.khaldun.lexicon.DataText;
import org.khaldun.lexicon.Dictionaries;
import org.khaldun.lexicon.DictionaryLayer;
import org.khaldun.lexicon.DirectoryLayer;
import org.khaldun.model.ActorCode;
import org.khaldun.model.Sentence;
import org.khaldun.model.Token;
import org.khaldun.util.DataFile;

/**
 * The actor dictionaries: countries, international organisations, armed groups, people with their
 * roles, and agent words. Loaded once from the bundled files under {@code org/khaldun/actors/},
 * optionally extended by a user directory holding files of the same names (a phrase there replaces
 * the bundled meaning of the same phrase). Immutable and thread-safe.
 */
public final class ActorDictionary {
  static final String[] FILES = DictionaryLayer.ACTOR_FILES;
  static final Set<String> SECTORS =
      Set.of(
          "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL",
          "LEG", "REF", "HLH", "LAB", "ELI", "HRI", "REL", "UAF", "INS", "SEP", "AGR", "ENV", "DEV",
          "MOD", "RAD", "IGO", "NGO");
  private static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG", "MNC");

  private static final class Bundled {
    static final ActorDictionary INSTANCE = fromLayers(Dictionaries.bundled());
  }

  private final PhraseTrie<Lexeme> names;
  private final PhraseTrie<Agent> words;
  private final Set<String> countries;
  private final Map<String, String> countryNames;
  private final int entries;

  private ActorDictionary(
      Map<List<String>, List<Lexeme>> nameEntries,
      Map<List<String>, Agent> wordEntries,
      Map<String, String> countryNames) {
    this.names = new PhraseTrie<>();
    nameEntries.forEach((phrase, lexemes) -> lexemes.forEach(l -> names.add(phrase, l)));
    this.words = new PhraseTrie<>();
    wordEntries.forEach(words::add);
    this.countryNames = Map.copyOf(countryNames);
    this.countries = Set.copyOf(countryNames.keySet());
    this.entries = nameEntries.size() + wordEntries.size();
  }

  /** The bundled dictionaries, loaded on first use. */
  public static ActorDictionary bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * The actor files of every layer of {@code dictionaries}, in order: a phrase defined in a later
   * layer replaces its earlier meaning.
   */
  public static ActorDictionary load(Dictionaries dictionaries) {
    return dictionaries.isBundledOnly() ? bundled() : fromLayers(dictionaries);
  }

  private static ActorDictionary fromLayers(Dictionaries dictionaries) {
    Loader loader = new Loader();
    for (DictionaryLayer layer : dictionaries.layers()) {
      for (String file : FILES) {
        for (DataText text : layer.texts(file)) {
          loader.load(file, DataFile.text(text.origin(), text.text()));
        }
      }
    }
    return new ActorDictionary(loader.names, loader.words, loader.countryNames);
  }

  /** The bundled dictionaries extended by a directory of Khaldun-format files. */
  public static ActorDictionary load(Path userDirectory) {
    return load(Dictionaries.of(List.of(BundledLayer.INSTANCE, new DirectoryLayer(userDirectory))));
  }

  public boolean isCountry(String iso3) {
    return countries.contains(iso3);
  }

  /** The English name of a country code, or the code itself when unknown. */
  public String countryName(String iso3) {
    return countryNames.getOrDefault(iso3, iso3);
  }

  /**
   * The country a place or country name denotes ("Khartoum", "Saudi Arabia"), matched whole and
   * case-sensitively, or null.
   */
  public String placeCountry(String phrase) {
    List<String> tokens = PhraseTokenizer.split(phrase);
    if (tokens.isEmpty()) {
      return null;
    }
    PhraseTrie.Match<Lexeme> match =
        names.longest(0, tokens.size(), p -> new String[] {tokens.get(p)});
    if (match == null || match.end() != tokens.size()) {
      return null;
    }
    for (Lexeme lexeme : match.values()) {
      if (lexeme instanceof Country country) {
        return country.iso3();
      }
    }
    return null;
  }

  public int size() {
    return entries;
  }

  /** A dictionary match in a sentence: tokens [start, end) and what they denote. */
  record Hit(int start, int end, Lexeme lexeme) {}

  /**
   * Non-overlapping longest matches, left to right. Names (case-sensitive) win over agent words
   * (matched on lower-case form or lemma) of the same length.
   */
  List<Hit> find(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    int n = tokens.size();
    String[][] exact = new String[n][];
    String[][] lower = new String[n][];
    for (int i = 0; i < n; i++) {
      Token token = tokens.get(i);
      exact[i] = new String[] {token.text(), normaliseQuote(token.text())};
      String lowerText = token.text().toLowerCase(Locale.ROOT);
      // Agent words name people and bodies, not acts: "judged", "engineered" are no actors
      // (participles stay: "armed forces", "ruling party").
      boolean finiteVerb =
          token.isVerb() && !token.pos().equals("VBN") && !token.pos().equals("VBG");
      lower[i] =
          finiteVerb
              ? new String[] {null, null}
              : new String[] {lowerText, token.lemma().equals(lowerText) ? null : token.lemma()};
    }
    List<Hit> hits = new ArrayList<>();
    int i = 0;
    while (i < n) {
      PhraseTrie.Match<Lexeme> name = names.longest(i, n, p -> exact[p]);
      PhraseTrie.Match<Agent> word = words.longest(i, n, p -> lower[p]);
      if (name != null && (word == null || name.end() >= word.end())) {
        hits.add(new Hit(i, name.end(), name.values().get(name.values().size() - 1)));
        i = name.end();
      } else if (word != null) {
        hits.add(new Hit(i, word.end(), word.values().get(word.values().size() - 1)));
        i = word.end();
      } else {
        i++;
      }
    }
    return hits;
  }

  /** All meanings of a name phrase at a position, for callers that must choose by date. */
  List<Lexeme> meanings(Sentence sentence, Hit hit) {
    List<Token> tokens = sentence.tokens();
    PhraseTrie.Match<Lexeme> match =
        names.longest(
            hit.start(),
            hit.end(),
            p -> new String[] {tokens.get(p).text(), normaliseQuote(tokens.get(p).text())});
    return match == null ? List.of(hit.lexeme()) : match.values();
  }

  private static String normaliseQuote(String text) {
    return text.indexOf('’') >= 0 ? text.replace('’', '\'') : null;
  }

  /** Accumulates entries; later files and user files replace earlier meanings of a phrase. */
  private static final class Loader {
    final Map<List<String>, List<Lexeme>> names = new LinkedHashMap<>();
    final Map<List<String>, Agent> words = new LinkedHashMap<>();
    final Map<String, String> countryNames = new LinkedHashMap<>();
    private final Set<List<String>> replacedInThisFile = new HashSet<>();

    void load(String kind, DataFile file) {
      replacedInThisFile.clear();
      for (DataFile.Row row : file.rows()) {
        switch (kind) {
          case "countries.tsv" -> country(row);
          case "igos.tsv" -> igo(row);
          case "groups.tsv" -> group(row);
          case "people.tsv" -> person(row);
          case "agents.tsv" -> agent(row);
          default -> throw new IllegalArgumentException(kind);
        }
      }
    }

    private void name(String phrase, Lexeme lexeme) {
      List<String> tokens = PhraseTokenizer.split(phrase);
      if (tokens.isEmpty()) {
        return;
      }
      // CoreNLP splits some hyphenated words and keeps others ("Lashkar - e-Taiba",
      // "Hayat Tahrir al - Sham"), and splits the apostrophe off a plural possessive
      // ("Workers ' Party"): every way of splitting the phrase is entered.
      for (List<String> variant : PhraseTokenizer.variants(tokens)) {
        // A phrase defined again in a later file replaces the earlier meaning; within one file,
        // several meanings of one phrase are kept (a person's several roles, a group's periods).
        if (replacedInThisFile.add(variant)) {
          names.put(variant, new ArrayList<>(List.of(lexeme)));
        } else if (!names.get(variant).contains(lexeme)) {
          names.get(variant).add(lexeme);
        }
      }
    }

    private void country(DataFile.Row row) {
      row.expectFields(2, 6, "iso3, names, adjectives, people, seats, places");
      String iso3 = row.field(0);
      if (!iso3.matches("[A-Z]{3}")) {
        throw row.error("not an ISO 3166-1 alpha-3 code: " + iso3);
      }
      List<String> countryNamesList = row.list(1);
      if (countryNamesList.isEmpty()) {
        throw row.error("country " + iso3 + " has no name");
      }
      countryNames.putIfAbsent(iso3, countryNamesList.get(0));
      Form[] forms = {Form.NAME, Form.ADJECTIVE, Form.PEOPLE, Form.SEAT, Form.PLACE};
      for (int column = 1; column < Math.min(row.size(), 6); column++) {
        for (String phrase : row.list(column)) {
          name(phrase, new Country(iso3, forms[column - 1]));
        }
      }
    }

    private ActorCode code(DataFile.Row row, String code) {
      if (!code.matches("[A-Z][A-Z0-9]{2,11}")) {
        throw row.error("not an actor code: " + code);
      }
      String prefix = code.substring(0, 3);
      if (code.startsWith("IGO") || code.startsWith("NGO")) {
        return ActorCode.international(code);
      }
      if (INTERNATIONAL.contains(prefix)) {
        return sectors(row, ActorCode.international(prefix), code.substring(3));
      }
      return sectors(row, ActorCode.country(prefix), code.substring(3));
    }

    private ActorCode sectors(DataFile.Row row, ActorCode base, String rest) {
      if (rest.length() % 3 != 0) {
        throw row.error("sector part of the code is not a sequence of 3-letter sectors: " + rest);
      }
      List<String> sectors = new ArrayList<>();
      for (int i = 0; i < rest.length(); i += 3) {
        String sector = rest.substring(i, i + 3);
        if (!SECTORS.contains(sector)) {
          throw row.error("unknown sector " + sector);
        }
        sectors.add(sector);
      }
      return base.withSectors(sectors);
    }

    private void igo(DataFile.Row row) {
      row.expectFields(2, 2, "code, names");
      ActorCode code = code(row, row.field(0));
      List<String> phrases = row.list(1);
      if (phrases.isEmpty()) {
        throw row.error("organisation " + row.field(0) + " has no name");
      }
      for (String phrase : phrases) {
        name(phrase, new Organisation(code, phrases.get(0), null, null));
      }
    }

    private void group(DataFile.Row row) {
      row.expectFields(3, 5, "code, group, names, from, to");
      ActorCode code = code(row, row.field(0));
      LocalDate from = date(row, 3);
      LocalDate to = date(row, 4);
      for (String phrase : row.list(2)) {
        name(phrase, new Organisation(code, row.field(1), from, to));
      }
    }

    private final Map<String, Person> people = new LinkedHashMap<>();

    private void person(DataFile.Row row) {
      row.expectFields(6, 6, "names, country, sectors, role, from, to");
      List<String> phrases = row.list(0);
      if (phrases.isEmpty()) {
        throw row.error("person without a name");
      }
      String country = row.field(1);
      ActorCode base;
      if (country.matches("[A-Z]{3}")) {
        base = ActorCode.country(country);
      } else if (country.startsWith("IGO") || country.startsWith("NGO")) {
        base = ActorCode.international(country);
      } else {
        throw row.error("not a country or organisation code: " + country);
      }
      List<String> sectorList = row.list(2);
      ActorCode code =
          base.isInternational() ? base : sectors(row, base, String.join("", sectorList));
      Role role = new Role(code, row.field(3), date(row, 4), date(row, 5));
      if (role.from() != null && role.to() != null && role.to().isBefore(role.from())) {
        throw row.error("role ends before it begins");
      }
      String key = phrases.get(0);
      Person previous = people.get(key);
      List<Role> roles = new ArrayList<>(previous == null ? List.of() : previous.roles());
      roles.add(role);
      Person person = new Person(key, roles);
      people.put(key, person);
      for (String phrase : phrases) {
        List<String> tokens = PhraseTokenizer.split(phrase);
        List<Lexeme> existing = names.get(tokens);
        if (previous != null && existing != null && existing.remove(previous)) {
          existing.add(person);
        } else {
          name(phrase, person);
        }
      }
    }

    private void agent(DataFile.Row row) {
      row.expectFields(3, 3, "phrase, sectors, kind");
      List<String> sectors = row.list(1);
      for (String sector : sectors) {
        if (!SECTORS.contains(sector)) {
          throw row.error("unknown sector " + sector);
        }
      }
      AgentKind kind;
      try {
        kind = AgentKind.valueOf(row.field(2).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("kind must be title, noun or place, not " + row.field(2));
      }
      List<String> tokens = new ArrayList<>();
      for (String token : PhraseTokenizer.split(row.field(0))) {
        tokens.add(token.toLowerCase(Locale.ROOT));
      }
      words.put(tokens, new Agent(sectors, kind));
    }

    private static LocalDate date(DataFile.Row row, int column) {
      String value = row.optional(column);
      if (value == null) {
        return null;
      }
      try {
        return LocalDate.parse(value);
      } catch (DateTimeException e) {
        throw row.error("not a YYYY-MM-DD date: " + value);
      }
    }
  }
}
