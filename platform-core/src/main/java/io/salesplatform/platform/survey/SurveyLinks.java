package io.salesplatform.platform.survey;

import io.salesplatform.platform.api.TokenBuckets;
import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's survey links: {@code {platform.public-url}/survey/{token}}, signed with the secret
 * {@code platform.surveys.signing-secret}. Without a secret (or with one too short) the platform
 * starts, but issues no survey (503) and answers no link (404), so a forgotten secret can never
 * produce links anyone could forge.
 */
@ApplicationScoped
public class SurveyLinks {

  private static final Logger LOG = Logger.getLogger(SurveyLinks.class.getName());

  @Inject
  @ConfigProperty(name = "platform.surveys.signing-secret")
  Optional<String> secret;

  @Inject
  @ConfigProperty(name = "platform.surveys.previous-signing-secrets")
  Optional<String> previousSecrets;

  @Inject
  @ConfigProperty(name = "platform.surveys.link-validity", defaultValue = "P30D")
  Duration validity;

  @Inject
  @ConfigProperty(name = "platform.public-url")
  Optional<String> publicUrl;

  @Inject
  @ConfigProperty(name = "platform.surveys.requests-per-minute", defaultValue = "30")
  int requestsPerMinute;

  private SurveyTokens tokens;
  private String why;
  private TokenBuckets requests;

  @PostConstruct
  void start() {
    requests =
        new TokenBuckets(
            Math.max(1, requestsPerMinute) / 60.0,
            Math.max(1, requestsPerMinute),
            System::nanoTime);
    if (secret.isEmpty() || secret.get().isBlank()) {
      why = "the platform has no survey signing secret (platform.surveys.signing-secret)";
    } else {
      try {
        List<String> previous =
            previousSecrets.map(p -> Arrays.stream(p.split(",")).map(String::strip)).stream()
                .flatMap(s -> s)
                .filter(s -> !s.isEmpty())
                .toList();
        tokens = new SurveyTokens(secret.get(), previous);
      } catch (IllegalArgumentException e) {
        why = "the survey signing secret is unusable: " + e.getMessage();
      }
    }
    if (why != null) {
      LOG.log(Level.WARNING, "Surveys cannot be issued: {0}", why);
    }
  }

  /** The tokens, or a 503 when the platform cannot sign them. */
  public SurveyTokens tokens() {
    if (tokens == null) {
      throw Problems.unavailable(
          "surveys-not-configured",
          "Surveys not configured",
          "No survey can be issued: " + why + ". The platform operator must set it.");
    }
    return tokens;
  }

  /** Whether links can be verified at all. */
  public Optional<SurveyTokens> verifier() {
    return Optional.ofNullable(tokens);
  }

  public Duration validity() {
    return validity;
  }

  /** The page a customer answers at. */
  public String link(String token) {
    String base = publicUrl.orElse("").replaceAll("/+$", "");
    return base + "/survey/" + token;
  }

  /**
   * Counts a request through a genuine link of {@code survey}; 429 when the link was used more than
   * {@code platform.surveys.requests-per-minute} times in the last minute on this instance. Forged
   * links are refused before this, without any reading.
   */
  void admit(UUID survey) {
    String key = survey.toString();
    if (!requests.tryTake(key)) {
      long seconds = Math.max(1, requests.secondsUntilNext(key));
      throw new ProblemException(
          Problem.of(
              Response.Status.TOO_MANY_REQUESTS,
              "too-many-requests",
              "Too many requests",
              "This survey link was used too often just now; try again in "
                  + seconds
                  + (seconds == 1 ? " second." : " seconds.")));
    }
  }
}
