package org.khaldun.coding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * The event patterns and complement-taking verbs, loaded once from {@code
 * org/khaldun/coding/patterns.txt} (format documented at its top) and optionally a user's {@code
 * patterns.txt} that adds to them. Patterns are indexed by trigger word, most specific first.
 * Immutable and thread-safe.
 */
public final class PatternBook {
  public static final String RESOURCE = "org/khaldun/coding/patterns.txt";
  private static final Set<String> SLOTS =
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
          "that");

  private static final class Bundled {
    static final PatternBook INSTANCE = load(null, Cameo.bundled());
  }

  private final Map<String, List<Pattern>> verbs;
  private final Map<String, List<Pattern>> nouns;
  private final Map<String, WrapMode> wrappers;
  private final int size;

  private PatternBook(
      Map<String, List<Pattern>> verbs,
      Map<String, List<Pattern>> nouns,
      Map<String, WrapMode> wrappers,
      int size) {
    this.verbs = freeze(verbs);
    this.nouns = freeze(nouns);
    this.wrappers = Map.copyOf(wrappers);
    this.size = size;
  }

  private static Map<String, List<Pattern>> freeze(Map<String, List<Pattern>> index) {
    Map<String, List<Pattern>> frozen = new HashMap<>();
    index.forEach(
        (key, list) -> {
          List<Pattern> sorted = new ArrayList<>(list);
          sorted.sort(Comparator.comparingInt(Pattern::specificity).reversed());
          frozen.put(key, List.copyOf(sorted));
        });
    return Map.copyOf(frozen);
  }

  public static PatternBook bundled() {
    return Bundled.INSTANCE;
  }

  /** The bundled patterns plus those of {@code userFile} (null for none). */
  public static PatternBook load(Path userFile, Cameo cameo) {
    Builder builder = new Builder(cameo);
    try (InputStream in = PatternBook.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new DictionaryException(
            RESOURCE, "bundled pattern file not found on the class path", null);
      }
      builder.parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new DictionaryException(RESOURCE, "cannot read", e);
    }
    if (userFile != null) {
      try {
        builder.parse(userFile.toString(), Files.readString(userFile, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new DictionaryException(userFile.toString(), "cannot read: " + e.getMessage(), e);
      }
    }
    return new PatternBook(builder.verbs, builder.nouns, builder.wrappers, builder.count);
  }

  List<Pattern> verbPatterns(String lemma) {
    return verbs.getOrDefault(lemma, List.of());
  }

  List<Pattern> nounPatterns(String lemma) {
    return nouns.getOrDefault(lemma, List.of());
  }

  WrapMode wrapper(String lemma) {
    return wrappers.get(lemma);
  }

  public int size() {
    return size;
  }

  /** Parses pattern lines; errors name the file and line. */
  private static final class Builder {
    final Map<String, List<Pattern>> verbs = new HashMap<>();
    final Map<String, List<Pattern>> nouns = new HashMap<>();
    final Map<String, WrapMode> wrappers = new HashMap<>();
    final Cameo cameo;
    int count;

    Builder(Cameo cameo) {
      this.cameo = cameo;
    }

    void parse(String file, String text) {
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int number = i + 1;
        if (line.startsWith("wrap ")) {
          wrap(file, number, line);
        } else {
          pattern(file, number, line);
        }
      }
    }

    private void wrap(String file, int number, String line) {
      String[] parts = line.split("\\s+");
      if (parts.length != 3) {
        throw new DictionaryException(file, number, "expected: wrap LEMMAS MODE");
      }
      WrapMode mode;
      try {
        mode = WrapMode.valueOf(parts[2].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new DictionaryException(
            file,
            number,
            "unknown wrap mode " + parts[2] + " (intent, reject, threaten, deny, same, negate)");
      }
      for (String lemma : parts[1].split("\\|")) {
        wrappers.put(lemma, mode);
      }
    }

    private void pattern(String file, int number, String line) {
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
      if (code.length() == 4) {
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
      Set<String> triggers = words(trigger);
      Set<String> objects = Set.of();
      Set<String> governors = Set.of();
      Set<String> complements = Set.of();
      String has = null;
      List<String> sources = List.of("subj");
      List<String> targets = List.of("obj");
      EnumSet<Pattern.Flag> flags = EnumSet.noneOf(Pattern.Flag.class);
      for (int i = 2; i < parts.length; i++) {
        String element = parts[i];
        if (element.startsWith("obj:")) {
          objects = words(element.substring(4));
        } else if (element.startsWith("gov:")) {
          governors = words(element.substring(4));
        } else if (element.startsWith("comp:")) {
          complements = words(element.substring(5));
        } else if (element.startsWith("has:")) {
          has = element.substring(4);
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
              sources,
              targets,
              flags,
              name,
              file + ":" + number);
      for (String word : triggers) {
        Set<String> keys = new LinkedHashSet<>();
        if (noun) {
          keys.add(nounKey(word));
          if (word.contains("-")) {
            keys.add(word);
            keys.add(word.replace("-", ""));
          }
        } else {
          keys.add(verbKey(word));
        }
        for (String key : keys) {
          List<Pattern> list = (noun ? nouns : verbs).computeIfAbsent(key, k -> new ArrayList<>());
          if (!list.contains(pattern)) {
            list.add(pattern);
          }
        }
      }
      count++;
    }

    private static Set<String> words(String list) {
      return new LinkedHashSet<>(Arrays.asList(list.toLowerCase(Locale.ROOT).split("\\|")));
    }

    private static List<String> slots(String file, int number, String list) {
      List<String> result = new ArrayList<>();
      for (String slot : list.split("\\|")) {
        if (!slot.equals("self") && !SLOTS.contains(slot)) {
          throw new DictionaryException(file, number, "unknown slot '" + slot + "'");
        }
        result.add(slot);
      }
      return result;
    }
  }

  /** Verbs are indexed by the lemma before any particle: call_off under call. */
  static String verbKey(String word) {
    int underscore = word.indexOf('_');
    return underscore > 0 ? word.substring(0, underscore) : word;
  }

  /** Nouns are indexed by their head: phone-call under call, state-of-emergency under state. */
  static String nounKey(String word) {
    String[] parts = word.split("-");
    if (parts.length == 3 && parts[1].equals("of")) {
      return parts[0];
    }
    return parts[parts.length - 1];
  }
}
