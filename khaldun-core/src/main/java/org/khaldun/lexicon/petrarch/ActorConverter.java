package org.khaldun.lexicon.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.khaldun.lexicon.petrarch.ActorCodes.Code;
import org.khaldun.lexicon.petrarch.PhoenixActor.Role;

/**
 * Converts the entries of PETRARCH actor files into rows of Khaldun's actor files: an entry whose
 * only code is a bare country ({@code [AFG]}) to {@code countries.tsv}; an entry with dated codes
 * (a person's roles) to {@code people.tsv}, dated roles first, undated ones as the person's country
 * and sectors without dates; another entry to {@code igos.tsv} when its code is an IGO, NGO or MNC
 * code, else to {@code groups.tsv}. Each entry's rows follow a {@code # file:line} comment. Not
 * thread-safe; used once per conversion.
 */
final class ActorConverter {
  static final String NO_CODE = "actor without a code";
  static final String NO_COUNTRY = "actor whose codes name no country or organisation";
  static final String NO_NAME = "actor without a usable name";
  static final String NULL_ROLE = "[---] role dropped";
  static final String MORE_UNDATED = "further undated codes of an actor ignored";
  static final String LOSSY = "sector codes Khaldun does not know (or past 12 letters) dropped";
  static final String DATED_COUNTRY = "dated code of a country dropped (country names are undated)";
  static final String NO_ROLE_COUNTRY = "role with sectors only, person without a country, dropped";

  final StringBuilder countries = new StringBuilder();
  final StringBuilder igos = new StringBuilder();
  final StringBuilder groups = new StringBuilder();
  final StringBuilder people = new StringBuilder();
  private final PetrarchReport.Builder report;

  ActorConverter(PetrarchReport.Builder report) {
    this.report = report;
  }

  void convert(PhoenixActor actor) {
    report.read("actor entries", 1);
    Set<String> names = new LinkedHashSet<>();
    for (List<String> words : actor.names()) {
      for (String form : NameForms.forms(words)) {
        if (form.indexOf('|') < 0 && form.indexOf('\t') < 0) {
          names.add(form);
        }
      }
    }
    if (names.isEmpty()) {
      report.leftOut(NO_NAME, actor.at(), null);
      return;
    }
    List<Role> roles = new ArrayList<>();
    for (Role role : actor.roles()) {
      if (role.code().equals("---")) {
        report.approximated(NULL_ROLE, role.at(), role.text());
      } else {
        roles.add(role);
      }
    }
    if (roles.isEmpty()) {
      report.leftOut(NO_CODE, actor.at(), String.join("_", actor.names().get(0)));
      return;
    }
    String nameList = String.join("|", names);
    Code country = country(roles);
    if (country != null) {
      append(countries, actor, country.prefix() + "\t" + nameList);
      report.converted("countries.tsv", 1);
    } else if (roles.stream().anyMatch(Role::dated)) {
      person(actor, nameList, roles);
    } else {
      organisation(actor, nameList, roles);
    }
  }

  /**
   * The country an entry names when all its codes are countries without sectors ({@code [SRB]},
   * {@code [SCGSRB 920428-060605]}): its undated code, else its latest. Null for other entries.
   * Khaldun's country names are undated, so the dated codes are reported as dropped.
   */
  private Code country(List<Role> roles) {
    Code undated = null;
    Code latest = null;
    Role latestRole = null;
    for (Role role : roles) {
      Code code = ActorCodes.of(role.code());
      if (code == null
          || code.prefix() == null
          || code.international()
          || !code.sectors().isEmpty()) {
        return null;
      }
      if (!role.dated() && undated == null) {
        undated = code;
      }
      if (latestRole == null
          || role.from() != null
              && (latestRole.from() == null || role.from().isAfter(latestRole.from()))) {
        latest = code;
        latestRole = role;
      }
    }
    for (Role role : roles) {
      if (role.dated()) {
        report.approximated(DATED_COUNTRY, role.at(), role.text());
      }
    }
    return undated != null ? undated : latest;
  }

  private void organisation(PhoenixActor actor, String names, List<Role> roles) {
    Code code = null;
    Role chosen = null;
    for (Role role : roles) {
      Code candidate = ActorCodes.of(role.code());
      if (candidate != null && candidate.prefix() != null) {
        code = candidate;
        chosen = role;
        break;
      }
    }
    if (code == null) {
      report.leftOut(NO_COUNTRY, actor.at(), roles.get(0).text());
      return;
    }
    if (roles.size() > 1) {
      report.approximated(MORE_UNDATED, actor.at(), roles.get(1).text());
    }
    lossy(code, chosen);
    if (code.isCountry()) {
      append(countries, actor, code.prefix() + "\t" + names);
      report.converted("countries.tsv", 1);
    } else if (code.international() && !code.prefix().equals("IMG")) {
      append(igos, actor, code.text() + "\t" + names);
      report.converted("igos.tsv", 1);
    } else {
      String group = String.join("_", actor.names().get(0)).toUpperCase(Locale.ROOT);
      append(groups, actor, code.text() + "\t" + group + "\t" + names + "\t-\t-");
      report.converted("groups.tsv", 1);
    }
  }

  private void person(PhoenixActor actor, String names, List<Role> roles) {
    String country = null;
    for (Role role : roles) {
      Code code = ActorCodes.of(role.code());
      if (code != null && code.prefix() != null) {
        country = code.prefix();
        break;
      }
    }
    List<Role> ordered = new ArrayList<>();
    roles.stream().filter(Role::dated).forEach(ordered::add);
    // Undated roles come last: Khaldun takes the first role that holds on the event's date.
    roles.stream().filter(r -> !r.dated()).forEach(ordered::add);
    StringBuilder rows = new StringBuilder();
    int written = 0;
    for (Role role : ordered) {
      Code code = ActorCodes.of(role.code());
      if (code == null) {
        continue;
      }
      String prefix = code.prefix() == null ? country : code.prefix();
      if (prefix == null) {
        report.approximated(NO_ROLE_COUNTRY, role.at(), role.text());
        continue;
      }
      lossy(code, role);
      boolean organisation = prefix.startsWith("IGO") || prefix.startsWith("NGO");
      String sectors =
          organisation || code.sectors().isEmpty() ? "-" : String.join("|", code.sectors());
      if (!organisation && !ActorCodes.isLetters(prefix)) {
        // IMG or MNC people: Khaldun's people file takes countries and organisations only.
        report.approximated(NO_ROLE_COUNTRY, role.at(), role.text());
        continue;
      }
      rows.append(names)
          .append('\t')
          .append(prefix)
          .append('\t')
          .append(sectors)
          .append('\t')
          .append(role.code())
          .append('\t')
          .append(role.from() == null ? "-" : role.from().toString())
          .append('\t')
          .append(role.to() == null ? "-" : role.to().toString())
          .append('\n');
      written++;
    }
    if (written == 0) {
      report.leftOut(NO_COUNTRY, actor.at(), roles.get(0).text());
      return;
    }
    people.append("# ").append(actor.at()).append('\n').append(rows);
    report.converted("people.tsv (people)", 1);
    report.converted("people.tsv (role rows)", written);
  }

  private void lossy(Code code, Role role) {
    if (code.lossy()) {
      report.approximated(LOSSY, role.at(), role.text());
    }
  }

  private static void append(StringBuilder out, PhoenixActor actor, String row) {
    out.append("# ").append(actor.at()).append('\n').append(row).append('\n');
  }
}
