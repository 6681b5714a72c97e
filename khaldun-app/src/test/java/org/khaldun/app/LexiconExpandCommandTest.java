package org.khaldun.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconExpandCommandTest {
  @TempDir Path dir;

  private int run(String... args) {
    return Main.execute(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
  }

  @Test
  void applyWritesThePatternsOfTheKeptDecisions() throws Exception {
    Path decisions = dir.resolve("decisions.tsv");
    Path out = dir.resolve("patterns.txt");
    Files.writeString(
        decisions,
        "kept\t190\tverb\twaylay\tambush\tsynonym\tambush sense\n"
            + "dropped\t190\tverb\tbushwhack\tambush\tsynonym\tinformal\n",
        StandardCharsets.UTF_8);
    assertThat(
            run(
                "lexicon",
                "expand",
                "--apply",
                "--decisions",
                decisions.toString(),
                "--out",
                out.toString()))
        .isZero();
    // The copy has the elements of ambush's pattern in the bundled lexicon, whatever they are now.
    assertThat(Files.readString(out))
        .containsPattern("\n190 waylay  [^\n]*  = fight/attack~wn  # synonym of ambush\n")
        .doesNotContain("bushwhack");
  }

  @Test
  void proposalsLeaveOutWhatIsDecided() throws Exception {
    Path decisions = dir.resolve("decisions.tsv");
    Path open = dir.resolve("open.tsv");
    Files.writeString(
        decisions, "dropped\t014\tverb\tponder\tmull\tsynonym\tto test\n", StandardCharsets.UTF_8);
    assertThat(
            run(
                "lexicon",
                "expand",
                "--decisions",
                decisions.toString(),
                "--proposals",
                open.toString()))
        .isZero();
    assertThat(Files.readString(open))
        .startsWith("code\tpos\tcandidate\tfrom\trelation\t")
        .contains("014\tverb\tchew_over\tmull\tsynonym\t")
        .doesNotContain("\tponder\t");
  }
}
