package org.khaldun.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.khaldun.actors.ActorDictionary;
import org.khaldun.actors.DictionaryActorResolver;
import org.khaldun.coding.DependencyCoder;
import org.khaldun.coding.PatternBook;
import org.khaldun.model.ActorMention;
import org.khaldun.model.AnalysisText;
import org.khaldun.model.AnnotatedArticle;
import org.khaldun.model.CodedEvent;
import org.khaldun.ontology.Cameo;
import org.khaldun.pipeline.Stages;

/**
 * One-line checks of the coder on hand-checked parses, with no NLP models: {@code
 * assertCodes("Iranian President Ebrahim Raisi phoned Saudi Crown Prince Mohammed bin Salman on
 * Wednesday.", "IRN", "SAU", "041")}. Texts are looked up in {@code fixtures/*.parse}; to add one,
 * run {@code ./khaldun parse --conllu - } on a line "YYYY-MM-DD<TAB>text", check the parse, and
 * append it.
 */
public final class Coding {
  private static final Map<String, AnnotatedArticle> FIXTURES =
      load("org/khaldun/fixtures/coding.parse");
  private static final Stages STAGES =
      new Stages(
          article -> {
            throw new AssertionError("the test kit codes hand-checked parses only");
          },
          new DictionaryActorResolver(ActorDictionary.bundled()),
          new DependencyCoder(PatternBook.bundled(), Cameo.bundled()));

  private Coding() {}

  private static Map<String, AnnotatedArticle> load(String resource) {
    try (InputStream in = Coding.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("test fixture " + resource + " is missing");
      }
      Map<String, AnnotatedArticle> byText = new HashMap<>();
      for (AnnotatedArticle article :
          AnalysisText.read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
        byText.put(article.text(), article);
      }
      return byText;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The hand-checked analysis of {@code text}. */
  public static AnnotatedArticle article(String text) {
    AnnotatedArticle article = FIXTURES.get(text);
    if (article == null) {
      throw new AssertionError(
          "no hand-checked parse for \""
              + text
              + "\" in fixtures/coding.parse;"
              + " produce one with ./khaldun parse --conllu, check it, and add it");
    }
    return article;
  }

  public static Stages.Result code(String text) {
    return STAGES.codeAnnotated(article(text));
  }

  public static List<CodedEvent> events(String text) {
    return code(text).events();
  }

  public static List<ActorMention> actors(String text) {
    return code(text).mentions();
  }

  /**
   * Asserts an event from {@code source} to {@code target} (country or international codes) with
   * the CAMEO code.
   */
  public static CodedEvent assertCodes(String text, String source, String target, String cameo) {
    List<CodedEvent> events = events(text);
    for (CodedEvent event : events) {
      if (key(event.source()).equals(source)
          && (target == null
              ? event.target() == null
              : event.target() != null && key(event.target()).equals(target))
          && event.code().code().equals(cameo)) {
        return event;
      }
    }
    throw new AssertionError(
        "expected "
            + source
            + " -"
            + cameo
            + "-> "
            + target
            + " in \""
            + text
            + "\" but the coder found:\n"
            + describe(events));
  }

  public static void assertNoEvents(String text) {
    List<CodedEvent> events = events(text);
    assertThat(events).as("events of \"%s\":%n%s", text, describe(events)).isEmpty();
  }

  /** Asserts no event with the given CAMEO root in {@code text}. */
  public static void assertNoEventWithRoot(String text, String root) {
    List<CodedEvent> events = events(text);
    assertThat(events.stream().filter(e -> e.code().root().equals(root)).toList())
        .as("events with root %s in \"%s\":%n%s", root, text, describe(events))
        .isEmpty();
  }

  private static String key(ActorMention actor) {
    return actor.code().country() != null ? actor.code().country() : actor.code().code();
  }

  public static String describe(List<CodedEvent> events) {
    if (events.isEmpty()) {
      return "  (no events)";
    }
    return events.stream()
        .map(
            e ->
                "  "
                    + e.source().code().code()
                    + " -"
                    + e.code().code()
                    + "-> "
                    + (e.target() == null ? "-" : e.target().code().code())
                    + " on "
                    + e.date()
                    + " ("
                    + e.dateBasis().label()
                    + ") "
                    + e.explanation())
        .collect(Collectors.joining("\n"));
  }
}
