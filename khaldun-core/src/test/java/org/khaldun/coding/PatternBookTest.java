package org.khaldun.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.DictionaryException;
import org.khaldun.lexicon.BundledLayer;
import org.khaldun.lexicon.DataText;
import org.khaldun.lexicon.Dictionaries;
import org.khaldun.ontology.Cameo;

/** The bundled event patterns and user pattern files. */
final class PatternBookTest {
  @TempDir Path temp;

  private final PatternBook book = PatternBook.bundled();

  @Test
  void bundledBookLoadsWithMoreThan150Patterns() {
    assertThat(book.size()).isGreaterThan(150);
  }

  @Test
  void everyBundledPatternCodeIsInTheOntology() {
    int patterns = 0;
    // The bundled patterns.txt is several files: the hand-written patterns and the generated ones.
    for (DataText text : BundledLayer.INSTANCE.texts("patterns.txt")) {
      String[] lines = text.text().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty()
            || line.startsWith("#")
            || line.startsWith("wrap ")
            || line.startsWith("class ")) {
          continue;
        }
        String code = line.split("\\s+")[0];
        // A 4-digit code (1821) is coded as its 3-digit parent, as PatternBook does.
        String coded = code.length() == 4 ? code.substring(0, 3) : code;
        assertThat(Cameo.bundled().contains(coded))
            .as("%s:%d code %s", text.origin(), i + 1, code)
            .isTrue();
        patterns++;
      }
    }

    assertThat(patterns).isEqualTo(book.size());
  }

  @Test
  void everyTriggerIndexesItsPatternUnderTheCodeItsLineGives() {
    assertThat(book.triggers()).hasSizeGreaterThan(300);
    for (TriggerEntry entry : book.triggers()) {
      List<Pattern> indexed =
          entry.noun()
              ? book.nounPatterns(PatternBook.nounKey(entry.word()))
              : book.verbPatterns(PatternBook.verbKey(entry.word()));
      String written = entry.definition().split("\\s+")[0];
      String expected = written.length() == 4 ? written.substring(0, 3) : written;
      assertThat(indexed)
          .as("%s at %s", entry.word(), entry.line())
          .anySatisfy(
              p -> {
                assertThat(p.line()).isEqualTo(entry.line());
                assertThat(p.code()).isEqualTo(expected).isEqualTo(entry.code());
              });
    }
  }

  @Test
  void userPatternWithUnknownCodeFailsNamingFileAndLine() throws IOException {
    Path file = userFile("# mine\n\n999 frobnicate  T:obj  = test/unknown-code");

    assertFails(file, ":3:", "unknown CAMEO code 999");
  }

  @Test
  void userPatternWithUnknownElementFailsNamingFileAndLine() throws IOException {
    Path file = userFile("# mine\n042 frobnicate  sometimes  = test/element");

    assertFails(file, ":2:", "unknown element 'sometimes'");
  }

  @Test
  void userPatternWithUnknownSlotFailsNamingFileAndLine() throws IOException {
    Path file = userFile("042 frobnicate  T:beneath  = test/slot");

    assertFails(file, ":1:", "unknown slot 'beneath'");
  }

  @Test
  void wrapLineWithoutModeFailsNamingFileAndLine() throws IOException {
    Path file = userFile("# mine\nwrap frobnicate");

    assertFails(file, ":2:", "wrap LEMMAS MODE");
  }

  @Test
  void wrapLineWithUnknownModeFailsNamingFileAndLine() throws IOException {
    Path file = userFile("# mine\n\nwrap frobnicate  perhaps");

    assertFails(file, ":3:", "unknown wrap mode perhaps");
  }

  @Test
  void validUserPatternIsAddedToTheBundledOnes() throws IOException {
    Path file =
        userFile(
            "# mine\n042 frobnicate  T:obj|loc  loc  = consult/frobnicate\nwrap frobnicate  intent");

    PatternBook extended =
        PatternBook.load(Dictionaries.parse(file.getParent().toString()), Cameo.bundled());

    assertThat(book.verbPatterns("frobnicate")).isEmpty();
    assertThat(extended.verbPatterns("frobnicate"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("042");
              assertThat(p.name()).isEqualTo("consult/frobnicate");
              assertThat(p.line()).isEqualTo(file + ":2");
            });
    assertThat(extended.wrapper("frobnicate")).isEqualTo(WrapMode.INTENT);
    assertThat(extended.size()).isEqualTo(book.size() + 1);
    assertThat(extended.verbPatterns("accuse")).isEqualTo(book.verbPatterns("accuse"));
  }

  @Test
  void aUserPatternOfEqualSpecificityWinsOverTheBundledOne() throws IOException {
    Pattern bundled = book.verbPatterns("phone").get(0);
    Path file = userFile("040 phone  T:obj  = mine/phone-is-consult");

    PatternBook extended =
        PatternBook.load(Dictionaries.parse(file.getParent().toString()), Cameo.bundled());
    List<Pattern> phones = extended.verbPatterns("phone");

    assertThat(bundled.name()).isEqualTo("consult/phone");
    assertThat(phones.get(0).name()).isEqualTo("mine/phone-is-consult");
    assertThat(phones.get(0).specificity()).isEqualTo(bundled.specificity());
    assertThat(phones).extracting(Pattern::name).contains("consult/phone");
  }

  @Test
  void wordClassesExpandInPatternsAndUnknownClassesFailNamingTheLine() throws IOException {
    Path file =
        userFile(
            "class mine frobnicate|grobnicate\n042 @mine  T:obj  = mine/class\n042 @nothere  = mine/bad");

    assertFails(file, ":3:", "unknown word class @nothere");
  }

  @Test
  void hyphenatedNounIsIndexedUnderItsHead() {
    assertThat(book.nounPatterns("call")).extracting(Pattern::name).contains("consult/phone-call");
  }

  @Test
  void hyphenatedNounIsIndexedUnderHyphenatedAndSolidSpellings() {
    assertThat(book.nounPatterns("air-strike"))
        .extracting(Pattern::name)
        .contains("fight/air-strikes");
    assertThat(book.nounPatterns("airstrike"))
        .extracting(Pattern::name)
        .contains("fight/air-strikes");
    assertThat(book.nounPatterns("phonecall"))
        .extracting(Pattern::name)
        .contains("consult/phone-call");
  }

  @Test
  void verbWithParticleIsIndexedUnderItsVerb() {
    assertThat(book.verbPatterns("call"))
        .extracting(Pattern::name)
        .contains("yield/call-off-dissent");
  }

  @Test
  void patternsOfATriggerComeMostSpecificFirst() {
    List<Pattern> calls = book.verbPatterns("call");

    assertThat(calls).hasSizeGreaterThan(1);
    for (int i = 1; i < calls.size(); i++) {
      assertThat(calls.get(i - 1).specificity()).isGreaterThanOrEqualTo(calls.get(i).specificity());
    }
  }

  @Test
  void nounKeysFollowTheHeadRule() {
    assertThat(PatternBook.nounKey("phone-call")).isEqualTo("call");
    assertThat(PatternBook.nounKey("state-of-emergency")).isEqualTo("state");
    assertThat(PatternBook.verbKey("call_off")).isEqualTo("call");
  }

  private Path userFile(String text) throws IOException {
    return Files.writeString(temp.resolve("patterns.txt"), text + "\n", StandardCharsets.UTF_8);
  }

  private static void assertFails(Path file, String line, String reason) {
    assertThatThrownBy(
            () ->
                PatternBook.load(Dictionaries.parse(file.getParent().toString()), Cameo.bundled()))
        .isInstanceOf(DictionaryException.class)
        .hasMessageContaining(file + line)
        .hasMessageContaining(reason);
  }
}
