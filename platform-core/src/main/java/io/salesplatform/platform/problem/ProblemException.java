package io.salesplatform.platform.problem;

/** Thrown anywhere to answer the request with a problem detail; carries no stack to the wire. */
public class ProblemException extends RuntimeException {

  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.title() + ": " + problem.detail(), null, false, false);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
