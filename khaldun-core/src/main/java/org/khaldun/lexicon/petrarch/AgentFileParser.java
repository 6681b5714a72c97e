package org.khaldun.lexicon.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a PETRARCH agent file: {@code PHRASE {PLURAL} [CODE]} lines and substitution markers
 * ({@code !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON}) that stand for each of their values in later
 * phrases ({@code CONGRESS!PERSON!}). Plurals in {@code {...}} are not kept: Khaldun matches agent
 * words by lemma. A line it cannot read is reported and skipped. Stateless.
 */
final class AgentFileParser {
  private AgentFileParser() {}

  static List<PhoenixAgent> parse(String file, String text, PetrarchReport.Builder report) {
    List<PhoenixAgent> agents = new ArrayList<>();
    Map<String, List<String>> markers = new HashMap<>();
    for (SourceText.Line line : SourceText.of(file, text).lines()) {
      String content = line.content().strip();
      SourceLine at = line.at();
      if (content.startsWith("!") && content.contains("=")) {
        marker(content, at, markers, report);
        continue;
      }
      int open = content.indexOf('[');
      int close = content.indexOf(']', Math.max(open, 0));
      if (open < 0 || close < 0 || !content.substring(close + 1).isBlank()) {
        report.unreadable("agent without a [code]", at, content);
        continue;
      }
      String code = content.substring(open + 1, close).strip();
      String phrase = content.substring(0, open);
      int brace = phrase.indexOf('{');
      if (brace >= 0) {
        if (phrase.indexOf('}', brace) < 0) {
          report.unreadable("agent plural {...} not closed", at, content);
          continue;
        }
        phrase = phrase.substring(0, brace);
      }
      if (code.isEmpty() || code.contains(" ")) {
        report.unreadable("agent code is not one word", at, content);
        continue;
      }
      List<String> expanded = expand(phrase, markers);
      if (expanded == null) {
        report.unreadable("undefined or unclosed !MARKER!", at, content);
        continue;
      }
      for (String each : expanded) {
        List<String> words = ActorFileParser.words(each);
        if (words.isEmpty()) {
          report.unreadable("agent without a phrase", at, content);
          break;
        }
        agents.add(new PhoenixAgent(words, code, at));
      }
    }
    return agents;
  }

  private static void marker(
      String content,
      SourceLine at,
      Map<String, List<String>> markers,
      PetrarchReport.Builder report) {
    int end = content.indexOf('!', 1);
    int equals = content.indexOf('=');
    if (end < 0 || equals < end) {
      report.unreadable("substitution marker not '!NAME! = A, B'", at, content);
      return;
    }
    List<String> values = new ArrayList<>();
    for (String value : content.substring(equals + 1).split(",")) {
      if (!value.isBlank()) {
        values.add(value.strip());
      }
    }
    markers.put(content.substring(1, end), values);
  }

  /** The phrase with its marker replaced by each value; null for an unknown marker. */
  private static List<String> expand(String phrase, Map<String, List<String>> markers) {
    int start = phrase.indexOf('!');
    if (start < 0) {
      return List.of(phrase);
    }
    int end = phrase.indexOf('!', start + 1);
    if (end < 0 || !markers.containsKey(phrase.substring(start + 1, end))) {
      return null;
    }
    List<String> result = new ArrayList<>();
    for (String value : markers.get(phrase.substring(start + 1, end))) {
      List<String> rest =
          expand(phrase.substring(0, start) + value + phrase.substring(end + 1), markers);
      if (rest == null) {
        return null;
      }
      result.addAll(rest);
    }
    return result;
  }
}
