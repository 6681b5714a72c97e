package org.khaldun.coding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.khaldun.DictionaryException;
import org.khaldun.ontology.Cameo;

/**
 * Parses grammar and pattern texts into indexes for {@link PatternBook}. Errors name the file and
 * line. Not thread-safe; used once per load.
 */
final class PatternParser {
  static final Set<String> SLOTS =
      Set.of(
          "subj",
          "obj",
          "iobj",
          "poss",
          "amod",
          "compound",
          "speaker",
          "csubj",
          "loc",
          "with",
          "to",
          "on",
          "against",
          "at",
          "for",
          "from",
          "into",
          "over",
          "in",
          "of",
          "between",
          "about",
          "toward",
          "towards",
          "upon",
          "by",
          "among",
          "outside",
          "along",
          "near",
          "that",
          "across",
          "inside",
          "through",
          "within",
          "throughout",
          "around",
          "after",
          "during",
          "under",
          "behind",
          "beyond",
          "onto",
          "amid",
          "per",
          "like",
          "as",
          "via",
          "off",
          "out",
          "up",
          "down",
          "since",
          "before",
          "without",
          "than",
          "despite",
          "concerning",
          "regarding");

  /** The slots that are prepositions. */
  static final Set<String> PREPOSITIONS;

  static {
    Set<String> prepositions = new java.util.HashSet<>(SLOTS);
    prepositions.removeAll(
        Set.of(
            "subj", "obj", "iobj", "poss", "amod", "compound", "speaker", "csubj", "loc", "that"));
    PREPOSITIONS = Set.copyOf(prepositions);
  }

  final Map<String, List<Pattern>> verbs = new HashMap<>();
  final Map<String, List<Pattern>> nouns = new HashMap<>();
  final Map<String, WrapMode> wrappers = new HashMap<>();
  final WordClasses.Builder classes = new WordClasses.Builder();
  final Transforms.Builder transforms = new Transforms.Builder();
  final List<Pattern> all = new ArrayList<>();
  private final Cameo cameo;

  PatternParser(Cameo cameo) {
    this.cameo = cameo;
  }

  void parse(String file, String text, int rank) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      int comment = line.indexOf(" #");
      if (comment >= 0) {
        line = line.substring(0, comment).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int number = i + 1;
      if (line.startsWith("wrap ")) {
        wrap(file, number, line);
      } else if (line.startsWith("class ")) {
        wordClass(file, number, line);
      } else if (line.startsWith("transform ")) {
        transform(file, number, line);
      } else {
        pattern(file, number, line, rank);
      }
    }
  }

  private void wordClass(String file, int number, String line) {
    String[] parts = line.split("\\s+");
    if (parts.length != 3 || !parts[1].matches("[a-z][a-z0-9-]*")) {
      throw new DictionaryException(
          file, number, "expected: class NAME WORDS (a lower-case name, |-separated words)");
    }
    classes.define(parts[1], words(file, number, parts[2]));
  }

  private void transform(String file, int number, String line) {
    String[] parts = line.split("\\s+");
    if (parts.length != 4) {
      throw new DictionaryException(file, number, "expected: transform MODE FROM TO");
    }
    WrapMode mode = mode(file, number, parts[1]);
    if (!Transforms.MODES.contains(mode)) {
      throw new DictionaryException(
          file,
          number,
          "transforms are for intent, reject, threaten, halt, appeal or demand, not " + parts[1]);
    }
    String from = parts[2];
    if (!from.equals("*") && !from.matches("\\d{2,3}")) {
      throw new DictionaryException(file, number, "FROM must be a root, a code or *: " + from);
    }
    String to = parts[3];
    if (!to.equals("=") && !to.equals("-") && !cameo.contains(to)) {
      throw new DictionaryException(file, number, "unknown CAMEO code " + to);
    }
    transforms.add(mode, from, to);
  }

  private static WrapMode mode(String file, int number, String name) {
    try {
      return WrapMode.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new DictionaryException(
          file,
          number,
          "unknown wrap mode "
              + name
              + " (intent, reject, threaten, deny, same, negate, halt, consider)");
    }
  }

  private void wrap(String file, int number, String line) {
    String[] parts = line.split("\\s+");
    if (parts.length != 3) {
      throw new DictionaryException(file, number, "expected: wrap LEMMAS MODE");
    }
    WrapMode mode = mode(file, number, parts[2]);
    for (String lemma : words(file, number, parts[1])) {
      wrappers.put(lemma, mode);
    }
  }

  private void pattern(String file, int number, String line, int rank) {
    String name = null;
    int equals = line.indexOf(" = ");
    String body = line;
    if (equals >= 0) {
      name = line.substring(equals + 3).strip();
      body = line.substring(0, equals);
    }
    String[] parts = body.strip().split("\\s+");
    if (parts.length < 2) {
      throw new DictionaryException(file, number, "expected: CODE TRIGGER ELEMENT... = NAME");
    }
    String code = parts[0];
    if (code.length() == 4 && code.chars().allMatch(Character::isDigit)) {
      code = code.substring(0, 3);
    }
    if (!cameo.contains(code)) {
      throw new DictionaryException(file, number, "unknown CAMEO code " + parts[0]);
    }
    String trigger = parts[1];
    boolean noun = trigger.startsWith("n:");
    if (noun) {
      trigger = trigger.substring(2);
    }
    Set<String> triggers = words(file, number, trigger);
    Set<String> objects = Set.of();
    Set<String> governors = Set.of();
    Set<String> complements = Set.of();
    Set<String> subjects = Set.of();
    List<Pattern.Prep> preps = new ArrayList<>();
    String has = null;
    WrapMode derive = null;
    List<String> sources = List.of("subj");
    List<String> targets = noun ? List.of("any") : List.of("obj");
    EnumSet<Pattern.Flag> flags = EnumSet.noneOf(Pattern.Flag.class);
    for (int i = 2; i < parts.length; i++) {
      String element = parts[i];
      if (element.startsWith("obj:")) {
        objects = words(file, number, element.substring(4));
      } else if (element.startsWith("gov:")) {
        governors = words(file, number, element.substring(4));
      } else if (element.startsWith("comp:")) {
        complements = words(file, number, element.substring(5));
      } else if (element.startsWith("subj:")) {
        subjects = words(file, number, element.substring(5));
      } else if (element.startsWith("pp:")) {
        preps.add(prep(file, number, element));
      } else if (element.startsWith("derive:")) {
        derive = mode(file, number, element.substring(7));
        if (!Transforms.MODES.contains(derive) || derive == WrapMode.HALT) {
          throw new DictionaryException(
              file,
              number,
              "derive: takes intent, reject, threaten, appeal or demand, not "
                  + element.substring(7));
        }
      } else if (element.startsWith("has:")) {
        has = element.substring(4).toLowerCase(Locale.ROOT);
      } else if (element.startsWith("T:")) {
        targets = slots(file, number, element.substring(2));
        // "self" is not a place in the parse: it is the flag that codes the source's own country.
        if (targets.contains("self")) {
          flags.add(Pattern.Flag.SELF);
          targets = targets.stream().filter(slot -> !slot.equals("self")).toList();
        }
      } else if (element.startsWith("S:")) {
        sources = slots(file, number, element.substring(2));
      } else {
        switch (element) {
          case "T?" -> flags.add(Pattern.Flag.OPTIONAL_TARGET);
          case "sym" -> flags.add(Pattern.Flag.SYMMETRIC);
          case "self" -> flags.add(Pattern.Flag.SELF);
          case "keep" -> flags.add(Pattern.Flag.KEEP);
          case "loc" -> flags.add(Pattern.Flag.LOCATION);
          case "direct" -> flags.add(Pattern.Flag.DIRECT);
          default ->
              throw new DictionaryException(file, number, "unknown element '" + element + "'");
        }
      }
    }
    if (name == null) {
      name = cameo.get(code).name().toLowerCase(Locale.ROOT) + "/" + trigger;
    }
    Pattern pattern =
        new Pattern(
            code,
            noun,
            triggers,
            objects,
            governors,
            complements,
            has,
            derive,
            subjects,
            preps,
            sources,
            targets,
            flags,
            name,
            file + ":" + number,
            rank,
            line);
    for (String word : triggers) {
      Set<String> keys = new LinkedHashSet<>();
      if (noun) {
        keys.add(PatternBook.nounKey(word));
        if (word.contains("-")) {
          keys.add(word);
          keys.add(word.replace("-", ""));
        }
      } else {
        keys.add(PatternBook.verbKey(word));
      }
      for (String key : keys) {
        List<Pattern> list = (noun ? nouns : verbs).computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(pattern)) {
          list.add(pattern);
        }
      }
    }
    all.add(pattern);
  }

  private Pattern.Prep prep(String file, int number, String element) {
    String[] parts = element.split(":", 3);
    if (parts.length != 3 || parts[1].isEmpty() || parts[2].isEmpty()) {
      throw new DictionaryException(
          file, number, "expected pp:PREPOSITION:WORDS, not '" + element + "'");
    }
    return new Pattern.Prep(parts[1].toLowerCase(Locale.ROOT), words(file, number, parts[2]));
  }

  /** A |-separated word list; {@code @name} stands for the words of a class defined before. */
  private Set<String> words(String file, int number, String list) {
    Set<String> words = new LinkedHashSet<>();
    for (String word : list.toLowerCase(Locale.ROOT).split("\\|")) {
      if (word.isEmpty()) {
        throw new DictionaryException(file, number, "empty word in '" + list + "'");
      }
      if (word.startsWith("@")) {
        Set<String> members = classes.lookup(word.substring(1));
        if (members == null) {
          throw new DictionaryException(
              file, number, "unknown word class " + word + " (define it with a class line first)");
        }
        words.addAll(members);
      } else {
        words.add(word);
      }
    }
    return words;
  }

  private static List<String> slots(String file, int number, String list) {
    List<String> result = new ArrayList<>();
    for (String slot : list.split("\\|")) {
      if (!slot.equals("self")
          && !slot.equals("any")
          && !slot.equals("comp")
          && !slot.equals("verb")
          && !slot.equals("govobj")
          && !SLOTS.contains(slot)) {
        throw new DictionaryException(file, number, "unknown slot '" + slot + "'");
      }
      result.add(slot);
    }
    return result;
  }
}
