package io.salesplatform.platform.plugin;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What outbound HTTP the operator lets plugins make: the destinations ({@code host} or {@code
 * host:port}; {@code *} for any host), the destinations allowed to be internal (loopback, private,
 * link-local, unique-local or unspecified addresses, refused otherwise even when the destination is
 * allowed), a cap on a request's timeout and on a response's size, and a number of requests per
 * second for each company and plugin.
 *
 * @param allowed the allowed destinations, lower case
 * @param internal the destinations that may resolve to internal addresses, lower case
 * @param maxTimeout the longest timeout a request may have; a longer one or none is cut to it
 * @param maxResponseBytes the largest response body a plugin receives
 * @param requestsPerSecond the requests a company's plugin may start per second (and at once)
 */
public record EgressPolicy(
    Set<String> allowed,
    Set<String> internal,
    Duration maxTimeout,
    long maxResponseBytes,
    int requestsPerSecond) {

  /** How a host name is resolved; tests give their own. */
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  public EgressPolicy {
    allowed = Set.copyOf(allowed);
    internal = Set.copyOf(internal);
    if (maxTimeout.isNegative() || maxTimeout.isZero()) {
      throw new IllegalArgumentException("the request timeout cap must be positive");
    }
    if (maxResponseBytes <= 0 || requestsPerSecond <= 0) {
      throw new IllegalArgumentException("the response size cap and the rate must be positive");
    }
  }

  /** A policy from comma-separated destination lists, as the configuration gives them. */
  public static EgressPolicy of(
      String allowed,
      String internal,
      Duration maxTimeout,
      long maxResponseBytes,
      int requestsPerSecond) {
    return new EgressPolicy(
        destinations(allowed),
        destinations(internal),
        maxTimeout,
        maxResponseBytes,
        requestsPerSecond);
  }

  private static Set<String> destinations(String list) {
    if (list == null) {
      return Set.of();
    }
    return Arrays.stream(list.split(","))
        .map(s -> s.trim().toLowerCase(Locale.ROOT))
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }

  /**
   * Why a request to {@code uri} is refused, or {@code null} when it may be made.
   *
   * @param resolver resolves the host, so that a name that points at an internal address is caught
   *     as an internal address literal is
   */
  public String refusal(URI uri, Resolver resolver) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "only http and https may be called, not " + uri.getScheme();
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      return "the address " + uri + " names no host";
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    String destination = host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
    String bare = host.contains(":") ? "[" + host + "]" : host;
    if (!allowed.contains("*") && !allowed.contains(bare) && !allowed.contains(destination)) {
      return destination + " is not among the destinations the operator allows plugins";
    }
    if (internal.contains(bare) || internal.contains(destination)) {
      return null;
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      return "the host " + host + " is unknown";
    }
    for (InetAddress address : addresses) {
      if (isInternal(address)) {
        return destination
            + " resolves to the internal address "
            + address.getHostAddress()
            + ", which plugins may reach only when the operator allows it";
      }
    }
    return null;
  }

  /** Loopback, private, link-local, unique-local (fc00::/7), unspecified or multicast. */
  static boolean isInternal(InetAddress address) {
    byte[] bytes = address.getAddress();
    boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    boolean sharedAddressSpace =
        bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    return address.isLoopbackAddress()
        || address.isSiteLocalAddress()
        || address.isLinkLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()
        || uniqueLocal
        || sharedAddressSpace;
  }

  /** The timeout a request gets: its own when shorter than the cap, else the cap. */
  public Duration timeout(java.util.Optional<Duration> requested) {
    return requested.filter(t -> t.compareTo(maxTimeout) < 0).orElse(maxTimeout);
  }
}
