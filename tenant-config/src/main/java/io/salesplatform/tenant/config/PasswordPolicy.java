package io.salesplatform.tenant.config;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A password policy for a tenant's own realm, in the identity provider's notation: rules joined by
 * {@code and}, each a name with an optional argument, such as {@code length(12) and digits(1) and
 * notUsername}. Checked before the realm is made, so a mistake is the operator's 400 rather than a
 * half-made subscription.
 */
public final class PasswordPolicy {

  private enum Argument {
    NONE,
    COUNT,
    TEXT
  }

  private static final Map<String, Argument> RULES =
      Map.ofEntries(
          Map.entry("length", Argument.COUNT),
          Map.entry("maxLength", Argument.COUNT),
          Map.entry("digits", Argument.COUNT),
          Map.entry("lowerCase", Argument.COUNT),
          Map.entry("upperCase", Argument.COUNT),
          Map.entry("specialChars", Argument.COUNT),
          Map.entry("passwordHistory", Argument.COUNT),
          Map.entry("passwordAge", Argument.COUNT),
          Map.entry("forceExpiredPasswordChange", Argument.COUNT),
          Map.entry("maxAuthAge", Argument.COUNT),
          Map.entry("hashIterations", Argument.COUNT),
          Map.entry("notUsername", Argument.NONE),
          Map.entry("notEmail", Argument.NONE),
          Map.entry("notContainsUsername", Argument.NONE),
          Map.entry("hashAlgorithm", Argument.TEXT),
          Map.entry("regexPattern", Argument.TEXT),
          Map.entry("passwordBlacklist", Argument.TEXT));

  private static final Pattern RULE = Pattern.compile("([A-Za-z]+)(?:\\(([^()]*)\\))?");

  private PasswordPolicy() {}

  /** What is wrong with {@code policy}, or empty when the identity provider will take it. */
  public static Optional<String> problem(String policy) {
    if (policy == null || policy.isBlank()) {
      return Optional.empty();
    }
    for (String part : policy.trim().split("\\s+and\\s+", -1)) {
      Matcher rule = RULE.matcher(part.trim());
      if (!rule.matches()) {
        return Optional.of("'" + part.trim() + "' is not a rule such as length(12)");
      }
      Argument argument = RULES.get(rule.group(1));
      if (argument == null) {
        return Optional.of(
            "unknown rule '" + rule.group(1) + "'; known rules: " + String.join(", ", sorted()));
      }
      String value = rule.group(2);
      switch (argument) {
        case NONE -> {
          if (value != null && !value.isBlank() && !value.equals("undefined")) {
            return Optional.of("'" + rule.group(1) + "' takes no argument");
          }
        }
        case COUNT -> {
          if (value != null && !value.matches("[0-9]{1,7}")) {
            return Optional.of("'" + rule.group(1) + "' takes a whole number, not '" + value + "'");
          }
        }
        case TEXT -> {
          if (value == null || value.isBlank()) {
            return Optional.of("'" + rule.group(1) + "' needs an argument");
          }
        }
      }
    }
    return Optional.empty();
  }

  private static java.util.List<String> sorted() {
    return RULES.keySet().stream().sorted().toList();
  }
}
