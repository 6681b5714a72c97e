package org.khaldun.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.model.CodedEvent;
import org.khaldun.testkit.Coding;

final class EventsFileTest {
  @TempDir Path dir;

  private static CodedEvent call() {
    return Coding.code(
            "Iranian President Ebrahim Raisi phoned Saudi Crown Prince Mohammed bin Salman on Wednesday.")
        .events()
        .get(0);
  }

  /** The event with a lone surrogate in its evidence, as an escaped one in a JSON line gives. */
  private static CodedEvent withLoneSurrogate(CodedEvent e) {
    return new CodedEvent(
        e.article(),
        e.sentence(),
        e.source(),
        e.target(),
        e.code(),
        e.trigger(),
        e.date(),
        e.dateBasis(),
        e.datePrecision(),
        e.pattern(),
        e.confidence(),
        e.evidence() + " \uD800",
        e.explanation());
  }

  @Test
  void recordsAreRenamedOntoTheTargetWhenClosedAndNoPartialFileIsLeft() throws Exception {
    Path target = dir.resolve("events.jsonl");
    EventsFile file = new EventsFile(target);
    file.write(call());
    assertThat(target).doesNotExist();

    file.close();

    assertThat(Files.readAllLines(target, StandardCharsets.UTF_8)).hasSize(1);
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("events.jsonl");
    }
  }

  @Test
  void aCharacterUtf8CannotCarryIsReplacedAndCostsNoRecord() throws Exception {
    Path target = dir.resolve("odd.jsonl");
    try (EventsFile file = new EventsFile(target)) {
      file.write(withLoneSurrogate(call()));
      file.write(call());
    }

    List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("\uFFFD");
  }
}
