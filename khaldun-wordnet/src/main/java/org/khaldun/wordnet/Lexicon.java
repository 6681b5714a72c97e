package org.khaldun.wordnet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.khaldun.coding.PatternBook;
import org.khaldun.coding.TriggerEntry;

/**
 * The hand-written triggers of a pattern book, indexed for the expander: which codes a word
 * triggers, which words a code or a root has. Patterns that WordNet expansion generated (named
 * {@code ...~wn}) are left out, so that re-running the expander on a lexicon that already holds
 * them neither expands its own output (drift by synonym of synonym) nor mistakes it for
 * hand-written words. Immutable.
 */
public final class Lexicon {
  /** The suffix of the name of every generated pattern. */
  public static final String GENERATED = "~wn";

  /** A word that triggers this many CAMEO roots or more says nothing about which one it means. */
  static final int GENERAL_ROOTS = 4;

  private final List<TriggerEntry> entries;
  private final Map<String, Set<String>> codesByTrigger = new HashMap<>();
  private final Map<String, Set<String>> wordsByCode = new HashMap<>();
  private final Map<String, Set<String>> wordsByRoot = new HashMap<>();
  private final Map<String, Set<String>> rootsByWord = new HashMap<>();

  private Lexicon(List<TriggerEntry> entries) {
    this.entries = List.copyOf(entries);
    for (TriggerEntry entry : entries) {
      Pos pos = entry.noun() ? Pos.NOUN : Pos.VERB;
      String code = code(entry);
      codesByTrigger.computeIfAbsent(key(pos, entry.word()), k -> new TreeSet<>()).add(code);
      String plain = plain(entry.word());
      wordsByCode.computeIfAbsent(code, k -> new TreeSet<>()).add(plain);
      wordsByRoot.computeIfAbsent(code.substring(0, 2), k -> new TreeSet<>()).add(plain);
      rootsByWord.computeIfAbsent(plain, k -> new TreeSet<>()).add(code.substring(0, 2));
    }
  }

  /** The hand-written triggers of {@code book}. */
  public static Lexicon of(PatternBook book) {
    List<TriggerEntry> entries = new ArrayList<>();
    for (TriggerEntry entry : book.triggers()) {
      if (!entry.pattern().endsWith(GENERATED)) {
        entries.add(entry);
      }
    }
    return new Lexicon(entries);
  }

  /** Every hand-written trigger of every pattern, in file order. */
  public List<TriggerEntry> entries() {
    return entries;
  }

  /** The distinct triggers, as (code, part of speech, word), sorted. */
  public List<Trigger> triggers() {
    Set<Trigger> triggers = new TreeSet<>();
    for (TriggerEntry entry : entries) {
      triggers.add(new Trigger(code(entry), entry.noun() ? Pos.NOUN : Pos.VERB, entry.word()));
    }
    return List.copyOf(triggers);
  }

  /** The codes whose patterns have {@code word} as a trigger of this part of speech. */
  public Set<String> codes(Pos pos, String word) {
    return Collections.unmodifiableSet(codesByTrigger.getOrDefault(key(pos, word), Set.of()));
  }

  public boolean has(String code, Pos pos, String word) {
    return codes(pos, word).contains(code);
  }

  /**
   * The patterns of {@code code} with {@code word} among their triggers, once each, in file order.
   */
  public List<TriggerEntry> patterns(String code, Pos pos, String word) {
    Map<String, TriggerEntry> byLine = new LinkedHashMap<>();
    for (TriggerEntry entry : entries) {
      if (code(entry).equals(code)
          && entry.noun() == (pos == Pos.NOUN)
          && entry.word().equals(word)) {
        byLine.putIfAbsent(entry.line(), entry);
      }
    }
    return List.copyOf(byLine.values());
  }

  /** The plain words ({@link #plain}) of the triggers of a 3-digit code, both parts of speech. */
  public Set<String> codeWords(String code) {
    return Collections.unmodifiableSet(wordsByCode.getOrDefault(code, Set.of()));
  }

  /** The plain words of the triggers of every code of a 2-digit root. */
  public Set<String> rootWords(String root) {
    return Collections.unmodifiableSet(wordsByRoot.getOrDefault(root, Set.of()));
  }

  /** Whether a plain word triggers so many roots that finding it near a sense proves nothing. */
  public boolean general(String plain) {
    return rootsByWord.getOrDefault(plain, Set.of()).size() >= GENERAL_ROOTS;
  }

  /** A trigger as WordNet's lemmas and glosses spell it: lower case, words apart. */
  public static String plain(String word) {
    return KhaldunForms.plain(word).toLowerCase(Locale.ROOT);
  }

  /** The 3-digit code of a pattern (4-digit codes are coded as their parent). */
  static String code(TriggerEntry entry) {
    return entry.code().length() > 3 ? entry.code().substring(0, 3) : entry.code();
  }

  private static String key(Pos pos, String word) {
    return pos.label() + ":" + word;
  }

  /** One trigger word of one code. */
  public record Trigger(String code, Pos pos, String word) implements Comparable<Trigger> {
    @Override
    public int compareTo(Trigger other) {
      int byCode = code.compareTo(other.code);
      if (byCode != 0) {
        return byCode;
      }
      int byPos = pos.compareTo(other.pos);
      return byPos != 0 ? byPos : word.compareTo(other.word);
    }
  }
}
