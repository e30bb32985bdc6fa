package io.salesplatform.devstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The outbox as the database holds it, read with the superuser connection (no RLS applies). */
final class OutboxEvents {

  private OutboxEvents() {}

  /** The JSON payloads of the events of {@code type} about one aggregate, oldest first. */
  static List<String> payloads(Stack stack, String type, String aggregateId) throws SQLException {
    try (Connection superuser = DriverManager.getConnection(stack.databaseUrl(), "postgres", "");
        PreparedStatement select =
            superuser.prepareStatement(
                "select payload::text from outbox_event where type = ? and aggregate_id = ?"
                    + " order by occurred_at")) {
      select.setString(1, type);
      select.setString(2, aggregateId);
      List<String> payloads = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          payloads.add(rows.getString(1));
        }
      }
      return payloads;
    }
  }
}
