package io.salesplatform.platform.appraisal;

import java.util.List;
import java.util.Map;

/**
 * The ids behind a rep's figures as a JSON object of string arrays, written directly: a large
 * company's run stores hundreds of thousands of ids, and a general-purpose binding spends more time
 * on them than the database spends finding them.
 */
final class SourcesJson {

  private SourcesJson() {}

  static String write(Map<String, List<String>> sources) {
    int ids = sources.values().stream().mapToInt(List::size).sum();
    StringBuilder json = new StringBuilder(16 + sources.size() * 16 + ids * 40);
    json.append('{');
    boolean firstKind = true;
    for (Map.Entry<String, List<String>> kind : sources.entrySet()) {
      if (!firstKind) {
        json.append(',');
      }
      firstKind = false;
      quoted(json, kind.getKey()).append(":[");
      boolean firstId = true;
      for (String id : kind.getValue()) {
        if (!firstId) {
          json.append(',');
        }
        firstId = false;
        quoted(json, id);
      }
      json.append(']');
    }
    return json.append('}').toString();
  }

  private static StringBuilder quoted(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"');
  }
}
