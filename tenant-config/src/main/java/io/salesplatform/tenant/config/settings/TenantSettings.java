package io.salesplatform.tenant.config.settings;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a tenant sets to make the sales policy its own. An instance always satisfies the
 * policy's rules: the constructors refuse anything else, naming every violation at once.
 *
 * @param appraisal weights and scoring of the quarterly appraisal (chapter 6)
 * @param stageDeadlines days allowed per pipeline stage (4.3, chapter 5)
 * @param followUpVisits how often customers are visited (4.2)
 * @param quotes validity, response time, discount approval and credit checks of quotes (4.4, 5.3,
 *     7.2)
 * @param complaints response deadlines for complaints (4.5)
 * @param goalRealism when a sales goal is far enough from history to warn (4.1)
 * @param rewardBands bands of overall appraisal scores and what they earn (8.3), from the best
 *     down: at least one, unique names, strictly descending minimum scores, the last starting at 0
 *     so every score falls in a band
 * @param plugins the plugin chosen per extension point; a point without one is not served by any
 *     plugin (quotes are priced at list price, no credit check is made, no survey is sent)
 * @param locale the language of the console and of documents for this tenant: {@code en} or {@code
 *     zh-CN}
 * @param currency the ISO 4217 currency of prices, goals and revenue
 * @param timeZone the IANA time zone in which days, deadlines and quarters begin and end, such as
 *     {@code Europe/Berlin}
 * @param marketAnalysis how often the market is analysed (7.3)
 */
public record TenantSettings(
    AppraisalSettings appraisal,
    StageDeadlines stageDeadlines,
    FollowUpVisits followUpVisits,
    QuoteSettings quotes,
    ComplaintSettings complaints,
    GoalRealism goalRealism,
    List<RewardBand> rewardBands,
    Map<PluginPoint, PluginSelection> plugins,
    Locale locale,
    Currency currency,
    ZoneId timeZone,
    MarketAnalysisSettings marketAnalysis) {

  /** The locales the console and the documents are translated into. */
  public static final List<Locale> SUPPORTED_LOCALES =
      List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

  /**
   * The version of the bundled plugins that the defaults select. It is the platform's own version,
   * which the bundled plugins share; the platform replaces it when it subscribes a tenant if it
   * ships another.
   */
  public static final String BUNDLED_PLUGIN_VERSION = "0.1.0-SNAPSHOT";

  public TenantSettings {
    Rules rules = new Rules();
    rules.present(appraisal, "appraisal");
    rules.present(stageDeadlines, "stageDeadlines");
    rules.present(followUpVisits, "followUpVisits");
    rules.present(quotes, "quotes");
    rules.present(complaints, "complaints");
    rules.present(goalRealism, "goalRealism");
    rules.present(rewardBands, "rewardBands");
    rules.present(plugins, "plugins");
    rules.present(locale, "locale");
    rules.present(currency, "currency");
    rules.present(timeZone, "timeZone");
    rules.present(marketAnalysis, "marketAnalysis");
    rules.addAll(violationsAcross(rewardBands, quotes, plugins, locale), "");
    rules.enforce();
    rewardBands = List.copyOf(rewardBands);
    plugins = Collections.unmodifiableMap(new EnumMap<>(copyOf(plugins)));
  }

  /**
   * The rules that look at more than one value of a component, or at more than one component. A
   * null argument's rules are left out, so that a reader can still check the others when a section
   * failed to read, and report everything at once.
   */
  static List<Violation> violationsAcross(
      List<RewardBand> rewardBands,
      QuoteSettings quotes,
      Map<PluginPoint, PluginSelection> plugins,
      Locale locale) {
    Rules rules = new Rules();
    if (rewardBands != null) {
      checkBands(rewardBands, rules);
    }
    if (plugins != null) {
      plugins.forEach(
          (point, selection) ->
              rules.present(
                  selection, SettingsPath.key("plugins", point == null ? "null" : point.id())));
      rules.require(
          plugins.keySet().stream().noneMatch(Objects::isNull),
          "plugins",
          "names an unknown extension point");
      if (quotes != null && quotes.creditCheckRequiredBeforeSending()) {
        rules.require(
            plugins.get(PluginPoint.CREDIT_CHECK) != null,
            SettingsPath.key("plugins", PluginPoint.CREDIT_CHECK.id()),
            "is required while quotes.creditCheckRequiredBeforeSending is true");
      }
    }
    if (locale != null) {
      rules.require(
          SUPPORTED_LOCALES.contains(locale),
          "locale",
          "'" + locale.toLanguageTag() + "' is not supported; use en or zh-CN");
    }
    return rules.found();
  }

  private static Map<PluginPoint, PluginSelection> copyOf(Map<PluginPoint, PluginSelection> map) {
    // EnumMap's copy constructor refuses an empty plain map, so go through one it accepts.
    return map.isEmpty() ? new EnumMap<>(PluginPoint.class) : new HashMap<>(map);
  }

  private static void checkBands(List<RewardBand> bands, Rules rules) {
    rules.require(!bands.isEmpty(), "rewardBands", "needs at least one band");
    Map<String, Integer> firstIndexByName = new HashMap<>();
    List<RewardBand> seen = new ArrayList<>();
    for (int i = 0; i < bands.size(); i++) {
      RewardBand band = bands.get(i);
      String path = SettingsPath.index("rewardBands", i);
      if (!rules.present(band, path)) {
        continue;
      }
      Integer first = firstIndexByName.putIfAbsent(band.name(), i);
      rules.require(
          first == null,
          SettingsPath.key(path, "name"),
          "'" + band.name() + "' already names rewardBands[" + first + "]");
      if (!seen.isEmpty()) {
        RewardBand previous = seen.get(seen.size() - 1);
        rules.require(
            band.minScore() < previous.minScore(),
            SettingsPath.key(path, "minScore"),
            "must be below the previous band's minimum of "
                + previous.minScore()
                + ": bands are listed from the best down");
      }
      seen.add(band);
    }
    if (!bands.isEmpty() && bands.get(bands.size() - 1) != null) {
      int last = bands.size() - 1;
      rules.require(
          bands.get(last).minScore() == 0,
          SettingsPath.key(SettingsPath.index("rewardBands", last), "minScore"),
          "the last band must start at 0, so that every score falls in a band");
    }
  }

  /**
   * Settings that follow the policy as written, so that a new tenant works at once: revenue
   * weighted first, six stage deadlines, quarterly visits with closer care for strategic and key
   * customers, a credit check before every quote, complaints answered within hours for critical
   * cases, and five reward bands from a bonus down to an improvement plan. The bundled plugins
   * serve all three extension points. English, US dollars and UTC until the tenant says otherwise.
   */
  public static TenantSettings defaults() {
    Map<PluginPoint, PluginSelection> plugins = new EnumMap<>(PluginPoint.class);
    plugins.put(
        PluginPoint.PRICING,
        PluginSelection.of("tiered-pricing", BUNDLED_PLUGIN_VERSION, "tiered-discounts"));
    plugins.put(
        PluginPoint.CREDIT_CHECK,
        PluginSelection.of("credit-limit", BUNDLED_PLUGIN_VERSION, "internal-scorecard"));
    plugins.put(
        PluginPoint.SURVEY, PluginSelection.of("nps-survey", BUNDLED_PLUGIN_VERSION, "nps"));
    return new TenantSettings(
        AppraisalSettings.defaults(),
        StageDeadlines.defaults(),
        FollowUpVisits.defaults(),
        QuoteSettings.defaults(),
        ComplaintSettings.defaults(),
        GoalRealism.defaults(),
        List.of(
            new RewardBand("Outstanding", 90, RewardOutcome.bonus(BigDecimal.valueOf(15))),
            new RewardBand("Strong", 75, RewardOutcome.bonus(BigDecimal.valueOf(8))),
            new RewardBand("Solid", 60, RewardOutcome.of(RewardOutcome.Kind.RECOGNITION)),
            new RewardBand("Developing", 40, RewardOutcome.of(RewardOutcome.Kind.NONE)),
            new RewardBand(
                "Insufficient", 0, RewardOutcome.of(RewardOutcome.Kind.IMPROVEMENT_PLAN))),
        plugins,
        Locale.ENGLISH,
        Currency.getInstance("USD"),
        ZoneId.of("UTC"),
        MarketAnalysisSettings.defaults());
  }

  /** The same settings with {@code selection} serving {@code point} ({@code null}: none). */
  public TenantSettings withPlugin(PluginPoint point, PluginSelection selection) {
    Map<PluginPoint, PluginSelection> changed = new EnumMap<>(PluginPoint.class);
    changed.putAll(plugins);
    if (selection == null) {
      changed.remove(point);
    } else {
      changed.put(point, selection);
    }
    return new TenantSettings(
        appraisal,
        stageDeadlines,
        followUpVisits,
        quotes,
        complaints,
        goalRealism,
        rewardBands,
        changed,
        locale,
        currency,
        timeZone,
        marketAnalysis);
  }

  /** The plugin chosen for {@code point}, if any. */
  public Optional<PluginSelection> plugin(PluginPoint point) {
    return Optional.ofNullable(plugins.get(point));
  }

  /** The band an overall appraisal score of {@code score} (0 to 100) falls in. */
  public RewardBand rewardBandFor(BigDecimal score) {
    return rewardBands.stream()
        .filter(band -> score.compareTo(BigDecimal.valueOf(band.minScore())) >= 0)
        .findFirst()
        .orElse(rewardBands.get(rewardBands.size() - 1));
  }
}
