package org.khaldun.lexicon.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where PETRARCH actor and agent entries go among Khaldun's actor files, and how. */
final class ActorConversionTest {
  private final PetrarchReport.Builder report = new PetrarchReport.Builder();
  private final ActorConverter actors = new ActorConverter(report);

  private void convert(String text) {
    ActorFileParser.parse("a.txt", text, report).forEach(actors::convert);
  }

  private static List<String> rows(StringBuilder text) {
    return Arrays.stream(text.toString().split("\n")).filter(l -> !l.startsWith("#")).toList();
  }

  @Test
  void countryEntryGoesToCountriesWithNamesInTitleCase() {
    convert("FREEDONIA_  [FRD]\n+FREEDONIAN_\n+REPUBLIC_OF_FREEDONIA\n");

    assertThat(rows(actors.countries))
        .containsExactly("FRD\tFreedonia|Freedonian|Republic of Freedonia");
    assertThat(actors.countries.toString()).startsWith("# a.txt:1\n");
  }

  @Test
  void countryWithDatedCodesKeepsItsUndatedCode() {
    convert("SYLVANIA [SYL]\n\t[OLDSYL <920427]\n\t[NEWSYL >060605]\n");

    assertThat(rows(actors.countries)).containsExactly("SYL\tSylvania");
    assertThat(report.build().approximated().get(ActorConverter.DATED_COUNTRY).count())
        .isEqualTo(2);
  }

  @Test
  void personWithDatedRolesGoesToPeopleDatedRolesFirst() {
    convert(
        "RUFUS_T._FIREFLY_\n+FIREFLY\n\t[FRDELI]\n\t[FRDGOV 330101-390101]\n\t[FRDGOVMIL >390101]\n");

    assertThat(rows(actors.people))
        .containsExactly(
            "Rufus T. Firefly|Firefly\tFRD\tGOV\tFRDGOV\t1933-01-01\t1938-12-31",
            "Rufus T. Firefly|Firefly\tFRD\tGOV|MIL\tFRDGOVMIL\t1939-01-01\t-",
            "Rufus T. Firefly|Firefly\tFRD\tELI\tFRDELI\t-\t-");
  }

  @Test
  void sectorOnlyRoleOfAPersonTakesThePersonsCountry() {
    convert("KOFI_ANNAN_\n\t[IGOUNO 970101-061231]\n\t[GHAGOV 900101-910101]\n\t[ELI]\n");

    assertThat(rows(actors.people))
        .extracting(r -> r.split("\t")[1] + " " + r.split("\t")[2])
        .containsExactly("IGOUNO -", "GHA GOV", "IGOUNO -");
  }

  @Test
  void internationalOrganisationGoesToIgosAndOtherGroupsToGroups() {
    convert(
        "UNITED_NATIONS_ [IGOUNO]\n+UN_\nACME_CORP_ [MNCUSA]\n"
            + "FREEDONIAN_ARMY_ [FRDMIL]\nANTI_SYLVANIAN_FRONT_ [IMGREB]\n");

    assertThat(rows(actors.igos)).containsExactly("IGOUNO\tUnited Nations|Un|UN", "MNC\tAcme Corp");
    assertThat(rows(actors.groups))
        .containsExactly(
            "FRDMIL\tFREEDONIAN_ARMY\tFreedonian Army\t-\t-",
            "IMGREB\tANTI_SYLVANIAN_FRONT\tAnti Sylvanian Front\t-\t-");
    assertThat(report.build().approximated().get(ActorConverter.LOSSY).examples())
        .containsExactly("a.txt:3  [MNCUSA]");
  }

  @Test
  void entriesWithoutCodesOrWithoutACountryAreLeftOut() {
    convert("NOBODY_\nHINDU_GROUP_ [HIN]\n");

    PetrarchReport built = report.build();
    assertThat(built.leftOut(ActorConverter.NO_CODE)).isEqualTo(1);
    assertThat(built.leftOut(ActorConverter.NO_COUNTRY)).isEqualTo(1);
    assertThat(actors.countries.length() + actors.groups.length() + actors.people.length())
        .isZero();
  }

  @Test
  void namesKeepPeriodsConnectorsAndNameParticles() {
    assertThat(NameForms.forms(List.of("U.N.", "SECRETARY-GENERAL", "BAN", "KI-MOON")))
        .startsWith("U.N. Secretary-General Ban Ki-Moon");
    assertThat(NameForms.forms(List.of("JOHN", "MCCAIN"))).startsWith("John McCain");
    assertThat(NameForms.forms(List.of("SEAN", "O'BRIEN"))).startsWith("Sean O'Brien");
    assertThat(NameForms.forms(List.of("CHILDREN'S", "FUND"))).startsWith("Children's Fund");
    assertThat(NameForms.forms(List.of("NATO"))).containsExactly("Nato", "NATO");
    assertThat(NameForms.forms(List.of("THE", "EUROPEAN", "UNION")))
        .containsExactly("The European Union", "European Union");
    assertThat(NameForms.forms(List.of("UN", "SECURITY", "COUNCIL")))
        .containsExactly("Un Security Council", "UN Security Council");
  }

  @Test
  void agentsBecomeLowerCaseNounsWithTheSectorsKhaldunKnows() {
    AgentConverter agents = new AgentConverter(report);
    AgentFileParser.parse(
            "ag.txt",
            "FOREIGN_MINISTER [~GOV]\nBUDDHIST_MONK [~BUD]\nARMS_INDUSTRY [~BUSMIL]\n"
                + "RIGHTS_BODY [NGO~]\n",
            report)
        .forEach(agents::convert);

    assertThat(rows(agents.rows))
        .containsExactly(
            "foreign minister\tGOV\tnoun",
            "buddhist monk\t-\tnoun",
            "arms industry\tBUS|MIL\tnoun");
    assertThat(report.build().leftOut(AgentConverter.PREFIX_CODE)).isEqualTo(1);
  }
}
