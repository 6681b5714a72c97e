package org.khaldun.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khaldun.model.DateBasis;

final class EventRuleTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 4);

  private static MentionFacts m(
      String id, LocalDate date, String article, String outlet, LocalDate published, double c) {
    return new MentionFacts(id, date, DateBasis.TEXT, article, outlet, published, c);
  }

  @Test
  void anEventIsNamedAfterItsEarliestPublishedReportAndShowsItsMostConfidentOne() {
    List<MentionFacts> mentions =
        List.of(
            m("b2", DAY, "a1", "wire", DAY.plusDays(1), 0.9),
            m("a1", DAY, "a2", "paper", DAY.plusDays(2), 0.5),
            m("c3", DAY.plusDays(1), "a3", "wire", DAY, 0.7));
    EventSummary event = EventRule.summarise(mentions);

    assertThat(event.id()).isEqualTo("ec3");
    assertThat(event.seq()).isEqualTo(EventRule.seq("ec3")).isPositive();
    assertThat(event.representative()).isEqualTo("b2");
    assertThat(event.date()).isEqualTo(DAY);
    assertThat(event.numMentions()).isEqualTo(3);
    assertThat(event.numSources()).isEqualTo(2);
    assertThat(event.numArticles()).isEqualTo(3);
    assertThat(event.firstSeen()).isEqualTo(DAY);
    assertThat(event.lastSeen()).isEqualTo(DAY.plusDays(2));
  }

  @Test
  void groupsAndNamesDoNotDependOnTheOrderOfTheMentions() {
    List<MentionFacts> mentions = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      LocalDate date = i % 7 == 0 ? null : DAY.plusDays(i % 5 * (i % 3));
      mentions.add(m("m" + i, date, "art" + i % 4, "o" + i % 2, DAY.plusDays(i % 6), 0.5));
    }
    List<String> expected = names(mentions);
    Random random = new Random(11);
    for (int round = 0; round < 5; round++) {
      List<MentionFacts> shuffled = new ArrayList<>(mentions);
      Collections.shuffle(shuffled, random);
      assertThat(names(shuffled)).isEqualTo(expected);
    }
  }

  private static List<String> names(List<MentionFacts> mentions) {
    List<String> names = new ArrayList<>();
    for (List<MentionFacts> group : EventRule.group(mentions, f -> f)) {
      EventSummary event = EventRule.summarise(group);
      names.add(event.id() + " " + event.numMentions() + " " + event.date());
    }
    Collections.sort(names);
    return names;
  }
}
