package io.salesplatform.plugins.survey;

import io.salesplatform.plugin.api.PluginConfiguration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A text in several languages, keyed by BCP 47 tag, such as {@code en} and {@code zh}. The text for
 * a locale is the one of its exact tag, else of its language, else English, else the first.
 *
 * @param texts the text by language tag, at least one
 */
record LocalizedText(Map<String, String> texts) {

  LocalizedText {
    texts = Map.copyOf(texts);
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("a text has at least one language");
    }
  }

  static LocalizedText of(String english, String chinese) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("en", english);
    texts.put("zh", chinese);
    return new LocalizedText(texts);
  }

  /** The text configured under {@code key}, or {@code fallback} when there is none. */
  static LocalizedText read(PluginConfiguration section, String key, LocalizedText fallback) {
    if (!section.has(key)) {
      return fallback;
    }
    Map<String, String> texts = section.strings(key);
    if (texts.isEmpty()) {
      throw section.invalid(key, "a text needs at least one language, such as en");
    }
    return new LocalizedText(new LinkedHashMap<>(texts));
  }

  /** The language tag whose text {@link #in} gives for {@code locale}. */
  String languageFor(String locale) {
    String wanted = locale.toLowerCase(Locale.ROOT);
    String language = wanted.split("[-_]")[0];
    String byLanguage = null;
    String english = null;
    String first = null;
    for (String tag : texts.keySet().stream().sorted().toList()) {
      String lower = tag.toLowerCase(Locale.ROOT);
      if (lower.equals(wanted)) {
        return tag;
      }
      if (byLanguage == null && lower.equals(language)) {
        byLanguage = tag;
      }
      if (english == null && lower.equals("en")) {
        english = tag;
      }
      if (first == null) {
        first = tag;
      }
    }
    return byLanguage != null ? byLanguage : english != null ? english : first;
  }

  String in(String locale) {
    return texts.get(languageFor(locale));
  }
}
