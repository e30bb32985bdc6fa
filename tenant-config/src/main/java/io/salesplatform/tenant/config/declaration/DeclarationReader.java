package io.salesplatform.tenant.config.declaration;

import io.salesplatform.tenant.config.TenantSlug;
import io.salesplatform.tenant.config.settings.SettingsPath;
import io.salesplatform.tenant.config.settings.SettingsReader;
import io.salesplatform.tenant.config.settings.SettingsTree;
import io.salesplatform.tenant.config.settings.TenantSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads tenant declaration files (YAML, one tenant per file):
 *
 * <pre>
 * slug: northwind-systems
 * name: Northwind Systems
 * admin:
 *   email: admin@northwind.example
 *   name: Li Wei
 *   username: liwei            # optional
 * settings:                    # optional: only what differs from the defaults
 *   appraisal:
 *     weights: {salesRevenue: 50, customerSatisfaction: 15, ...}
 * </pre>
 *
 * A file is taken whole or not at all: any problem, from a syntax error to a broken policy rule
 * deep in the settings, rejects it, and every problem is reported at once with its file, line and
 * path, so that whoever maintains the file fixes it in one pass.
 */
public final class DeclarationReader {

  /** The keys a declaration file may have at its top. */
  public static final List<String> TOP_LEVEL_KEYS = List.of("slug", "name", "admin", "settings");

  private static final List<String> ADMIN_KEYS = List.of("email", "name", "username");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,254}");
  private static final int MAX_NAME_LENGTH = 200;

  private DeclarationReader() {}

  /**
   * The outcome of reading one file: the declaration with its resolved settings, or the problems.
   *
   * @param file the file as it was named to the reader
   * @param declaration the declaration, or null when the file has problems
   * @param settings the declared settings laid over the defaults, or null when the file has
   *     problems
   * @param problems every problem found, by line; empty when the file is valid
   * @param lines the line each path of a valid file is written on, such as {@code
   *     settings.currency}; empty when the file has problems
   */
  public record Result(
      String file,
      TenantDeclaration declaration,
      TenantSettings settings,
      List<Problem> problems,
      Map<String, Integer> lines) {

    public Result {
      problems = List.copyOf(problems);
      lines = lines == null ? Map.of() : Map.copyOf(lines);
      if ((declaration == null) == problems.isEmpty()
          || (declaration == null) != (settings == null)) {
        throw new IllegalArgumentException(
            "a result has either a declaration with its settings, or problems");
      }
    }

    public boolean valid() {
      return problems.isEmpty();
    }

    /**
     * The line {@code path} is written on, or its nearest parent; for placing a problem found after
     * reading, such as a plugin configuration that breaks the plugin's own schema.
     */
    public int lineOf(String path) {
      String at = path;
      while (!lines.containsKey(at) && !at.isEmpty()) {
        at = SettingsPath.parent(at);
      }
      return lines.getOrDefault(at, 1);
    }

    static Result of(String file, List<Problem> problems) {
      List<Problem> byLine = new ArrayList<>(problems);
      byLine.sort(Comparator.comparingInt(Problem::line));
      return new Result(file, null, null, byLine, Map.of());
    }
  }

  /** Reads the declaration in {@code file}, named in problems as the path was given. */
  public static Result read(Path file) {
    String name = file.toString();
    try {
      return read(name, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Result.of(name, List.of(new Problem(name, 0, "", "cannot be read: " + e)));
    }
  }

  /**
   * Reads every {@code *.yaml} and {@code *.yml} file directly in {@code directory}, by file name.
   * A file declaring a slug that an earlier file already declared gets a problem, so that two files
   * never fight over one tenant.
   */
  public static List<Result> readDirectory(Path directory) throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files =
          listing
              .filter(Files::isRegularFile)
              .filter(
                  f -> {
                    String n = f.getFileName().toString();
                    return n.endsWith(".yaml") || n.endsWith(".yml");
                  })
              .sorted()
              .toList();
    }
    Map<String, String> fileBySlug = new HashMap<>();
    List<Result> results = new ArrayList<>();
    for (Path file : files) {
      Result result = read(file);
      if (result.valid()) {
        String earlier = fileBySlug.putIfAbsent(result.declaration().slug(), result.file());
        if (earlier != null) {
          result =
              Result.of(
                  result.file(),
                  List.of(
                      new Problem(
                          result.file(),
                          1,
                          "slug",
                          "'"
                              + result.declaration().slug()
                              + "' is already declared in "
                              + earlier)));
        }
      }
      results.add(result);
    }
    return results;
  }

  /**
   * Reads a declaration from text, as from a ConfigMap entry.
   *
   * @param file the name problems report, such as the file or ConfigMap key it came from
   */
  public static Result read(String file, String yaml) {
    // The core schema reads ~ and an empty value as null, as people who write YAML expect.
    LoadSettings settings =
        LoadSettings.builder().setLabel(file).setSchema(new CoreSchema()).build();
    List<Node> documents = new ArrayList<>();
    try {
      new Compose(settings).composeAllFromString(yaml).forEach(documents::add);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().or(e::getContextMark).map(YamlTree::line).orElse(1);
      String message =
          e.getContext() == null || e.getContext().isBlank()
              ? e.getProblem()
              : e.getContext() + ": " + e.getProblem();
      return Result.of(file, List.of(new Problem(file, line, "", "not valid YAML: " + message)));
    } catch (YamlEngineException e) {
      return Result.of(
          file, List.of(new Problem(file, 1, "", "not valid YAML: " + e.getMessage())));
    }
    if (documents.isEmpty()) {
      return Result.of(file, List.of(new Problem(file, 1, "", "declares no tenant")));
    }
    if (documents.size() > 1) {
      return Result.of(
          file,
          List.of(
              new Problem(
                  file,
                  YamlTree.line(documents.get(1)),
                  "",
                  "declares one tenant per file; this is a second YAML document")));
    }
    YamlTree.Parsed parsed = YamlTree.parse(file, settings, documents.get(0));
    return new Declaration(file, parsed).read();
  }

  /** The checks of one parsed file, gathering problems as they go. */
  private static final class Declaration {

    private final String file;
    private final YamlTree.Parsed parsed;
    private final List<Problem> problems = new ArrayList<>();

    Declaration(String file, YamlTree.Parsed parsed) {
      this.file = file;
      this.parsed = parsed;
      problems.addAll(parsed.problems());
    }

    Result read() {
      if (!(parsed.tree() instanceof Map<?, ?> root)) {
        problem("", "a tenant declaration is a mapping with " + String.join(", ", TOP_LEVEL_KEYS));
        return Result.of(file, problems);
      }
      unknownKeys(root, "", TOP_LEVEL_KEYS, "is not part of a tenant declaration");
      String slug = text(root, "", "slug", true);
      if (slug != null) {
        TenantSlug.problem(slug).ifPresent(p -> problem("slug", p));
      }
      String name = text(root, "", "name", true);
      if (name != null && (name.isBlank() || name.length() > MAX_NAME_LENGTH)) {
        problem("name", "must be 1 to " + MAX_NAME_LENGTH + " characters");
      }
      TenantDeclaration.Admin admin = admin(root.get("admin"));
      Map<String, Object> declared = settingsTree(root.get("settings"));
      TenantSettings settings = null;
      if (declared != null) {
        SettingsReader.Result read = SettingsReader.readOverDefaults(declared);
        read.violations().stream()
            .map(v -> v.under("settings"))
            .filter(v -> !parsed.unreadable(v.path()))
            .forEach(v -> problem(v.path(), v.message()));
        settings = read.settings();
      }
      if (!problems.isEmpty()) {
        return Result.of(file, problems);
      }
      return new Result(
          file,
          new TenantDeclaration(slug, name, admin, declared),
          settings,
          List.of(),
          parsed.lines());
    }

    private TenantDeclaration.Admin admin(Object tree) {
      if (tree == null) {
        problem("admin", "is required");
        return null;
      }
      if (!(tree instanceof Map<?, ?> admin)) {
        problem("admin", "must be a mapping with " + String.join(", ", ADMIN_KEYS));
        return null;
      }
      unknownKeys(admin, "admin", ADMIN_KEYS, "is not part of an admin");
      String email = text(admin, "admin", "email", true);
      if (email != null && !EMAIL.matcher(email).matches()) {
        problem("admin.email", "'" + email + "' is not an email address");
      }
      String name = text(admin, "admin", "name", true);
      if (name != null && (name.isBlank() || name.length() > MAX_NAME_LENGTH)) {
        problem("admin.name", "must be 1 to " + MAX_NAME_LENGTH + " characters");
      }
      String username = text(admin, "admin", "username", false);
      if (username != null && !USERNAME.matcher(username).matches()) {
        problem(
            "admin.username",
            "'"
                + username
                + "' is not a username: lower-case letters, digits, '.', '_', '-' and '@'");
      }
      return email == null || name == null
          ? null
          : new TenantDeclaration.Admin(email, name, username);
    }

    private Map<String, Object> settingsTree(Object tree) {
      if (tree == null) {
        return Map.of();
      }
      if (!(tree instanceof Map<?, ?>)) {
        problem("settings", "must be a mapping of the settings that differ from the defaults");
        return null;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> settings = (Map<String, Object>) SettingsTree.normalize(tree);
      return settings;
    }

    private String text(Map<?, ?> map, String parent, String key, boolean required) {
      Object value = map.get(key);
      String path = SettingsPath.key(parent, key);
      if (value == null) {
        if (required) {
          problem(path, "is required");
        }
        return null;
      }
      if (!(value instanceof String text)) {
        problem(path, "must be text, not " + value);
        return null;
      }
      return text;
    }

    private void unknownKeys(Map<?, ?> map, String parent, List<String> known, String message) {
      for (Object key : map.keySet()) {
        if (!known.contains(key)) {
          problem(
              SettingsPath.key(parent, String.valueOf(key)),
              message + "; expected " + String.join(", ", known));
        }
      }
    }

    private void problem(String path, String message) {
      problems.add(new Problem(file, parsed.lineOf(path), path, message));
    }
  }
}
