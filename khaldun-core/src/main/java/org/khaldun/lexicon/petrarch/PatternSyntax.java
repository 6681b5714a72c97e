package org.khaldun.lexicon.petrarch;

import java.util.ArrayList;
import java.util.List;
import org.khaldun.lexicon.petrarch.PatternElement.Compound;
import org.khaldun.lexicon.petrarch.PatternElement.Phrase;
import org.khaldun.lexicon.petrarch.PatternElement.Prep;
import org.khaldun.lexicon.petrarch.PatternElement.SetRef;
import org.khaldun.lexicon.petrarch.PatternElement.Skip;
import org.khaldun.lexicon.petrarch.PatternElement.Source;
import org.khaldun.lexicon.petrarch.PatternElement.Target;
import org.khaldun.lexicon.petrarch.PatternElement.Word;

/**
 * Reads the body of a PETRARCH pattern, the text between the leading {@code -} and the code: the
 * elements before and after the verb's {@code *}. Stateless.
 */
final class PatternSyntax {
  private PatternSyntax() {}

  /** The elements before and after {@code *}. */
  record Body(List<PatternElement> before, List<PatternElement> after) {}

  /**
   * Parses {@code body}; throws {@link IllegalArgumentException} saying what is wrong when it is
   * not a well-formed pattern (no or several {@code *}, unbalanced brackets, nesting).
   */
  static Body parse(String body) {
    List<String> tokens = tokens(body);
    List<PatternElement> before = new ArrayList<>();
    List<PatternElement> after = null;
    int i = 0;
    while (i < tokens.size()) {
      String token = tokens.get(i);
      if (token.equals("*")) {
        if (after != null) {
          throw new IllegalArgumentException("more than one * (the verb)");
        }
        after = new ArrayList<>();
        i++;
        continue;
      }
      List<PatternElement> into = after == null ? before : after;
      if (token.equals("(")) {
        int close = closing(tokens, i, "(", ")");
        List<String> inside = tokens.subList(i + 1, close);
        if (inside.isEmpty() || !isWord(inside.get(0))) {
          throw new IllegalArgumentException(
              "a prepositional phrase must start with its preposition");
        }
        into.add(new Prep(inside.get(0), items(inside.subList(1, inside.size()), true)));
        i = close + 1;
      } else if (token.equals("{")) {
        int close = closing(tokens, i, "{", "}");
        into.add(phrase(tokens.subList(i + 1, close)));
        i = close + 1;
      } else {
        into.add(simple(token));
        i++;
      }
    }
    if (after == null) {
      throw new IllegalArgumentException("no * (the verb)");
    }
    return new Body(before, after);
  }

  private static int closing(List<String> tokens, int open, String opener, String closer) {
    for (int j = open + 1; j < tokens.size(); j++) {
      String token = tokens.get(j);
      if (token.equals(closer)) {
        return j;
      }
      if (token.equals(opener) || token.equals("(") || token.equals("*")) {
        throw new IllegalArgumentException("'" + opener + "' is not closed before " + token);
      }
    }
    throw new IllegalArgumentException("'" + opener + "' is never closed");
  }

  /** The elements inside a prepositional phrase: words, noun phrases and markers. */
  private static List<PatternElement> items(List<String> tokens, boolean allowPhrases) {
    List<PatternElement> items = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (token.equals("{") && allowPhrases) {
        int close = closing(tokens, i, "{", "}");
        items.add(phrase(tokens.subList(i + 1, close)));
        i = close;
      } else if (token.equals("(") || token.equals(")") || token.equals("{") || token.equals("}")) {
        throw new IllegalArgumentException("unexpected '" + token + "'");
      } else {
        items.add(simple(token));
      }
    }
    return items;
  }

  private static Phrase phrase(List<String> tokens) {
    List<PatternElement> parts = new ArrayList<>();
    for (PatternElement item : items(tokens, false)) {
      // {AIR_STRIKE}: words joined by _ inside braces are words of the same phrase.
      if (item instanceof Phrase inner) {
        parts.addAll(inner.parts());
      } else {
        parts.add(item);
      }
    }
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("empty {}");
    }
    for (PatternElement part : parts) {
      if (!(part instanceof Word || part instanceof SetRef)) {
        throw new IllegalArgumentException("a {...} noun phrase holds only words and synonym sets");
      }
    }
    return new Phrase(parts);
  }

  private static PatternElement simple(String token) {
    switch (token) {
      case "$":
        return new Source();
      case "+":
        return new Target();
      case "^":
        return new Skip();
      case "%":
        return new Compound();
      case ")", "}":
        throw new IllegalArgumentException("unbalanced '" + token + "'");
      default:
        break;
    }
    if (token.startsWith("&")) {
      String name = stripUnderscores(token);
      if (name.length() < 2) {
        throw new IllegalArgumentException("synonym set without a name");
      }
      return new SetRef(name);
    }
    if (!isWord(token)) {
      throw new IllegalArgumentException("'" + token + "' is not a word");
    }
    List<PatternElement> words = new ArrayList<>();
    for (String part : token.split("_")) {
      if (!part.isEmpty()) {
        words.add(new Word(part));
      }
    }
    if (words.isEmpty()) {
      throw new IllegalArgumentException("'" + token + "' is not a word");
    }
    return words.size() == 1 ? words.get(0) : new Phrase(words);
  }

  /** A word token: no markers, brackets or set sign in it. */
  static boolean isWord(String token) {
    if (token.isEmpty() || token.startsWith("&")) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if ("*$+^%(){}[]".indexOf(token.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** {@code &SET_} and {@code WORD_}: a trailing underscore only marks "no plural". */
  static String stripUnderscores(String token) {
    int end = token.length();
    while (end > 0 && token.charAt(end - 1) == '_') {
      end--;
    }
    return token.substring(0, end);
  }

  /** Splits on white space; brackets and {@code *} are tokens of their own. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || "(){}*".indexOf(c) >= 0) {
        if (word.length() > 0) {
          tokens.add(word.toString());
          word.setLength(0);
        }
        if (!Character.isWhitespace(c)) {
          tokens.add(String.valueOf(c));
        }
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      tokens.add(word.toString());
    }
    return tokens;
  }
}
