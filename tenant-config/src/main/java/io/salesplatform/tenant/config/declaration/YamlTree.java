package io.salesplatform.tenant.config.declaration;

import io.salesplatform.tenant.config.settings.SettingsPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A composed YAML document as a JSON-like tree, with the line each path was written on. The tree is
 * built from the YAML nodes rather than by loading the file, because only the nodes know where they
 * stand in the file, and a problem is only useful with its line.
 */
final class YamlTree {

  private final String file;
  private final StandardConstructor scalars;
  private final Map<String, Integer> lines = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> unreadable = new HashSet<>();

  private YamlTree(String file, LoadSettings settings) {
    this.file = file;
    this.scalars = new StandardConstructor(settings);
  }

  /** The tree of {@code root}, its lines and whatever kept parts of it from being read. */
  record Parsed(
      Object tree, Map<String, Integer> lines, List<Problem> problems, Set<String> unreadable) {

    /**
     * Whether {@code path} or a parent of it could not be read, so that its problem is already
     * reported and anything said about its missing value would be noise.
     */
    boolean unreadable(String path) {
      for (String at = path; ; at = SettingsPath.parent(at)) {
        if (unreadable.contains(at)) {
          return true;
        }
        if (at.isEmpty()) {
          return false;
        }
      }
    }

    /** The line of {@code path}, or of its nearest parent written in the file. */
    int lineOf(String path) {
      String at = path;
      while (!lines.containsKey(at) && !at.isEmpty()) {
        at = SettingsPath.parent(at);
      }
      return lines.getOrDefault(at, 1);
    }
  }

  static Parsed parse(String file, LoadSettings settings, Node root) {
    YamlTree tree = new YamlTree(file, settings);
    tree.lines.put("", line(root));
    Object value = tree.value(root, "");
    return new Parsed(
        value, Map.copyOf(tree.lines), List.copyOf(tree.problems), Set.copyOf(tree.unreadable));
  }

  private Object value(Node node, String path) {
    if (node.isRecursive()) {
      return unreadable(node, path, "refers to itself through an alias");
    }
    if (node instanceof MappingNode mapping) {
      return mapping(mapping, path);
    }
    if (node instanceof SequenceNode sequence) {
      List<Object> items = new ArrayList<>();
      List<Node> values = sequence.getValue();
      for (int i = 0; i < values.size(); i++) {
        String itemPath = SettingsPath.index(path, i);
        lines.put(itemPath, line(values.get(i)));
        items.add(value(values.get(i), itemPath));
      }
      return items;
    }
    return scalar((ScalarNode) node, path);
  }

  private Map<String, Object> mapping(MappingNode mapping, String path) {
    Map<String, Object> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
        problems.add(new Problem(file, line(tuple.getKeyNode()), path, "keys must be plain text"));
        continue;
      }
      String key = keyNode.getValue();
      String keyPath = SettingsPath.key(path, key);
      if (entries.containsKey(key)) {
        problems.add(
            new Problem(
                file,
                line(keyNode),
                keyPath,
                "is given twice; the first is on line " + lines.get(keyPath)));
        continue;
      }
      lines.put(keyPath, line(keyNode));
      entries.put(key, value(tuple.getValueNode(), keyPath));
    }
    return entries;
  }

  private Object scalar(ScalarNode node, String path) {
    if (Tag.FLOAT.equals(node.getTag())) {
      // From the text, so that 7.35 stays exactly 7.35 rather than the nearest double.
      try {
        return new BigDecimal(node.getValue());
      } catch (NumberFormatException e) {
        // .inf, .nan and the like: left to the constructor, then refused below.
      }
    }
    try {
      Object value = scalars.constructSingleDocument(Optional.of(node));
      if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
        return unreadable(node, path, "must be a finite number");
      }
      if (value != null
          && !(value instanceof String || value instanceof Number || value instanceof Boolean)) {
        return unreadable(
            node,
            path,
            "holds a " + value.getClass().getSimpleName() + "; use text, numbers or booleans");
      }
      return value;
    } catch (YamlEngineException e) {
      return unreadable(node, path, e.getMessage().lines().findFirst().orElse(""));
    }
  }

  private Object unreadable(Node node, String path, String message) {
    problems.add(new Problem(file, line(node), path, message));
    unreadable.add(path);
    return null;
  }

  static int line(Node node) {
    return node.getStartMark().map(YamlTree::line).orElse(1);
  }

  static int line(Mark mark) {
    return mark.getLine() + 1;
  }
}
