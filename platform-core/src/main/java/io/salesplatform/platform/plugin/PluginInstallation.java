package io.salesplatform.platform.plugin;

import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.tenant.Tenant;
import io.salesplatform.platform.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operator installs, offers and removes plugin versions while the platform runs. An upload is
 * checked whole before it is stored (size, checksum, manifest, API range, extensions, not already
 * present), stored under a temporary name and renamed into the plugins folder, then started; a jar
 * that does not start is removed again. Removing a version some company's settings select is
 * refused. Each step is written to the platform's log with the operator who took it.
 */
@ApplicationScoped
public class PluginInstallation {

  private static final Logger LOG = Logger.getLogger(PluginInstallation.class.getName());
  private static final Pattern SHA_256 = Pattern.compile("[0-9a-fA-F]{64}");

  @Inject PluginRegistry registry;
  @Inject PluginAvailability availability;
  @Inject TenantRepository tenants;

  @Inject
  @ConfigProperty(name = "platform.plugins.max-upload-size", defaultValue = "52428800")
  long maxUploadSize;

  Clock clock = Clock.systemUTC();

  /**
   * Stores and starts the plugin jar read from {@code body}, whose SHA-256 must be {@code sha256}
   * (hex). The new version is available to no company until the operator says otherwise.
   */
  public synchronized PluginHost.LoadedPlugin upload(InputStream body, String sha256, String by) {
    if (sha256 == null || sha256.isBlank()) {
      throw Problems.badRequest(
          "sha256", "give the jar's SHA-256 in hex, as sha256sum prints it; nothing was stored");
    }
    if (!SHA_256.matcher(sha256).matches()) {
      throw Problems.badRequest("sha256", "'" + sha256 + "' is not a SHA-256 in hex (64 digits)");
    }
    Path directory = registry.directory();
    Path staged = directory.resolve(".upload-" + UUID.randomUUID() + ".part");
    try {
      Files.createDirectories(directory);
      String actual = receive(body, staged);
      if (!actual.equals(sha256.toLowerCase(Locale.ROOT))) {
        throw Problems.badRequest(
            "sha256",
            "the jar received has SHA-256 "
                + actual
                + ", not "
                + sha256.toLowerCase(Locale.ROOT)
                + "; it was damaged or is another jar, and nothing was stored");
      }
      PluginJarCheck.Identity plugin;
      try {
        plugin = PluginJarCheck.check(staged);
      } catch (PluginJarCheck.Rejected e) {
        throw Problems.unprocessable(
            "plugin-rejected",
            "Plugin rejected",
            "The jar is not a plugin this platform takes: "
                + e.getMessage()
                + ". Nothing was stored.");
      }
      String what = plugin.id() + " " + plugin.version();
      registry.refresh();
      Path target = directory.resolve(plugin.id() + "-" + plugin.version() + ".jar");
      boolean present =
          registry.plugins().stream()
              .anyMatch(p -> p.id().equals(plugin.id()) && p.version().equals(plugin.version()));
      if (present || Files.exists(target)) {
        throw Problems.conflict(
            "plugin-exists",
            "Plugin version already installed",
            "Plugin "
                + what
                + " is already installed; a changed plugin needs a new Plugin-Version. Nothing was"
                + " stored.");
      }
      // Before the jar is in place, so that no company is offered it before the operator says so.
      availability.set(
          plugin.id(), plugin.version(), PluginAvailability.Audience.NOBODY, by, clock.instant());
      Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
      registry.refresh();
      PluginHost.LoadedPlugin loaded =
          registry.plugins().stream()
              .filter(p -> p.file().equals(target.getFileName().toString()))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException(what + " vanished after its upload"));
      if (loaded.failure() != null) {
        Files.deleteIfExists(target);
        registry.refresh();
        availability.forget(plugin.id(), plugin.version());
        LOG.warning(() -> by + " uploaded plugin " + what + ", which failed: " + loaded.failure());
        throw Problems.unprocessable(
            "plugin-failed-to-start",
            "Plugin failed to start",
            "Plugin " + what + " did not start and was removed again: " + loaded.failure() + ".");
      }
      LOG.info(
          () ->
              "plugin.upload by "
                  + by
                  + ": "
                  + what
                  + " ("
                  + loaded.file()
                  + ", sha256 "
                  + loaded.checksum()
                  + "), extensions "
                  + loaded.extensions()
                  + ", available to no company yet");
      return loaded;
    } catch (IOException e) {
      throw new UncheckedIOException("storing an uploaded plugin", e);
    } finally {
      try {
        Files.deleteIfExists(staged);
      } catch (IOException e) {
        LOG.warning(() -> "could not delete " + staged + ": " + e);
      }
    }
  }

  /** Reads the body into {@code staged}, no more than the limit; the answer is its SHA-256. */
  private String receive(InputStream body, Path staged) throws IOException {
    if (body == null) {
      throw Problems.badRequest("body", "the plugin jar is the request's body");
    }
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long total = 0;
    try (InputStream in = new DigestInputStream(body, digest);
        OutputStream out = Files.newOutputStream(staged)) {
      byte[] buffer = new byte[65536];
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > maxUploadSize) {
          throw Problems.tooLarge(
              "plugin-too-large",
              "Plugin jar too large",
              "A plugin jar may have at most "
                  + maxUploadSize
                  + " bytes (platform.plugins.max-upload-size); nothing was stored.");
        }
        out.write(buffer, 0, n);
      }
    }
    if (total == 0) {
      throw Problems.badRequest("body", "the plugin jar is the request's body, and it is empty");
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Makes a plugin version available to every company or to the companies {@code change} names;
   * refused when a company whose settings select it would lose it.
   */
  public synchronized Availability makeAvailable(
      String pluginId, String version, AvailabilityChange change, String by) {
    installed(pluginId, version);
    if (change == null) {
      throw Problems.badRequest("body", "give allTenants true, or the companies' slugs in tenants");
    }
    boolean all = Boolean.TRUE.equals(change.allTenants);
    if (all && change.tenants != null && !change.tenants.isEmpty()) {
      throw Problems.badRequest(
          "tenants", "name companies only when the version is not for all of them");
    }
    if (!all && change.tenants == null) {
      throw Problems.badRequest(
          "tenants",
          "give allTenants true, or the companies' slugs in tenants (an empty list: none)");
    }
    Set<UUID> chosen = new LinkedHashSet<>();
    List<Problem.FieldError> unknown = new ArrayList<>();
    if (!all) {
      for (int i = 0; i < change.tenants.size(); i++) {
        String slug = change.tenants.get(i);
        var tenant = slug == null ? java.util.Optional.<Tenant>empty() : tenants.findBySlug(slug);
        if (tenant.isEmpty()) {
          unknown.add(new Problem.FieldError("tenants[" + i + "]", "no company '" + slug + "'"));
        } else {
          chosen.add(tenant.get().tenantId().value());
        }
      }
    }
    if (!unknown.isEmpty()) {
      throw Problems.badRequest("Some companies named do not exist; nothing was changed.", unknown);
    }
    PluginAvailability.Audience audience = new PluginAvailability.Audience(all, chosen);
    if (!all) {
      Set<UUID> losing = new LinkedHashSet<>(availability.users(pluginId, version));
      losing.removeAll(chosen);
      if (!losing.isEmpty()) {
        throw inUse(pluginId, version, losing.size(), "it can be taken from them");
      }
    }
    availability.set(pluginId, version, audience, by, clock.instant());
    Availability now = availability(pluginId, version);
    LOG.info(
        () ->
            "plugin.availability by "
                + by
                + ": "
                + pluginId
                + " "
                + version
                + " available to "
                + (now.allTenants() ? "every company" : now.tenants()));
    return now;
  }

  /** To whom a plugin version is available, companies by slug. */
  public Availability availability(String pluginId, String version) {
    installed(pluginId, version);
    PluginAvailability.Audience audience = availability.audience(pluginId, version);
    List<String> slugs = availability.slugs(audience.tenants());
    return new Availability(pluginId, version, audience.allTenants(), slugs);
  }

  /**
   * Stops a plugin version, unloads it and deletes its jar; refused while any company's settings
   * select it. Other versions of the plugin keep running.
   */
  public synchronized void remove(String pluginId, String version, String by) {
    registry.refresh();
    List<PluginHost.LoadedPlugin> found =
        registry.plugins().stream()
            .filter(p -> p.id().equals(pluginId) && p.version().equals(version))
            .toList();
    if (found.isEmpty()) {
      throw Problems.notFound("No plugin " + pluginId + " " + version + " is installed.");
    }
    Set<UUID> users = availability.users(pluginId, version);
    if (!users.isEmpty()) {
      throw inUse(pluginId, version, users.size(), "it can be removed");
    }
    try {
      for (PluginHost.LoadedPlugin plugin : found) {
        Files.deleteIfExists(registry.directory().resolve(plugin.file()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("removing plugin " + pluginId + " " + version, e);
    }
    registry.refresh();
    availability.forget(pluginId, version);
    LOG.info(
        () ->
            "plugin.remove by "
                + by
                + ": "
                + pluginId
                + " "
                + version
                + " stopped and deleted ("
                + found.stream().map(PluginHost.LoadedPlugin::file).toList()
                + ")");
  }

  private void installed(String pluginId, String version) {
    if (registry.plugin(pluginId, version).isEmpty()) {
      registry.refresh();
      if (registry.plugin(pluginId, version).isEmpty()) {
        throw Problems.notFound("No plugin " + pluginId + " " + version + " is running.");
      }
    }
  }

  private static ProblemException inUse(String pluginId, String version, int count, String to) {
    return Problems.conflict(
        "plugin-in-use",
        "Plugin version in use",
        count
            + (count == 1 ? " company's settings select " : " companies' settings select ")
            + pluginId
            + " "
            + version
            + "; they must choose another version before "
            + to
            + ". Nothing was changed.");
  }

  /**
   * To whom a plugin version is available.
   *
   * @param pluginId the plugin
   * @param version its version
   * @param allTenants every company
   * @param tenants the companies' slugs, when not every company
   */
  public record Availability(
      String pluginId, String version, boolean allTenants, List<String> tenants) {}
}
