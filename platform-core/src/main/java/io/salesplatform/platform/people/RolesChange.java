package io.salesplatform.platform.people;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The roles a person is to hold in the tenant from now on. */
public class RolesChange {

  @NotNull(message = "the roles are required")
  public List<String> roles;
}
