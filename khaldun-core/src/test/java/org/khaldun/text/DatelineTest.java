package org.khaldun.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Wire datelines found at the start of made-up reports. */
final class DatelineTest {

  @Test
  void cityDateAndAgencyBeforeADashAreADateline() {
    String text = "KHARTOUM, April 18 (Wire) - The army shelled the city.";
    Dateline dateline = Dateline.find(text);

    assertThat(dateline).isNotNull();
    assertThat(dateline.places()).containsExactly("Khartoum");
    assertThat(text.substring(dateline.end())).isEqualTo("The army shelled the city.");
  }

  @Test
  void severalCitiesAndACountryAreAllNamed() {
    assertThat(Dateline.find("UNITED NATIONS/KYIV, October 1 (Wire) - Russia vetoed it.").places())
        .containsExactly("United Nations", "Kyiv");
    assertThat(Dateline.find("JEDDAH, Saudi Arabia, March 12 (Wire) - Talks ended.").places())
        .containsExactly("Jeddah", "Saudi Arabia");
  }

  @Test
  void anAgencyAloneOrADashAloneAfterALongCityIsEnough() {
    assertThat(Dateline.find("TEHRAN (Agency) - Iran said ...")).isNotNull();
    assertThat(Dateline.find("WASHINGTON — The president said ...")).isNotNull();
  }

  @Test
  void ordinarySentencesHaveNoDateline() {
    assertThat(Dateline.find("Iran said on Monday that it would respond.")).isNull();
    assertThat(Dateline.find("NATO - the alliance - met.")).isNull();
    assertThat(Dateline.find("The U.S. and Iran - old foes - talked.")).isNull();
  }
}
