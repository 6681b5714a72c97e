package org.khaldun.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.khaldun.model.CodedEvent;
import org.khaldun.testkit.Coding;

/** How the command line renders events for people. */
final class EventTableTest {
  private static final String CALL =
      "Iranian President Ebrahim Raisi phoned Saudi Crown Prince Mohammed bin Salman on Wednesday.";

  @Test
  void rowShowsDateActorsCodeNameAndEvidence() {
    CodedEvent event = Coding.assertCodes(CALL, "IRN", "SAU", "041");
    StringWriter out = new StringWriter();
    EventTable table = new EventTable(new PrintWriter(out), false);

    table.row(event);
    table.finish();

    assertThat(out.toString())
        .isEqualTo(
            "date        source                     event                              target                     evidence\n"
                + "2023-10-11  IRNGOV Ebrahim Raisi       041 Discuss by telephone           SAUGOV Mohammed bin Salman"
                + " …Ebrahim Raisi phoned Saudi Crown Prince Mohammed bin Salman …\n");
  }

  @Test
  void excerptKeepsTheTriggerInView() {
    String long1 =
        "Kenyan President Daniel Arap Tano visited Uganda on Sunday. Tano met Ugandan officials in Kampala.";
    CodedEvent meeting =
        Coding.events(long1).stream().filter(e -> e.sentence() == 1).findFirst().orElseThrow();

    assertThat(EventTable.excerpt(meeting)).contains("met");
  }
}
