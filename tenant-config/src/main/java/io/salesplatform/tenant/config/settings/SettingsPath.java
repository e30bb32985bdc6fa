package io.salesplatform.tenant.config.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Paths into a settings tree, written the way {@link Violation} reports them: keys joined by dots,
 * list positions in brackets ({@code rewardBands[2].minScore}), the empty path for the root. A key
 * that is not a plain word (letters, digits, {@code _} and {@code -}) is quoted ({@code
 * plugins.pricing.config["tier.limit"]}) so that every path reads back unambiguously.
 */
public final class SettingsPath {

  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]+");

  private SettingsPath() {}

  /** The path of {@code key} inside the object at {@code parent}. */
  public static String key(String parent, String key) {
    String segment =
        PLAIN_KEY.matcher(key).matches()
            ? key
            : "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    if (parent.isEmpty()) {
      return segment;
    }
    return segment.startsWith("[") ? parent + segment : parent + "." + segment;
  }

  /** The path of the element at {@code index} in the list at {@code parent}. */
  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** {@code child}, a path relative to {@code parent}, as a path from the root. */
  public static String join(String parent, String child) {
    if (parent.isEmpty()) {
      return child;
    }
    if (child.isEmpty()) {
      return parent;
    }
    return child.startsWith("[") ? parent + child : parent + "." + child;
  }

  /** The path one step up from {@code path}; the root's parent is the root. */
  public static String parent(String path) {
    List<String> segments = segments(path);
    if (segments.isEmpty()) {
      return "";
    }
    StringBuilder parent = new StringBuilder();
    for (String segment : segments.subList(0, segments.size() - 1)) {
      if (!segment.startsWith("[") && parent.length() > 0) {
        parent.append('.');
      }
      parent.append(segment);
    }
    return parent.toString();
  }

  /** The steps of a path as written: plain keys, {@code [n]} and {@code ["quoted"]}. */
  static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[') {
        int end = i + 1;
        if (end < path.length() && path.charAt(end) == '"') {
          end++;
          while (end < path.length() && path.charAt(end) != '"') {
            end += path.charAt(end) == '\\' ? 2 : 1;
          }
          end++;
        }
        end = path.indexOf(']', end);
        end = end < 0 ? path.length() : end + 1;
        segments.add(path.substring(i, end));
        i = end;
      } else {
        int end = i;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        segments.add(path.substring(i, end));
        i = end;
      }
    }
    return segments;
  }
}
