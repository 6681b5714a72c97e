package org.khaldun.lexicon.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.DictionaryException;
import org.khaldun.actors.ActorDictionary;
import org.khaldun.coding.PatternBook;
import org.khaldun.coding.TriggerEntry;
import org.khaldun.lexicon.DataText;
import org.khaldun.lexicon.Dictionaries;
import org.khaldun.ontology.Cameo;

/** A directory of PETRARCH dictionaries as a dictionary layer. */
final class PetrarchLayerTest {
  @TempDir Path dir;

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  private void writeAll() throws IOException {
    write("CAMEO.test.txt", "&TRUCE\n+TRUCE\n\n--- MEET [040] ---\nMEET\n- * (WITH +) [043]\n");
    write("Test.Countries.actors.txt", "FREEDONIA_ [FRD]\nRUFUS_FIREFLY_\n\t[FRDGOV >330101]\n");
    write("Test.agents.txt", "MINISTER [~GOV]\n");
    write("Test.discards.txt", "+ACADEMY AWARD\nBASEBALL\n");
    write("README.md", "--- NOT [010] ---\n- * A [010]\n");
  }

  @Test
  void filesAreKnownByTheirNamesOrElseByTheirContent() throws IOException {
    writeAll();
    write("notes.txt", "nothing to see\n");

    PetrarchFiles files = PetrarchFiles.scan(dir);

    assertThat(files.verbs())
        .extracting(p -> p.getFileName().toString())
        .containsExactly("CAMEO.test.txt");
    assertThat(files.actors()).hasSize(1);
    assertThat(files.agents()).hasSize(1);
    assertThat(files.discards()).hasSize(1);
    assertThat(files.ignored())
        .extracting(p -> p.getFileName().toString())
        .containsExactly("README.md", "notes.txt");
    assertThat(PetrarchFiles.sniff("X [~GOV]\nY [~MIL]\n")).isEqualTo("agents");
    assertThat(PetrarchFiles.sniff("X [USA]\n+Y\n")).isEqualTo("actors");
  }

  @Test
  void directoryWithoutPetrarchDictionariesIsRefusedByName() throws IOException {
    write("notes.txt", "nothing to see\n");

    assertThatThrownBy(() -> Dictionaries.parse("petrarch:" + dir))
        .isInstanceOf(DictionaryException.class)
        .hasMessageContaining(dir.toString())
        .hasMessageContaining("holds no PETRARCH dictionary");
    assertThatThrownBy(() -> new PetrarchLayer(dir.resolve("missing")))
        .isInstanceOf(DictionaryException.class)
        .hasMessageContaining("missing");
  }

  @Test
  void convertedTextsLoadThroughKhaldunsLoadersAndNameTheirSource() throws IOException {
    writeAll();
    Dictionaries dictionaries = Dictionaries.parse("petrarch:" + dir);
    PetrarchLayer layer = (PetrarchLayer) dictionaries.layers().get(0);

    ActorDictionary actors = ActorDictionary.load(dictionaries);
    PatternBook book = PatternBook.load(dictionaries, Cameo.bundled());

    assertThat(actors.isCountry("FRD")).isTrue();
    assertThat(actors.countryName("FRD")).isEqualTo("Freedonia");
    assertThat(book.triggers())
        .extracting(TriggerEntry::code, TriggerEntry::word, TriggerEntry::pattern)
        .contains(
            org.assertj.core.groups.Tuple.tuple("043", "meet", "petrarch/meet"),
            org.assertj.core.groups.Tuple.tuple("040", "meet", "petrarch/meet"));
    assertThat(layer.texts("grammar.txt")).isEmpty();
    List<DataText> patterns = layer.texts("patterns.txt");
    assertThat(patterns).hasSize(1);
    assertThat(patterns.get(0).origin()).endsWith("CAMEO.test.txt (converted patterns.txt)");
    assertThat(patterns.get(0).text()).contains("# CAMEO.test.txt:6\n");
    assertThat(layer.texts("people.tsv").get(0).text())
        .contains("\tFRD\tGOV\tFRDGOV\t1933-01-01\t-");
  }

  @Test
  void reportCountsReadConvertedAndLeftOutAndRendersAsText() throws IOException {
    writeAll();
    PetrarchReport report = new PetrarchLayer(dir).report();

    assertThat(report.read()).containsEntry("verb patterns", 1).containsEntry("discard phrases", 2);
    assertThat(report.converted()).containsEntry("patterns.txt: patterns", 1);
    assertThat(report.leftOut(PetrarchConversion.DISCARD)).isEqualTo(2);
    assertThat(report.render())
        .contains("verbs: [CAMEO.test.txt]")
        .contains("discard phrase: Khaldun has no discard mechanism")
        .contains("e.g. Test.discards.txt:1  +ACADEMY AWARD");
  }

  @Test
  void conversionRunsOnceWhateverTheThreads() throws Exception {
    writeAll();
    PetrarchLayer layer = new PetrarchLayer(dir);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<PetrarchReport>> reports =
          pool.invokeAll(java.util.Collections.nCopies(8, layer::report));
      PetrarchReport first = reports.get(0).get();
      for (Future<PetrarchReport> report : reports) {
        assertThat(report.get()).isSameAs(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void unreadableLinesDoNotStopTheConversion() throws IOException {
    write("CAMEO.test.txt", "--- MEET [040] ---\nMEET\n- * (WITH [043]\n- * TALKS [040]\n");

    PetrarchReport report = new PetrarchLayer(dir).report();

    assertThat(report.totalUnreadable()).isEqualTo(1);
    assertThat(report.unreadable().values().iterator().next().examples().get(0))
        .startsWith("CAMEO.test.txt:3");
    assertThat(report.converted()).containsEntry("patterns.txt: patterns", 1);
  }
}
