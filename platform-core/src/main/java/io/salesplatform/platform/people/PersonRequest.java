package io.salesplatform.platform.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;

/**
 * A person the tenant admin adds. Someone with an account already keeps it and gains roles here.
 */
public class PersonRequest {

  @NotBlank(message = "an email address is required")
  @Email(message = "not an email address")
  @Size(max = 254)
  public String email;

  @NotBlank(message = "a name is required")
  @Size(max = 200)
  public String name;

  /** Their sign-in name; their email address when omitted. */
  @Size(min = 3, max = 254)
  @Pattern(
      regexp = "[A-Za-z0-9][A-Za-z0-9._@-]*",
      message = "letters, digits, '.', '_', '@' and '-', starting with a letter or digit")
  public String username;

  @NotEmpty(message = "give the person at least one role")
  public List<String> roles;

  String effectiveUsername() {
    String chosen = username == null || username.isBlank() ? email : username;
    return chosen.trim().toLowerCase(Locale.ROOT);
  }
}
