package org.khaldun.store.foreign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.khaldun.InputException;
import org.khaldun.model.CodedEvent;
import org.khaldun.store.CodedArticle;

/** ICEWS rows become one event record each, with Khaldun's codes; bad rows say why. */
final class IcewsFormatTest {
  private static final String HEADER =
      "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code"
          + "\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number"
          + "\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude";

  private static CodedArticle row(String... fields) {
    return new IcewsFormat().rows("f.tab", HEADER).read(2, String.join("\t", fields));
  }

  private static String[] call(String sourceSectors, String sourceCountry, String code) {
    return new String[] {
      "7",
      "2024-05-06",
      "Police (Kenya)",
      sourceSectors,
      sourceCountry,
      "Arrest",
      code,
      "-5",
      "Protester (Kenya)",
      "Protestors / Popular Opposition / Mobs",
      "Kenya",
      "12",
      "3",
      "Example Post",
      "",
      "",
      "",
      "Kenya",
      "",
      ""
    };
  }

  @Test
  void aRowIsOneReportOfItsOwnDatedOnTheEventWithCountriesAsIsoCodes() {
    CodedArticle coded = row(call("Police", "Kenya", "173"));
    CodedEvent event = coded.mentions().get(0).event();

    assertThat(coded.article().id()).isEqualTo("icews-7");
    assertThat(coded.article().source()).isEqualTo("Example Post");
    assertThat(coded.article().published()).hasToString("2024-05-06");
    assertThat(event.source().code().code()).isEqualTo("KENCOP");
    assertThat(event.target().code().code()).isEqualTo("KENOPP");
    assertThat(event.code().code()).isEqualTo("173");
    assertThat(event.date()).hasToString("2024-05-06");
    // The offsets point at the names and the event in the record's text.
    String text = coded.article().text();
    assertThat(text.substring(event.source().begin(), event.source().endChar()))
        .isEqualTo("Police (Kenya)");
    assertThat(text.substring(event.target().begin(), event.target().endChar()))
        .isEqualTo("Protester (Kenya)");
    assertThat(text.substring(event.trigger().begin(), event.trigger().end())).isEqualTo("Arrest");
    assertThat(text).contains("ICEWS event 7, story 12, sentence 3, Example Post.");
  }

  @Test
  void invertedCountryNamesAndOrganisationsWithoutCountryAreKnown() {
    assertThat(
            row(call("Government", "Korea, Republic of", "043"))
                .mentions()
                .get(0)
                .event()
                .source()
                .code()
                .code())
        .isEqualTo("KORGOV");
    assertThat(ActorNames.bundled().organisation("United Nations").code()).isEqualTo("IGOUNO");
  }

  @Test
  void theMostSpecificSectorWins() {
    assertThat(Sectors.of("Government,Military,Army")).isEqualTo("MIL");
    assertThat(Sectors.of("Government,Executive,Cabinet")).isEqualTo("GOV");
    assertThat(Sectors.of("Legislative / Parliamentary,Government")).isEqualTo("LEG");
    assertThat(Sectors.of("Political Parties")).isEqualTo("PTY");
    assertThat(Sectors.of("Department of Defense")).isNull();
    assertThat(Sectors.of("")).isNull();
  }

  @Test
  void codesThatLostTheirLeadingZeroOrAreFinerThanTheTableAreRead() {
    assertThat(row(call("Police", "Kenya", "43")).mentions().get(0).event().code().code())
        .isEqualTo("043");
    assertThat(row(call("Police", "Kenya", "0233")).mentions().get(0).event().code().code())
        .isEqualTo("023");
  }

  @Test
  void badRowsNameTheFileTheLineAndWhy() {
    assertThatThrownBy(() -> row(call("Police", "Atlantis", "173")))
        .isInstanceOf(InputException.class)
        .hasMessage("f.tab:2: unknown source country 'Atlantis'");
    assertThatThrownBy(() -> row(call("Police", "Kenya", "999")))
        .hasMessage("f.tab:2: unknown CAMEO code '999'");
    assertThatThrownBy(() -> row("7", "2024-05-06"))
        .hasMessage("f.tab:2: expected 20 tab-separated fields as the header has, found 2");
    String[] noDate = call("Police", "Kenya", "173");
    noDate[1] = "06/05/2024";
    assertThatThrownBy(() -> row(noDate))
        .hasMessage("f.tab:2: Event Date is not YYYY-MM-DD: '06/05/2024'");
    assertThatThrownBy(() -> new IcewsFormat().rows("g.csv", "id,date,code"))
        .hasMessageStartingWith(
            "g.csv:1: not an ICEWS event file: the header (tab-separated) lacks");
  }
}
