package io.salesplatform.platform.customer;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 writes them: fields in double quotes may hold commas, quotes
 * (doubled) and line breaks; lines end with CRLF or LF. Written cells that a spreadsheet would run
 * as a formula are prefixed with an apostrophe.
 */
public final class CsvFormat {

  private CsvFormat() {}

  /** The file could not be read as CSV at all. */
  public static final class MalformedCsvException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int row;

    MalformedCsvException(int row, String message) {
      super(message);
      this.row = row;
    }

    /** The record, counted from 1, where reading stopped. */
    public int row() {
      return row;
    }
  }

  /** The records of {@code text}, each a list of fields; a trailing empty line is no record. */
  public static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        if (field.length() > 0 || wasQuoted) {
          throw new MalformedCsvException(
              records.size() + 1, "a quote inside an unquoted field; quote the whole field");
        }
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(field.toString());
        records.add(record);
        record = new ArrayList<>();
        field.setLength(0);
        wasQuoted = false;
      } else {
        if (wasQuoted) {
          throw new MalformedCsvException(
              records.size() + 1, "text after a closing quote; quote the whole field");
        }
        field.append(c);
      }
      i++;
    }
    if (quoted) {
      throw new MalformedCsvException(records.size() + 1, "a quoted field is never closed");
    }
    if (field.length() > 0 || wasQuoted || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }

  /** One line of CSV, ending with CRLF. */
  public static String line(List<String> fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(cell(fields.get(i)));
    }
    return line.append("\r\n").toString();
  }

  private static String cell(String value) {
    if (value == null) {
      return "";
    }
    String safe = value;
    if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }
}
