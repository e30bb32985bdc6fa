package io.salesplatform.tenant.config.settings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How often a customer is visited to keep the relationship (policy 4.2). Important customers are
 * visited more often, so the interval can be set per customer segment.
 *
 * @param defaultIntervalDays days between visits for a customer whose segment has no interval of
 *     its own: 1 to 3650
 * @param intervalDaysBySegment days between visits per customer segment (segment names are
 *     lower-case words joined by hyphens, such as {@code strategic}): each 1 to 3650
 */
public record FollowUpVisits(int defaultIntervalDays, Map<String, Integer> intervalDaysBySegment) {

  public FollowUpVisits {
    Rules rules = new Rules();
    rules.days(defaultIntervalDays, "defaultIntervalDays");
    if (rules.present(intervalDaysBySegment, "intervalDaysBySegment")) {
      intervalDaysBySegment.forEach(
          (segment, days) -> {
            String path = SettingsPath.key("intervalDaysBySegment", String.valueOf(segment));
            rules.name(segment, path, "segment name");
            if (rules.present(days, path)) {
              rules.days(days, path);
            }
          });
    }
    rules.enforce();
    intervalDaysBySegment = Collections.unmodifiableMap(new LinkedHashMap<>(intervalDaysBySegment));
  }

  static FollowUpVisits defaults() {
    Map<String, Integer> bySegment = new LinkedHashMap<>();
    bySegment.put("strategic", 30);
    bySegment.put("key", 60);
    bySegment.put("standard", 90);
    return new FollowUpVisits(90, bySegment);
  }

  /** Days between visits for a customer of {@code segment}, which may be null or unknown. */
  public int intervalDaysFor(String segment) {
    return intervalDaysBySegment.getOrDefault(segment, defaultIntervalDays);
  }
}
