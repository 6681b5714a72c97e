package org.khaldun.store;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Test help: the rows a query gives, each as its columns joined by "|" (SQL NULL as "null"). */
public final class StoreRows {
  private StoreRows() {}

  public static List<String> rows(Store store, String sql) {
    return store.read(
        c -> {
          List<String> rows = new ArrayList<>();
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
              StringBuilder row = new StringBuilder();
              for (int i = 1; i <= columns; i++) {
                row.append(i > 1 ? "|" : "").append(rs.getString(i));
              }
              rows.add(row.toString());
            }
          }
          return rows;
        });
  }
}
