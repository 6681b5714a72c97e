package org.khaldun.lexicon.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khaldun.lexicon.petrarch.VerbDictionary.MemberVerb;
import org.khaldun.lexicon.petrarch.VerbDictionary.Synset;
import org.khaldun.lexicon.petrarch.VerbDictionary.VerbFamily;
import org.khaldun.lexicon.petrarch.VerbDictionary.VerbPattern;

/**
 * Reads a PETRARCH verb dictionary: synonym sets ({@code &NAME} and {@code +MEMBER} lines), verb
 * families ({@code --- NAME [code] ---}), member verbs, patterns ({@code - ... * ... [code]}) and
 * transformations ({@code ~}). A line it cannot read is reported with its {@code file:line} and
 * skipped. Not thread-safe; used once per file.
 */
final class VerbDictionaryParser {
  private static final Pattern HEADER =
      Pattern.compile("---\\s*([^\\s\\[]+)\\s*(?:\\[([^\\]]*)\\])?[\\s-]*");
  private static final Pattern CODE = Pattern.compile("(\\d{2,4}|---)?(?::(\\d{2,4}|---))?");
  private static final Pattern VERB_TOKEN = Pattern.compile("[A-Z0-9'+_.-]+");

  private final String file;
  private final PetrarchReport.Builder report;
  private final Map<String, Synset> synsets = new LinkedHashMap<>();
  private final List<VerbFamily> families = new ArrayList<>();
  private final List<SourceLine> transformations = new ArrayList<>();

  private String synsetName;
  private SourceLine synsetAt;
  private List<List<String>> synsetMembers;
  private String familyName;
  private String familyCode;
  private SourceLine familyAt;
  private List<MemberVerb> verbs;
  private List<VerbPattern> patterns;

  private VerbDictionaryParser(String file, PetrarchReport.Builder report) {
    this.file = file;
    this.report = report;
  }

  static VerbDictionary parse(String file, String text, PetrarchReport.Builder report) {
    VerbDictionaryParser parser = new VerbDictionaryParser(file, report);
    for (SourceText.Line line : SourceText.of(file, text).lines()) {
      parser.line(line.content(), line.at());
    }
    parser.endSynset();
    parser.endFamily();
    return new VerbDictionary(file, parser.synsets, parser.families, parser.transformations);
  }

  private void line(String content, SourceLine at) {
    String line = content.strip();
    if (synsetName != null && line.startsWith("+")) {
      synsetMember(line, at);
      return;
    }
    endSynset();
    if (line.startsWith("---")) {
      header(line, at);
    } else if (line.startsWith("-")) {
      pattern(line, at);
    } else if (line.startsWith("&")) {
      synsetName = PatternSyntax.stripUnderscores(line.split("\\s+")[0]);
      synsetAt = at;
      synsetMembers = new ArrayList<>();
    } else if (line.startsWith("~")) {
      transformations.add(at);
    } else {
      memberVerb(line, at);
    }
  }

  private void synsetMember(String line, SourceLine at) {
    List<String> words = new ArrayList<>();
    for (String word : line.substring(1).split("[\\s_]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    if (words.isEmpty()) {
      report.unreadable("synonym set member without words", at, line);
      return;
    }
    synsetMembers.add(words);
  }

  private void endSynset() {
    if (synsetName == null) {
      return;
    }
    if (synsetMembers.isEmpty()) {
      report.unreadable("synonym set without members", synsetAt, synsetName);
    } else if (synsets.containsKey(synsetName)) {
      report.unreadable("synonym set defined twice (first kept)", synsetAt, synsetName);
    } else {
      synsets.put(synsetName, new Synset(synsetName, synsetMembers, synsetAt));
    }
    synsetName = null;
  }

  private void header(String line, SourceLine at) {
    endFamily();
    Matcher m = HEADER.matcher(line);
    if (!m.matches()) {
      report.unreadable("verb family header not '--- NAME [code] ---'", at, line);
      return;
    }
    String code = m.group(2) == null ? "---" : primary(m.group(2).strip(), at, line);
    if (code == null) {
      report.unreadable("verb family code is not [code], [code:code] or [---]", at, line);
      return;
    }
    familyName = m.group(1);
    familyCode = code;
    familyAt = at;
    verbs = new ArrayList<>();
    patterns = new ArrayList<>();
  }

  private void endFamily() {
    if (familyName != null) {
      families.add(new VerbFamily(familyName, familyCode, familyAt, verbs, patterns));
    }
    familyName = null;
  }

  private void pattern(String line, SourceLine at) {
    if (familyName == null) {
      report.unreadable("pattern outside a verb family", at, line);
      return;
    }
    int open = line.lastIndexOf('[');
    int close = line.lastIndexOf(']');
    if (open < 0 || close < open || !line.substring(close + 1).isBlank()) {
      report.unreadable("pattern does not end with a [code]", at, line);
      return;
    }
    Matcher code = CODE.matcher(line.substring(open + 1, close).strip());
    if (!code.matches() || code.group(1) == null && code.group(2) == null) {
      report.unreadable("pattern code is not [code], [code:code] or [---]", at, line);
      return;
    }
    try {
      PatternSyntax.Body body = PatternSyntax.parse(line.substring(1, open));
      patterns.add(
          new VerbPattern(
              body.before(),
              body.after(),
              code.group(1) == null ? "" : code.group(1),
              code.group(2),
              line.strip(),
              at));
    } catch (IllegalArgumentException e) {
      report.unreadable("malformed pattern: " + e.getMessage(), at, line);
    }
  }

  /**
   * The primary code of a family or verb code ({@code 040} of {@code 040:040}), noting a secondary
   * code as ignored; {@code ---} for {@code [:110]}; null when the code is not a code.
   */
  private String primary(String code, SourceLine at, String line) {
    Matcher m = CODE.matcher(code);
    if (!m.matches() || m.group(1) == null && m.group(2) == null) {
      return null;
    }
    if (m.group(1) == null) {
      report.approximated("[:code] on a family or verb: codes nothing by itself", at, line);
      return "---";
    }
    if (m.group(2) != null) {
      report.approximated(PatternConverter.SECONDARY, at, line);
    }
    return m.group(1);
  }

  private void memberVerb(String line, SourceLine at) {
    if (familyName == null) {
      report.unreadable("verb outside a verb family", at, line);
      return;
    }
    String rest = line;
    String code = null;
    int open = rest.indexOf('[');
    if (open >= 0) {
      int close = rest.indexOf(']', open);
      code = close < 0 ? null : primary(rest.substring(open + 1, close).strip(), at, line);
      if (code == null || !rest.substring(close + 1).isBlank()) {
        report.unreadable("verb code is not [code], [code:code] or [---]", at, line);
        return;
      }
      rest = rest.substring(0, open);
    }
    List<String> forms = new ArrayList<>();
    int brace = rest.indexOf('{');
    if (brace >= 0) {
      int end = rest.indexOf('}', brace);
      // Old TABARI files end a verb line with a ";comment".
      if (end < 0 || !rest.substring(end + 1).strip().replaceFirst("^;.*", "").isEmpty()) {
        report.unreadable("irregular forms {...} not closed", at, line);
        return;
      }
      for (String form : rest.substring(brace + 1, end).split("[\\s,]+")) {
        if (!form.isEmpty()) {
          forms.add(form.replace("+", "").replace('_', ' '));
        }
      }
      rest = rest.substring(0, brace);
    }
    String[] tokens = rest.strip().split("\\s+");
    if (tokens.length != 1 || !VERB_TOKEN.matcher(tokens[0]).matches()) {
      report.unreadable("not a verb: one word, optional {forms} and [code]", at, line);
      return;
    }
    String token = tokens[0];
    List<String> front = new ArrayList<>();
    List<String> back = new ArrayList<>();
    String verb = null;
    if (token.indexOf('_') < 0) {
      verb = token.replace("+", "");
    } else {
      for (String word : token.split("_")) {
        if (word.isEmpty()) {
          continue;
        }
        if (word.startsWith("+") && verb == null) {
          verb = word.substring(1);
        } else if (verb == null) {
          front.add(word);
        } else {
          back.add(word);
        }
      }
      if (verb == null) {
        report.unreadable("multi-word verb without a + on its verb", at, line);
        return;
      }
    }
    if (verb.isEmpty()) {
      report.unreadable("verb without a word", at, line);
      return;
    }
    verbs.add(new MemberVerb(front, verb, back, forms, code, at));
  }
}
