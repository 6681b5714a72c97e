package org.khaldun.lexicon.petrarch;

import java.util.List;
import java.util.Map;

/**
 * A PETRARCH verb dictionary (such as {@code CAMEO.2.0.txt}) as read: its synonym sets, its verb
 * families with their member verbs and patterns, and its verb transformations ({@code ~} lines).
 *
 * @param file the file's name
 * @param synsets synonym sets by name ({@code &CURRENCY})
 * @param families verb families in file order
 * @param transformations where the transformation lines are
 */
public record VerbDictionary(
    String file,
    Map<String, Synset> synsets,
    List<VerbFamily> families,
    List<SourceLine> transformations) {
  public VerbDictionary {
    synsets = Map.copyOf(synsets);
    families = List.copyOf(families);
    transformations = List.copyOf(transformations);
  }

  /**
   * A synonym set: {@code &NAME} followed by {@code +MEMBER} lines.
   *
   * @param name the name with its {@code &}, without a trailing {@code _}
   * @param members each member's words, upper case ({@code +PRIME_MINISTER} is PRIME, MINISTER)
   */
  public record Synset(String name, List<List<String>> members, SourceLine at) {
    public Synset {
      members = members.stream().map(List::copyOf).toList();
    }
  }

  /**
   * A verb family: {@code --- NAME [code] ---}, its member verbs and its patterns.
   *
   * @param code the family's code, {@code ---} when it codes nothing by itself
   */
  public record VerbFamily(
      String name, String code, SourceLine at, List<MemberVerb> verbs, List<VerbPattern> patterns) {
    public VerbFamily {
      verbs = List.copyOf(verbs);
      patterns = List.copyOf(patterns);
    }
  }

  /**
   * A member verb: {@code ABORT}, {@code HURRY {HURRIES HURRYING HURRIED}}, {@code ABORT [160]},
   * {@code +CALL_OFF}, {@code RE_+ARREST}.
   *
   * @param front words before the verb in a multi-word verb ({@code RE} of {@code RE_+ARREST})
   * @param verb the verb's primary form, upper case
   * @param back words after the verb in a multi-word verb ({@code OFF} of {@code +CALL_OFF})
   * @param forms the irregular forms given in {@code {...}}
   * @param code the verb's own code, or null when it takes its family's
   */
  public record MemberVerb(
      List<String> front,
      String verb,
      List<String> back,
      List<String> forms,
      String code,
      SourceLine at) {
    public MemberVerb {
      front = List.copyOf(front);
      back = List.copyOf(back);
      forms = List.copyOf(forms);
    }
  }

  /**
   * A pattern: {@code - before * after [code:secondary]}.
   *
   * @param code the primary code: digits, {@code ---}, or empty for {@code [:173]}
   * @param secondary the code after {@code :}, or null
   * @param text the line as written, without its comment
   */
  public record VerbPattern(
      List<PatternElement> before,
      List<PatternElement> after,
      String code,
      String secondary,
      String text,
      SourceLine at) {
    public VerbPattern {
      before = List.copyOf(before);
      after = List.copyOf(after);
    }
  }
}
