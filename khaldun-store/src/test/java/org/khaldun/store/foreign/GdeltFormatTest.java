package org.khaldun.store.foreign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.khaldun.model.CodedEvent;
import org.khaldun.store.CodedArticle;

/** GDELT 1.0 and 2.0 event rows become one event record each, with GDELT's actor codes. */
final class GdeltFormatTest {
  /** An invented row of {@code columns} fields: Egypt's government hosts a Turkish one. */
  private static String row(int columns) {
    String[] f = new String[columns];
    Arrays.fill(f, "");
    f[0] = "700000001";
    f[1] = "20240506";
    f[5] = "EGYGOV";
    f[6] = "EGYPT";
    f[7] = "EGY";
    f[12] = "GOV";
    f[15] = "TURGOV";
    f[16] = "TURKEY";
    f[17] = "TUR";
    f[22] = "GOV";
    f[26] = "043";
    f[columns == 61 ? 60 : 57] = "https://www.news.example/2024/05/06/visit";
    return String.join("\t", f);
  }

  private static CodedArticle read(String text) {
    return new GdeltFormat().rows("g.CSV", null).read(1, text);
  }

  @Test
  void gdeltOneAndTwoRowsGiveTheSameRecord() {
    CodedArticle two = read(row(61));
    CodedArticle one = read(row(58));
    CodedEvent event = two.mentions().get(0).event();

    assertThat(two.article().id()).isEqualTo("gdelt-700000001");
    assertThat(two.article().source()).isEqualTo("news.example");
    assertThat(event.source().code().code()).isEqualTo("EGYGOV");
    assertThat(event.target().code().code()).isEqualTo("TURGOV");
    assertThat(event.code().code()).isEqualTo("043");
    assertThat(event.date()).hasToString("2024-05-06");
    assertThat(one).isEqualTo(two);
  }

  @Test
  void anActorWithoutCountryIsInternationalAndBadRowsSayWhy() {
    String[] f = row(61).split("\t", -1);
    f[15] = "IGOUNO";
    f[17] = "";
    f[22] = "";
    CodedEvent event = read(String.join("\t", f)).mentions().get(0).event();
    assertThat(event.target().code().code()).isEqualTo("IGOUNO");
    assertThat(event.target().code().isInternational()).isTrue();

    assertThatThrownBy(() -> read("1\t20240506"))
        .hasMessage(
            "g.CSV:1: expected 61 (GDELT 2.0) or 57 or 58 (GDELT 1.0) tab-separated fields, found"
                + " 2");
    f[1] = "";
    assertThatThrownBy(() -> read(String.join("\t", f)))
        .hasMessage("g.CSV:1: Day is not YYYYMMDD: ''");
    String[] noSource = row(61).split("\t", -1);
    noSource[5] = "";
    assertThatThrownBy(() -> read(String.join("\t", noSource)))
        .hasMessage("g.CSV:1: no Actor1Code (a Khaldun event has a source)");
  }
}
