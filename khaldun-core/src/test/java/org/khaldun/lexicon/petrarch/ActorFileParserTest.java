package org.khaldun.lexicon.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khaldun.lexicon.petrarch.PhoenixActor.Role;

/** Reading PETRARCH actor and agent files, on synthetic snippets. */
final class ActorFileParserTest {
  private final PetrarchReport.Builder report = new PetrarchReport.Builder();

  private List<PhoenixActor> parse(String text) {
    return ActorFileParser.parse("a.txt", text, report);
  }

  @Test
  void entryCollectsSynonymsAndInlineCodes() {
    List<PhoenixActor> actors =
        parse("# c\nFREEDONIA_  [FRD]\n+FREEDONIAN_ \n+REPUBLIC_OF_FREEDONIA\n");

    assertThat(actors).hasSize(1);
    PhoenixActor actor = actors.get(0);
    assertThat(actor.names())
        .containsExactly(
            List.of("FREEDONIA"), List.of("FREEDONIAN"), List.of("REPUBLIC", "OF", "FREEDONIA"));
    assertThat(actor.roles()).extracting(Role::code).containsExactly("FRD");
    assertThat(actor.at()).isEqualTo(new SourceLine("a.txt", 2));
  }

  @Test
  void rolesOnFollowingIndentedLinesCarryTheirDates() {
    List<PhoenixActor> actors =
        parse(
            "RUFUS_FIREFLY_  # CountryInfo.txt\n"
                + "\t[FRDGOV 960618-990706]\n"
                + "\t[FRDGOV >090401]\n"
                + "\t[FRDELI <19330101]\n"
                + "\t[FRDELI]\n");

    List<Role> roles = actors.get(0).roles();
    assertThat(roles.get(0).from()).isEqualTo(LocalDate.of(1996, 6, 18));
    // PETRARCH's end date is the first day the role no longer applies.
    assertThat(roles.get(0).to()).isEqualTo(LocalDate.of(1999, 7, 5));
    assertThat(roles.get(1).from()).isEqualTo(LocalDate.of(2009, 4, 1));
    assertThat(roles.get(1).to()).isNull();
    assertThat(roles.get(2).from()).isNull();
    assertThat(roles.get(2).to()).isEqualTo(LocalDate.of(1932, 12, 31));
    assertThat(roles.get(3).dated()).isFalse();
  }

  @Test
  void twoDigitYearsUpToThirtyAreThisCentury() {
    assertThat(PetrarchDates.parse("300101")).isEqualTo(LocalDate.of(2030, 1, 1));
    assertThat(PetrarchDates.parse("310101")).isEqualTo(LocalDate.of(1931, 1, 1));
    assertThat(PetrarchDates.parse("20120219")).isEqualTo(LocalDate.of(2012, 2, 19));
  }

  @Test
  void severalInlineCodesAreAllRead() {
    List<PhoenixActor> actors = parse("ANN_OTHER_\t[USAGOV 010120-050120] [IGOUNOKID >050501]\n");

    assertThat(actors.get(0).roles()).extracting(Role::code).containsExactly("USAGOV", "IGOUNOKID");
  }

  @Test
  void badCodesAreReportedWithTheirLineAndTheEntryKept() {
    List<PhoenixActor> actors =
        parse("GROUCHO_\n\t[FRDGOV 20121207-20120802]\n\t[FRDGOV 9008223-911221]\n\t[FRDELI]\n");

    assertThat(actors.get(0).roles()).extracting(Role::code).containsExactly("FRDELI");
    PetrarchReport built = report.build();
    assertThat(built.totalUnreadable()).isEqualTo(2);
    assertThat(built.unreadable().keySet())
        .anyMatch(k -> k.contains("ends before it begins"))
        .anyMatch(k -> k.contains("neither YYMMDD nor YYYYMMDD"));
    assertThat(built.unreadable().values().iterator().next().examples().get(0))
        .startsWith("a.txt:2");
  }

  @Test
  void codeLineBeforeAnyActorIsReported() {
    parse("\t[FRDGOV]\nCHICOLINI_ [FRDCVL]\n");

    assertThat(report.build().unreadable()).containsKey("code or synonym line before any actor");
  }

  @Test
  void agentMarkersStandForEachOfTheirValues() {
    List<PhoenixAgent> agents =
        AgentFileParser.parse(
            "ag.txt",
            "!PERSON! = MAN, WOMAN\nCONGRESS!PERSON! [~LEG]\nPOLICE {} [~COP] # x\nNOCODE\n",
            report);

    assertThat(agents)
        .extracting(a -> String.join("_", a.words()), PhoenixAgent::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CONGRESSMAN", "~LEG"),
            org.assertj.core.groups.Tuple.tuple("CONGRESSWOMAN", "~LEG"),
            org.assertj.core.groups.Tuple.tuple("POLICE", "~COP"));
    assertThat(report.build().unreadable().get("agent without a [code]").examples())
        .containsExactly("ag.txt:4  NOCODE");
  }

  @Test
  void discardsTellSentenceFromStoryPhrases() {
    List<PhoenixDiscard> discards =
        PhoenixDiscard.parse("d.txt", "# sports\n+ACADEMY AWARD  # LRP\nBASEBALL\n");

    assertThat(discards)
        .containsExactly(
            new PhoenixDiscard("ACADEMY AWARD", true, new SourceLine("d.txt", 2)),
            new PhoenixDiscard("BASEBALL", false, new SourceLine("d.txt", 3)));
  }
}
