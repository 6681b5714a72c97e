package org.khaldun.cache;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khaldun.model.AnnotatedArticle;
import org.khaldun.model.Article;
import org.khaldun.model.Sentence;
import org.khaldun.model.TimeExpression;
import org.khaldun.model.Token;

/**
 * Compact binary form of an {@link AnnotatedArticle}'s analysis. Token texts are not stored: they
 * are the article text between the token offsets. Tags and relations go through a per-file string
 * table, so a sentence costs a few hundred bytes and decodes in microseconds.
 */
final class AnnotationCodec {
  private static final int MAGIC = 0x4b484e41; // "KHNA"
  private static final int VERSION = 1;

  private AnnotationCodec() {}

  static void write(AnnotatedArticle annotated, DataOutputStream out) throws IOException {
    Map<String, Integer> table = new HashMap<>();
    List<String> strings = new ArrayList<>();
    for (Sentence sentence : annotated.sentences()) {
      for (Token token : sentence.tokens()) {
        intern(token.pos(), table, strings);
        intern(token.ner(), table, strings);
        intern(token.relation(), table, strings);
      }
    }
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeUTF(annotated.nlpKey());
    out.writeInt(annotated.text().length());
    out.writeInt(strings.size());
    for (String s : strings) {
      out.writeUTF(s);
    }
    out.writeInt(annotated.sentences().size());
    for (Sentence sentence : annotated.sentences()) {
      out.writeInt(sentence.begin());
      out.writeInt(sentence.end());
      out.writeShort(sentence.size());
      for (Token token : sentence.tokens()) {
        out.writeInt(token.begin());
        out.writeShort(token.end() - token.begin());
        boolean plainLemma = token.lemma().equals(token.text().toLowerCase(java.util.Locale.ROOT));
        out.writeBoolean(plainLemma);
        if (!plainLemma) {
          out.writeUTF(token.lemma());
        }
        out.writeShort(table.get(token.pos()));
        out.writeShort(table.get(token.ner()));
        out.writeShort(table.get(token.relation()));
        out.writeShort(token.head());
      }
      out.writeShort(sentence.times().size());
      for (TimeExpression time : sentence.times()) {
        out.writeShort(time.start());
        out.writeShort(time.end());
        out.writeUTF(time.text());
        out.writeUTF(time.value());
        out.writeUTF(time.type());
      }
    }
  }

  private static void intern(String s, Map<String, Integer> table, List<String> strings) {
    if (!table.containsKey(s)) {
      table.put(s, strings.size());
      strings.add(s);
    }
  }

  /**
   * Decodes the analysis of {@code article}; returns null when the bytes were written for another
   * text or by another format version (the caller re-parses).
   */
  static AnnotatedArticle read(Article article, DataInputStream in, int length) throws IOException {
    if (in.readInt() != MAGIC || in.readInt() != VERSION) {
      return null;
    }
    String nlpKey = in.readUTF();
    String text = article.text();
    if (in.readInt() != text.length()) {
      return null;
    }
    int tableSize = in.readInt();
    if (tableSize < 0 || tableSize > length) {
      throw new IOException("corrupt string table size " + tableSize);
    }
    String[] strings = new String[tableSize];
    for (int i = 0; i < tableSize; i++) {
      strings[i] = in.readUTF();
    }
    int sentenceCount = in.readInt();
    if (sentenceCount < 0 || sentenceCount > length) {
      throw new IOException("corrupt sentence count " + sentenceCount);
    }
    List<Sentence> sentences = new ArrayList<>(sentenceCount);
    for (int s = 0; s < sentenceCount; s++) {
      int begin = in.readInt();
      int end = in.readInt();
      int size = in.readShort();
      List<Token> tokens = new ArrayList<>(size);
      for (int t = 0; t < size; t++) {
        int tokenBegin = in.readInt();
        int tokenEnd = tokenBegin + in.readShort();
        String surface = text.substring(tokenBegin, tokenEnd);
        String lemma = in.readBoolean() ? surface.toLowerCase(java.util.Locale.ROOT) : in.readUTF();
        String pos = strings[in.readShort()];
        String ner = strings[in.readShort()];
        String relation = strings[in.readShort()];
        int head = in.readShort();
        tokens.add(new Token(t, surface, lemma, pos, ner, tokenBegin, tokenEnd, head, relation));
      }
      int timeCount = in.readShort();
      List<TimeExpression> times = new ArrayList<>(timeCount);
      for (int i = 0; i < timeCount; i++) {
        times.add(
            new TimeExpression(
                in.readShort(), in.readShort(), in.readUTF(), in.readUTF(), in.readUTF()));
      }
      sentences.add(new Sentence(s, begin, end, tokens, times));
    }
    return new AnnotatedArticle(article, nlpKey, sentences);
  }
}
