package io.salesplatform.platform.declaration;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The folder of declared tenants: applied in the background when the platform starts, again on the
 * operator's request, and retried while a file fails for a passing reason (the identity provider
 * not answering yet). Each file stands alone: one with errors stops no other.
 */
@ApplicationScoped
public class DeclaredTenants {

  private static final Logger LOG = Logger.getLogger(DeclaredTenants.class.getName());
  private static final int RETRIES = 40;
  private static final long RETRY_SECONDS = 15;

  @Inject
  @ConfigProperty(name = "platform.tenants.dir")
  Optional<String> directory;

  @Inject DeclarationApplier applier;

  @Resource ManagedExecutorService executor;
  @Resource ManagedScheduledExecutorService scheduler;

  private final Map<String, DeclarationReport> reports = new ConcurrentHashMap<>();

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (directory.isPresent()) {
      executor.execute(() -> applyWithRetries(0));
    }
  }

  /** The last outcome of every file, by file name. */
  public List<DeclarationReport> reports() {
    return reports.values().stream().sorted((a, b) -> a.file().compareTo(b.file())).toList();
  }

  /** Applies every file now and waits for the outcome. */
  public List<DeclarationReport> applyNow() {
    try {
      return executor.submit(this::applyAll).get(5, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while applying declarations", e);
    } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("applying declarations failed: " + e.getMessage(), e);
    }
  }

  private void applyWithRetries(int attempt) {
    boolean failed =
        applyAll().stream().anyMatch(r -> r.status() == DeclarationReport.Status.FAILED);
    if (failed && attempt < RETRIES) {
      scheduler.schedule(() -> applyWithRetries(attempt + 1), RETRY_SECONDS, TimeUnit.SECONDS);
    }
  }

  private synchronized List<DeclarationReport> applyAll() {
    List<DeclarationReport> applied = new ArrayList<>();
    for (Path file : files()) {
      DeclarationReport report = applier.apply(file);
      reports.put(report.file(), report);
      applied.add(report);
      switch (report.status()) {
        case REJECTED, FAILED ->
            report.messages().forEach(m -> LOG.warning(() -> report.status() + " " + m));
        default ->
            LOG.info(
                () ->
                    report.file()
                        + ": "
                        + report.status()
                        + " "
                        + report.slug()
                        + " at revision "
                        + report.revision());
      }
    }
    return applied;
  }

  private List<Path> files() {
    if (directory.isEmpty()) {
      return List.of();
    }
    Path folder = Path.of(directory.get());
    if (!Files.isDirectory(folder)) {
      LOG.warning(() -> "tenant declarations folder " + folder + " does not exist");
      return List.of();
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
