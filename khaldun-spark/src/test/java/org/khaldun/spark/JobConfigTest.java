package org.khaldun.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class JobConfigTest {
  private static JobConfig config(int partitions, String ner) {
    return new JobConfig(
        List.of("news"), "out", null, partitions, ner, 150, null, false, null, 2097152, 0);
  }

  @Test
  void badSettingsFailOnTheDriverWithTheOptionNamed() {
    assertThatThrownBy(() -> config(0, "time")).hasMessageContaining("--partitions");
    assertThatThrownBy(() -> config(4, "huge")).hasMessageContaining("unknown NER mode 'huge'");
  }

  @Test
  void executorsGetOneThreadAndTheSameNlpSettingsAsCode() {
    assertThat(config(4, "fast").toKhaldun().threads()).isEqualTo(1);
    assertThat(config(4, "time").toKhaldun().nlp().key())
        .isEqualTo(org.khaldun.nlp.NlpSettings.DEFAULT.key());
  }

  @Test
  void jobsThatDifferOnlyInPartitionsShareTheirStages() {
    assertThat(config(4, "time").stagesKey()).isEqualTo(config(9, "time").stagesKey());
    assertThat(config(4, "time").stagesKey()).isNotEqualTo(config(4, "fast").stagesKey());
  }

  @Test
  void aLocalMasterRetriesFailedTasksAsAClusterDoes() {
    assertThat(Sessions.withRetries("local[2]")).isEqualTo("local[2,4]");
    assertThat(Sessions.withRetries("local[*]")).isEqualTo("local[*,4]");
    assertThat(Sessions.withRetries("local")).isEqualTo("local[1,4]");
    assertThat(Sessions.withRetries("local[2,3]")).isEqualTo("local[2,3]");
    assertThat(Sessions.withRetries("spark://host:7077")).isEqualTo("spark://host:7077");
  }

  @Test
  void eventsArePartitionedByMonthAndUndatedOnesApart() {
    assertThat(Columns.month(LocalDate.of(2025, 3, 4))).isEqualTo("2025-03");
    assertThat(Columns.month(null)).isEqualTo("none");
  }
}
