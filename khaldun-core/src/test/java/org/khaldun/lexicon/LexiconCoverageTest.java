package org.khaldun.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.khaldun.coding.PatternBook;
import org.khaldun.ontology.Cameo;

/** The bundled lexicon covers the whole CAMEO codebook. */
final class LexiconCoverageTest {
  private final LexiconCoverage coverage =
      LexiconCoverage.of(PatternBook.bundled(), Cameo.bundled());

  @Test
  void everyThreeDigitCodeHasAVerbalTrigger() {
    assertThat(coverage.uncovered()).isEmpty();
    assertThat(coverage.rows())
        .filteredOn(row -> !row.isRoot())
        .hasSize(149)
        .allSatisfy(row -> assertThat(row.verbs()).as(row.code()).isPositive());
  }

  @Test
  void rootsCountTheTriggersOfTheirCodes() {
    LexiconCoverage.Row fight =
        coverage.rows().stream().filter(r -> r.code().equals("19")).findFirst().orElseThrow();
    LexiconCoverage.Row attack =
        coverage.rows().stream().filter(r -> r.code().equals("190")).findFirst().orElseThrow();

    assertThat(fight.verbs()).isGreaterThanOrEqualTo(attack.verbs());
    assertThat(fight.nouns()).isGreaterThanOrEqualTo(attack.nouns());
  }
}
