package io.salesplatform.platform.tenant;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * A company's subscription, as the operator submits it. A plain class rather than a record: the
 * OpenAPI generator reads validation constraints from fields, and fails on record components.
 */
public class SubscribeRequest {

  /** The tenant's short name in URLs; see {@link io.salesplatform.tenant.config.TenantSlug}. */
  @NotBlank(message = "a slug is required")
  @ValidSlug
  public String slug;

  /** The company's name. */
  @NotBlank(message = "a company name is required")
  @Size(max = 200)
  public String name;

  /** The first admin's email address. */
  @NotBlank(message = "the admin's email address is required")
  @Email(message = "not an email address")
  @Size(max = 254)
  public String adminEmail;

  /** The first admin's full name. */
  @NotBlank(message = "the admin's name is required")
  @Size(max = 200)
  public String adminName;

  /** The first admin's sign-in name; their email address when omitted. */
  @Size(min = 3, max = 254)
  @Pattern(
      regexp = "[A-Za-z0-9][A-Za-z0-9._@-]*",
      message = "letters, digits, '.', '_', '@' and '-', starting with a letter or digit")
  public String adminUsername;

  /**
   * How the company's people are kept apart: {@code pooled} (the default: an organization in the
   * shared realm) or {@code dedicated-realm} (a realm of its own, with its own password policy and
   * sign-in theme).
   */
  @Pattern(regexp = "pooled|dedicated-realm", message = "pooled or dedicated-realm")
  public String isolation;

  /**
   * For a dedicated realm: its password policy in the identity provider's notation, such as {@code
   * length(12) and digits(1) and notUsername}.
   */
  @Size(max = 500)
  @ValidPasswordPolicy
  public String passwordPolicy;

  /** For a dedicated realm: the theme of its sign-in pages. */
  @Pattern(
      regexp = "[a-z0-9][a-z0-9._-]{0,39}",
      message = "a theme name: lower-case letters, digits, '.', '_' and '-'")
  public String loginTheme;

  /** The isolation asked for, {@code pooled} when omitted. */
  public String effectiveIsolation() {
    return isolation == null ? Tenant.POOLED : isolation;
  }

  /** The admin's sign-in name, lower-cased as the identity provider stores it. */
  public String effectiveAdminUsername() {
    String username = adminUsername == null || adminUsername.isBlank() ? adminEmail : adminUsername;
    return username.trim().toLowerCase(Locale.ROOT);
  }
}
