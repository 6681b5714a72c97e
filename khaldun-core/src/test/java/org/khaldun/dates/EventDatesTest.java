package org.khaldun.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.khaldun.model.AnalysisText;
import org.khaldun.model.DateBasis;
import org.khaldun.model.DatePrecision;
import org.khaldun.model.Sentence;

final class EventDatesTest {
  /** A Thursday. */
  private static final LocalDate PUB = LocalDate.of(2023, 10, 12);

  // ---- TimeValues: one expression against the publication date ----

  @Test
  void bareWeekdayBeforePublicationResolvesToThatDay() {
    assertThat(day("Wednesday", "2023-10-11")).isEqualTo(LocalDate.of(2023, 10, 11));
  }

  @Test
  void bareWeekdayThatSutimePutInTheFutureResolvesToMostRecentDayBeforePublication() {
    assertThat(day("Saturday", "2023-10-14")).isEqualTo(LocalDate.of(2023, 10, 7));
    assertThat(day("Sunday", "2023-10-15")).isEqualTo(LocalDate.of(2023, 10, 8));
  }

  @Test
  void publicationWeekdayResolvesToPublicationItself() {
    assertThat(day("Thursday", "2023-10-12")).isEqualTo(PUB);
  }

  @Test
  void lastPublicationWeekdayMeansAWeekBefore() {
    assertThat(day("last Thursday", "2023-10-05")).isEqualTo(LocalDate.of(2023, 10, 5));
    assertThat(day("last Wednesday", "2023-10-11")).isEqualTo(LocalDate.of(2023, 10, 11));
  }

  @Test
  void nextWeekdayGivesNoDate() {
    assertThat(TimeValues.resolve("next Friday", "2023-10-20", "DATE", PUB)).isNull();
  }

  @Test
  void todayAndYesterdayAreRelativeToPublication() {
    assertThat(day("today", "2023-10-12")).isEqualTo(PUB);
    assertThat(day("yesterday", "2023-10-11")).isEqualTo(LocalDate.of(2023, 10, 11));
    assertThat(day("today", "PRESENT_REF")).isEqualTo(PUB);
  }

  @Test
  void yearlessMonthInTheFutureIsLastYearsWithMonthPrecision() {
    ResolvedDate resolved = TimeValues.resolve("March", "2024-03", "DATE", PUB);

    assertThat(resolved)
        .isEqualTo(
            new ResolvedDate(
                LocalDate.of(2023, 3, 1), DateBasis.TEXT, DatePrecision.MONTH, "March"));
  }

  @Test
  void monthAndDayInThePastIsThatDay() {
    ResolvedDate resolved = TimeValues.resolve("October 7", "2023-10-07", "DATE", PUB);

    assertThat(resolved)
        .isEqualTo(
            new ResolvedDate(
                LocalDate.of(2023, 10, 7), DateBasis.TEXT, DatePrecision.DAY, "October 7"));
  }

  @Test
  void yearlessDateInTheFutureGoesBackOneYear() {
    assertThat(day("December 30", "2023-12-30")).isEqualTo(LocalDate.of(2022, 12, 30));
  }

  @Test
  void futureDateWithWrittenYearGivesNoDate() {
    assertThat(TimeValues.resolve("March 3, 2024", "2024-03-03", "DATE", PUB)).isNull();
  }

  @Test
  void weekValueGivesWeekPrecisionDateNotAfterPublication() {
    // 2023-W41 runs Monday 9 to Sunday 15 October; its middle (Thursday 12) is publication day.
    ResolvedDate thisWeek = TimeValues.resolve("this week", "2023-W41", "DATE", PUB);
    // 2023-W40 runs Monday 2 to Sunday 8 October; its middle is Thursday 5.
    ResolvedDate lastWeek = TimeValues.resolve("last week", "2023-W40", "DATE", PUB);
    // Published Tuesday 10 October: the middle of W41 would be after it.
    ResolvedDate earlyInWeek =
        TimeValues.resolve("this week", "2023-W41", "DATE", LocalDate.of(2023, 10, 10));

    assertThat(thisWeek)
        .isEqualTo(new ResolvedDate(PUB, DateBasis.TEXT, DatePrecision.WEEK, "this week"));
    assertThat(lastWeek.date()).isEqualTo(LocalDate.of(2023, 10, 5));
    assertThat(earlyInWeek.date()).isEqualTo(LocalDate.of(2023, 10, 10));
    assertThat(TimeValues.resolve("next week", "2023-W42", "DATE", PUB)).isNull();
  }

  @Test
  void yearValueGivesYearPrecisionUnlessInTheFuture() {
    assertThat(TimeValues.resolve("2022", "2022", "DATE", PUB))
        .isEqualTo(
            new ResolvedDate(LocalDate.of(2022, 1, 1), DateBasis.TEXT, DatePrecision.YEAR, "2022"));
    assertThat(TimeValues.resolve("2024", "2024", "DATE", PUB)).isNull();
  }

  @Test
  void durationsSetsAndVagueValuesGiveNoDate() {
    assertThat(TimeValues.resolve("three days", "P3D", "DURATION", PUB)).isNull();
    assertThat(TimeValues.resolve("every Monday", "XXXX-WXX-1", "SET", PUB)).isNull();
    assertThat(TimeValues.resolve("recently", "PAST_REF", "DATE", PUB)).isNull();
    assertThat(TimeValues.resolve("that day", "", "DATE", PUB)).isNull();
  }

  @Test
  void withoutPublicationDateBareWeekdayGivesNoDateButIsoDateResolves() {
    assertThat(TimeValues.resolve("Wednesday", "XXXX-WXX-3", "DATE", null)).isNull();
    assertThat(TimeValues.resolve("yesterday", "", "DATE", null)).isNull();
    assertThat(TimeValues.resolve("October 11, 2023", "2023-10-11", "DATE", null))
        .isEqualTo(
            new ResolvedDate(
                LocalDate.of(2023, 10, 11), DateBasis.TEXT, DatePrecision.DAY, "October 11, 2023"));
  }

  // ---- EventDates: which expression dates the event ----

  private static final String OWN_CLAUSE =
      """
      # article = own
      # text = Iran called Saudi Arabia on Wednesday.
      1	Iran	Iran	NNP	O	2	nsubj
      2	called	call	VBD	O	0	root
      3	Saudi	Saudi	NNP	O	4	compound
      4	Arabia	Arabia	NNP	O	2	obj
      5	on	on	IN	O	6	case
      6	Wednesday	Wednesday	NNP	DATE	2	obl
      7	.	.	.	O	2	punct
      """;

  @Test
  void timeExpressionOfTheEventsOwnClauseIsUsed() {
    Sentence sentence = sentence(OWN_CLAUSE + "# time = 6-6 2023-10-11 DATE\n");

    ResolvedDate resolved = EventDates.resolve(sentence, 1, 1, PUB);

    assertThat(resolved)
        .isEqualTo(
            new ResolvedDate(
                LocalDate.of(2023, 10, 11), DateBasis.TEXT, DatePrecision.DAY, "Wednesday"));
  }

  @Test
  void weekdayNotMarkedAsTimeExpressionIsStillResolved() {
    Sentence sentence = sentence(OWN_CLAUSE);

    ResolvedDate resolved = EventDates.resolve(sentence, 1, 1, PUB);

    assertThat(resolved.date()).isEqualTo(LocalDate.of(2023, 10, 11));
    assertThat(resolved.basis()).isEqualTo(DateBasis.TEXT);
  }

  @Test
  void unmarkedLastWeekdayTakesTheLastWordIntoAccount() {
    Sentence sentence =
        sentence(
            """
        # article = last
        # text = Iran called Iraq last Thursday.
        1	Iran	Iran	NNP	O	2	nsubj
        2	called	call	VBD	O	0	root
        3	Iraq	Iraq	NNP	O	2	obj
        4	last	last	JJ	O	5	amod
        5	Thursday	Thursday	NNP	O	2	obl:tmod
        6	.	.	.	O	2	punct
        """);

    assertThat(EventDates.resolve(sentence, 1, 1, PUB).date()).isEqualTo(LocalDate.of(2023, 10, 5));
  }

  @Test
  void unmarkedNextWeekdayFallsBackToPublication() {
    Sentence sentence =
        sentence(
            """
        # article = next
        # text = Iran will call Iraq next Friday.
        1	Iran	Iran	NNP	O	3	nsubj
        2	will	will	MD	O	3	aux
        3	call	call	VB	O	0	root
        4	Iraq	Iraq	NNP	O	3	obj
        5	next	next	JJ	O	6	amod
        6	Friday	Friday	NNP	O	3	obl:tmod
        7	.	.	.	O	3	punct
        """);

    ResolvedDate resolved = EventDates.resolve(sentence, 2, 2, PUB);

    assertThat(resolved.date()).isEqualTo(PUB);
    assertThat(resolved.basis()).isEqualTo(DateBasis.PUBLISHED);
  }

  private static final String RELATIVE_CLAUSE =
      """
      # article = relcl
      # text = Iran condemned the strike that Israel launched on Tuesday.
      1	Iran	Iran	NNP	O	2	nsubj
      2	condemned	condemn	VBD	O	0	root
      3	the	the	DT	O	4	det
      4	strike	strike	NN	O	2	obj
      5	that	that	WDT	O	7	obj
      6	Israel	Israel	NNP	O	7	nsubj
      7	launched	launch	VBD	O	4	acl:relcl
      8	on	on	IN	O	9	case
      9	Tuesday	Tuesday	NNP	DATE	7	obl
      10	.	.	.	O	2	punct
      # time = 9-9 2023-10-10 DATE
      """;

  @Test
  void timeInsideARelativeClauseIsNotUsedForTheMainVerb() {
    Sentence sentence = sentence(RELATIVE_CLAUSE);

    assertThat(EventDates.resolve(sentence, 1, 1, PUB))
        .isEqualTo(new ResolvedDate(PUB, DateBasis.PUBLISHED, DatePrecision.DAY, null));
    assertThat(EventDates.resolve(sentence, 6, 6, PUB).date())
        .isEqualTo(LocalDate.of(2023, 10, 10));
  }

  @Test
  void timeInsideAComplementClauseIsNotUsedForTheReportingVerb() {
    Sentence sentence =
        sentence(
            """
        # article = ccomp
        # text = Iran said Israel struck Gaza on Sunday.
        1	Iran	Iran	NNP	O	2	nsubj
        2	said	say	VBD	O	0	root
        3	Israel	Israel	NNP	O	4	nsubj
        4	struck	strike	VBD	O	2	ccomp
        5	Gaza	Gaza	NNP	O	4	obj
        6	on	on	IN	O	7	case
        7	Sunday	Sunday	NNP	DATE	4	obl
        8	.	.	.	O	2	punct
        # time = 7-7 2023-10-15 DATE
        """);

    assertThat(EventDates.resolve(sentence, 1, 1, PUB).basis()).isEqualTo(DateBasis.PUBLISHED);
    assertThat(EventDates.resolve(sentence, 3, 3, PUB).date()).isEqualTo(LocalDate.of(2023, 10, 8));
  }

  private static final String REPORTED =
      """
      # article = said
      # text = Iran said on Monday that Israel struck Gaza%s.
      1	Iran	Iran	NNP	O	2	nsubj
      2	said	say	VBD	O	0	root
      3	on	on	IN	O	4	case
      4	Monday	Monday	NNP	DATE	2	obl
      5	that	that	IN	O	7	mark
      6	Israel	Israel	NNP	O	7	nsubj
      7	struck	strike	VBD	O	2	ccomp
      8	Gaza	Gaza	NNP	O	7	obj
      """;

  @Test
  void reportingClauseDateIsUsedWhenTheEventClauseHasNone() {
    Sentence sentence =
        sentence(
            REPORTED.replace("%s", "") + "9\t.\t.\t.\tO\t2\tpunct\n# time = 4-4 2023-10-09 DATE\n");

    ResolvedDate resolved = EventDates.resolve(sentence, 6, 6, PUB);

    assertThat(resolved)
        .isEqualTo(
            new ResolvedDate(
                LocalDate.of(2023, 10, 9), DateBasis.TEXT, DatePrecision.DAY, "Monday"));
  }

  @Test
  void eventClauseDateWinsOverTheReportingClauseDate() {
    Sentence sentence =
        sentence(
            REPORTED.replace("%s", " on Sunday")
                + """
        9	on	on	IN	O	10	case
        10	Sunday	Sunday	NNP	DATE	7	obl
        11	.	.	.	O	2	punct
        # time = 4-4 2023-10-09 DATE
        # time = 10-10 2023-10-15 DATE
        """);

    assertThat(EventDates.resolve(sentence, 6, 6, PUB).date()).isEqualTo(LocalDate.of(2023, 10, 8));
    assertThat(EventDates.resolve(sentence, 1, 1, PUB).date()).isEqualTo(LocalDate.of(2023, 10, 9));
  }

  @Test
  void dayPrecisionIsPreferredOverMonthInTheSameClause() {
    Sentence sentence =
        sentence(
            """
        # article = both
        # text = In October Iran called Iraq on Wednesday.
        1	In	in	IN	O	2	case
        2	October	October	NNP	DATE	4	obl
        3	Iran	Iran	NNP	O	4	nsubj
        4	called	call	VBD	O	0	root
        5	Iraq	Iraq	NNP	O	4	obj
        6	on	on	IN	O	7	case
        7	Wednesday	Wednesday	NNP	DATE	4	obl
        8	.	.	.	O	4	punct
        # time = 2-2 2023-10 DATE
        # time = 7-7 2023-10-11 DATE
        """);

    ResolvedDate resolved = EventDates.resolve(sentence, 3, 3, PUB);

    assertThat(resolved.date()).isEqualTo(LocalDate.of(2023, 10, 11));
    assertThat(resolved.precision()).isEqualTo(DatePrecision.DAY);
  }

  @Test
  void withoutAnyExpressionThePublicationDateComesBack() {
    Sentence sentence =
        sentence(
            """
        # article = none
        # text = Israel struck Gaza.
        1	Israel	Israel	NNP	O	2	nsubj
        2	struck	strike	VBD	O	0	root
        3	Gaza	Gaza	NNP	O	2	obj
        4	.	.	.	O	2	punct
        """);

    assertThat(EventDates.resolve(sentence, 1, 1, PUB))
        .isEqualTo(new ResolvedDate(PUB, DateBasis.PUBLISHED, DatePrecision.DAY, null));
    assertThat(EventDates.resolve(sentence, 1, 1, null))
        .isEqualTo(new ResolvedDate(null, DateBasis.NONE, DatePrecision.DAY, null));
  }

  @Test
  void weekdayWithoutPublicationDateFallsBackToNone() {
    Sentence sentence = sentence(OWN_CLAUSE + "# time = 6-6 XXXX-WXX-3 DATE\n");

    assertThat(EventDates.resolve(sentence, 1, 1, null).basis()).isEqualTo(DateBasis.NONE);
  }

  private static LocalDate day(String text, String value) {
    ResolvedDate resolved = TimeValues.resolve(text, value, "DATE", PUB);
    assertThat(resolved).isNotNull();
    assertThat(resolved.basis()).isEqualTo(DateBasis.TEXT);
    assertThat(resolved.precision()).isEqualTo(DatePrecision.DAY);
    return resolved.date();
  }

  private static Sentence sentence(String analysis) {
    return AnalysisText.read("test", analysis).get(0).sentences().get(0);
  }
}
