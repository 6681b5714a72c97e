package org.khaldun.wordnet;

import java.util.List;
import java.util.Locale;

/**
 * Writes proposals as a tab-separated table for curation, one proposal a line under a header line:
 * code, pos, candidate, from, relation, sense (the candidate's WordNet sense key), synset (WordNet
 * 3.1 offset), score, conflict (other codes the candidate triggers, comma-separated, or empty),
 * evidence (what tied the sense to the code) and gloss. Stateless.
 */
public final class ProposalsFile {
  public static final String HEADER =
      "code\tpos\tcandidate\tfrom\trelation\tsense\tsynset\tscore\tconflict\tevidence\tgloss";

  private ProposalsFile() {}

  /** The table, header first, in the proposals' order, each line ending with a newline. */
  public static String format(List<Proposal> proposals) {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (Proposal p : proposals) {
      text.append(p.code())
          .append('\t')
          .append(p.pos().label())
          .append('\t')
          .append(p.candidate())
          .append('\t')
          .append(p.from())
          .append('\t')
          .append(p.relation().label())
          .append('\t')
          .append(p.senseKey())
          .append('\t')
          .append(p.meaning().id())
          .append('\t')
          .append(String.format(Locale.ROOT, "%.3f", p.score()))
          .append('\t')
          .append(String.join(",", p.conflicts().stream().sorted().toList()))
          .append('\t')
          .append(String.join(" ", p.evidence()))
          .append('\t')
          .append(p.meaning().gloss().replaceAll("\\s+", " ").strip())
          .append('\n');
    }
    return text.toString();
  }
}
