package io.salesplatform.platform.customer;

import io.salesplatform.platform.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the rows of an imported CSV file of customers, all of them, before anything is written:
 * the header names known columns (in any order, {@code name} and {@code channel} required), and
 * each row makes a valid customer file whose rep, when named, is an active person of the company.
 */
public final class CustomerImport {

  private CustomerImport() {}

  /**
   * One row of the file.
   *
   * @param number the row's number, the header being row 1
   * @param profile the customer file it makes, or {@code null} when it has errors
   * @param assignedRep the user name of its rep, or {@code null} for the importer
   * @param errors what is wrong with it, each named {@code rows[N].column}
   */
  public record Row(
      int number, CustomerProfile profile, String assignedRep, List<Problem.FieldError> errors) {}

  /**
   * Checks every row of {@code records} (the first being the header).
   *
   * @param usernames the user names of the company's active people
   * @param importer the importer's user name
   * @param anyRep whether rows may name a rep other than the importer
   * @return a row per record below the header; a header error is reported as row 1's
   */
  public static List<Row> check(
      List<List<String>> records, Set<String> usernames, String importer, boolean anyRep) {
    List<String> header = records.get(0).stream().map(String::strip).toList();
    List<Problem.FieldError> headerErrors = new ArrayList<>();
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i);
      if (!Customers.CSV_COLUMNS.contains(column)) {
        headerErrors.add(
            new Problem.FieldError(
                "rows[1]." + (column.isEmpty() ? "column" + (i + 1) : column),
                "unknown column; the columns are " + String.join(", ", Customers.CSV_COLUMNS)));
      } else if (columns.putIfAbsent(column, i) != null) {
        headerErrors.add(new Problem.FieldError("rows[1]." + column, "named twice"));
      }
    }
    for (String required : List.of("name", "channel")) {
      if (!columns.containsKey(required)) {
        headerErrors.add(new Problem.FieldError("rows[1]." + required, "required column missing"));
      }
    }
    if (!headerErrors.isEmpty()) {
      return List.of(new Row(1, null, null, headerErrors));
    }
    List<Row> rows = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> record = records.get(r);
      int number = r + 1;
      String prefix = "rows[" + number + "].";
      if (record.size() == 1 && record.get(0).isBlank()) {
        continue;
      }
      if (record.size() != header.size()) {
        rows.add(
            new Row(
                number,
                null,
                null,
                List.of(
                    new Problem.FieldError(
                        "rows[" + number + "]",
                        record.size() + " fields where the header has " + header.size()))));
        continue;
      }
      Map<String, String> values = new HashMap<>();
      columns.forEach((column, index) -> values.put(column, record.get(index)));
      String contactName = CustomerProfile.trim(values.get("contactName"));
      String contactTitle = values.get("contactTitle");
      String contactEmail = values.get("contactEmail");
      String contactPhone = values.get("contactPhone");
      List<Contact> contacts = new ArrayList<>();
      List<Problem.FieldError> errors = new ArrayList<>();
      if (contactName != null) {
        contacts.add(new Contact(contactName, contactTitle, contactEmail, contactPhone));
      } else if (CustomerProfile.trim(contactTitle) != null
          || CustomerProfile.trim(contactEmail) != null
          || CustomerProfile.trim(contactPhone) != null) {
        errors.add(new Problem.FieldError(prefix + "contactName", "required for a contact"));
      }
      CustomerProfile.Checked checked =
          CustomerProfile.check(
              prefix,
              values.get("name"),
              values.get("industry"),
              values.get("segment"),
              values.get("address"),
              values.get("website"),
              values.get("notes"),
              contacts,
              values.get("channel"),
              values.get("developmentNotes"),
              values.get("needs"));
      for (Problem.FieldError error : checked.errors()) {
        // a contact's fields are columns of their own in the file
        errors.add(
            new Problem.FieldError(
                error
                    .field()
                    .replace("contacts[0].name", "contactName")
                    .replace("contacts[0].title", "contactTitle")
                    .replace("contacts[0].email", "contactEmail")
                    .replace("contacts[0].phone", "contactPhone"),
                error.message()));
      }
      String rep = CustomerProfile.trim(values.get("assignedRep"));
      if (rep != null) {
        if (!usernames.contains(rep)) {
          errors.add(
              new Problem.FieldError(
                  prefix + "assignedRep", "'" + rep + "' is no active person of the company"));
        } else if (!anyRep && !rep.equals(importer)) {
          errors.add(
              new Problem.FieldError(
                  prefix + "assignedRep",
                  "you may assign customers only to yourself (customers.all is needed)"));
        }
      }
      rows.add(
          new Row(number, errors.isEmpty() ? checked.profile() : null, rep, List.copyOf(errors)));
    }
    return rows;
  }
}
