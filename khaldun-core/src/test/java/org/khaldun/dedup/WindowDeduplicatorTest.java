package org.khaldun.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.khaldun.model.CodedEvent;
import org.khaldun.model.DateBasis;
import org.khaldun.model.DatePrecision;
import org.khaldun.testkit.Coding;

final class WindowDeduplicatorTest {
  private static final CodedEvent CALL =
      Coding.events(
              "Iranian President Ebrahim Raisi phoned Saudi Crown Prince Mohammed bin Salman on Wednesday.")
          .get(0);
  private static final LocalDate DAY = LocalDate.of(2023, 10, 11);

  /** The call as reported by article {@code id}, dated {@code offset} days after DAY. */
  private static CodedEvent call(String id, int offset) {
    return CALL.withDate(DAY.plusDays(offset), DateBasis.TEXT, DatePrecision.DAY).withArticle(id);
  }

  /** Each event as its date and the articles of its mentions, sorted. */
  private static Set<String> events(List<CodedEvent> mentions) {
    Set<String> events = new TreeSet<>();
    for (Event event : new WindowDeduplicator().merge(mentions)) {
      Set<String> articles = new TreeSet<>();
      for (CodedEvent mention : event.mentions()) {
        articles.add(mention.article());
        assertThat(Math.abs(mention.date().toEpochDay() - event.date().toEpochDay()))
            .as("every mention is within a day of its event")
            .isLessThanOrEqualTo(WindowDeduplicator.WINDOW_DAYS);
      }
      events.add(event.date() + " " + articles);
    }
    return events;
  }

  @Test
  void aChainOfDaysGroupsTheSameWhicheverDayArrivesFirst() {
    List<CodedEvent> forward = List.of(call("a", 0), call("b", 1), call("c", 2));
    List<CodedEvent> backward = List.of(call("c", 2), call("b", 1), call("a", 0));

    assertThat(events(backward)).isEqualTo(events(forward));
    assertThat(events(forward)).containsExactly("2023-10-11 [a, b]", "2023-10-13 [c]");
  }

  @Test
  void anyOrderOfManyReportsGivesTheSameEvents() {
    Random random = new Random(9);
    List<CodedEvent> mentions = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      mentions.add(call("r" + i, random.nextInt(20)));
    }
    Set<String> expected = events(mentions);
    for (int shuffle = 0; shuffle < 20; shuffle++) {
      Collections.shuffle(mentions, random);
      assertThat(events(mentions)).isEqualTo(expected);
    }
  }

  @Test
  void eventsComeInTheOrderOfTheirFirstMentionWithMentionsInInputOrder() {
    List<Event> events =
        new WindowDeduplicator().merge(List.of(call("x", 5), call("y", 0), call("z", 5)));

    assertThat(events).extracting(e -> e.mentions().get(0).article()).containsExactly("x", "y");
    assertThat(events.get(0).mentions()).extracting(CodedEvent::article).containsExactly("x", "z");
  }
}
