package io.salesplatform.platform.security;

import io.salesplatform.platform.problem.Problems;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;

/**
 * Establishes who is calling from the bearer token, or answers 401. Endpoints marked {@link Public}
 * pass without a token.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class AuthenticationFilter implements ContainerRequestFilter {

  private static final String BEARER = "Bearer ";

  @Inject IdentitySettings settings;
  @Inject SigningKeys keys;
  @Inject TrustedIssuers issuers;
  @Inject CurrentCaller currentCaller;

  @Context ResourceInfo resource;

  private volatile TokenVerifier verifier;

  @Override
  public void filter(ContainerRequestContext request) {
    if (isPublic()) {
      return;
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      request.abortWith(challenge("A bearer token is required.", null));
      return;
    }
    try {
      currentCaller.authenticated(verifier().verify(header.substring(BEARER.length()).trim()));
    } catch (InvalidTokenException e) {
      request.abortWith(
          challenge("The bearer token was refused: " + e.getMessage() + ".", e.getMessage()));
    }
  }

  private boolean isPublic() {
    return AccessRule.of(resource).kind() == AccessRule.Kind.PUBLIC;
  }

  private TokenVerifier verifier() {
    TokenVerifier current = verifier;
    if (current == null) {
      current =
          new TokenVerifier(
              issuers::find,
              keys::key,
              settings.audience(),
              settings.clockSkew(),
              Clock.systemUTC());
      verifier = current;
    }
    return current;
  }

  /** A 401 with the RFC 6750 challenge; a refused token is named {@code invalid_token}. */
  private static Response challenge(String detail, String tokenProblem) {
    String challenge =
        tokenProblem == null
            ? "Bearer realm=\"sales-platform\""
            : "Bearer realm=\"sales-platform\", error=\"invalid_token\", error_description=\""
                + tokenProblem.replace("\"", "'")
                + "\"";
    return Response.fromResponse(Problems.unauthenticated(detail).toResponse())
        .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
        .build();
  }
}
