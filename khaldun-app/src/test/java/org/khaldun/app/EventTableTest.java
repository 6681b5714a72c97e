package org.khaldun.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.khaldun.model.CodedEvent;
import org.khaldun.model.Trigger;
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
  void excerptOfALongSentenceKeepsTheTriggerInView() {
    CodedEvent call = Coding.assertCodes(CALL, "IRN", "SAU", "041");
    String evidence =
        "According to officials who spoke on condition of anonymity about the talks on Tuesday,"
            + " the two leaders finally telephoned each other late in the evening after weeks.";
    int at = evidence.indexOf("telephoned");
    CodedEvent late =
        new CodedEvent(
            call.article(),
            call.sentence(),
            call.source(),
            call.target(),
            call.code(),
            new Trigger("telephoned", call.trigger().token(), at, at + "telephoned".length()),
            call.date(),
            call.dateBasis(),
            call.datePrecision(),
            call.pattern(),
            call.confidence(),
            evidence,
            call.explanation());

    String excerpt = EventTable.excerpt(late);

    assertThat(evidence.length()).isGreaterThan(120);
    assertThat(at).isGreaterThan(100);
    assertThat(excerpt).contains("telephoned").startsWith("…").hasSizeLessThan(70);
  }
}
