package org.khaldun.lexicon.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Converts PETRARCH agents into rows of Khaldun's {@code agents.tsv}: the phrase in lower case, the
 * sectors of a {@code ~CODE} that Khaldun knows ({@code -} when none), kind {@code noun}. Codes
 * that prefix the actor ({@code NGO~}) have no Khaldun equivalent. Not thread-safe.
 */
final class AgentConverter {
  static final String PREFIX_CODE = "agent code before the actor (CODE~): no Khaldun equivalent";
  static final String NO_TILDE = "agent code without ~";
  static final String NO_SECTOR = "agent with no sector Khaldun knows: kept without sector";

  final StringBuilder rows = new StringBuilder();
  private final PetrarchReport.Builder report;
  private SourceLine last;

  AgentConverter(PetrarchReport.Builder report) {
    this.report = report;
  }

  void convert(PhoenixAgent agent) {
    report.read("agent phrases", 1);
    String code = agent.code();
    if (code.endsWith("~")) {
      report.leftOut(PREFIX_CODE, agent.at(), code);
      return;
    }
    if (!code.startsWith("~")) {
      report.leftOut(NO_TILDE, agent.at(), code);
      return;
    }
    String rest = code.substring(1);
    List<String> sectors = new ArrayList<>();
    boolean lossy = rest.length() % 3 != 0;
    for (int i = 0; i + 3 <= rest.length(); i += 3) {
      String sector = rest.substring(i, i + 3);
      if (ActorCodes.SECTORS.contains(sector) && !sectors.contains(sector)) {
        sectors.add(sector);
      } else {
        lossy = true;
      }
    }
    if (sectors.isEmpty()) {
      report.approximated(NO_SECTOR, agent.at(), code);
    } else if (lossy) {
      report.approximated(ActorConverter.LOSSY, agent.at(), code);
    }
    String phrase = String.join(" ", agent.words()).toLowerCase(Locale.ROOT);
    if (!agent.at().equals(last)) {
      rows.append("# ").append(agent.at()).append('\n');
      last = agent.at();
    }
    rows.append(phrase)
        .append('\t')
        .append(sectors.isEmpty() ? "-" : String.join("|", sectors))
        .append("\tnoun\n");
    report.converted("agents.tsv", 1);
  }
}
