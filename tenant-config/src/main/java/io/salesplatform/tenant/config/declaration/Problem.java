package io.salesplatform.tenant.config.declaration;

/**
 * One problem with a declaration file, where an editor can jump to it.
 *
 * @param file the file as it was named to the reader
 * @param line the 1-based line of the offending node, or of its nearest parent present in the file
 *     when the problem is something missing; 0 when the file could not be read at all
 * @param path where in the file's tree, such as {@code settings.appraisal.weights}; empty for the
 *     file as a whole
 * @param message what is wrong
 */
public record Problem(String file, int line, String path, String message) {

  @Override
  public String toString() {
    return file + ":" + line + ": " + (path.isEmpty() ? "" : path + ": ") + message;
  }
}
