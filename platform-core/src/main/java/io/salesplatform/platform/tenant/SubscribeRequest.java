package io.salesplatform.platform.tenant;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A company's subscription, as the operator submits it.
 *
 * @param slug the tenant's short name in URLs; see {@link
 *     io.salesplatform.tenant.config.TenantSlug}
 * @param name the company's name
 * @param adminEmail the first admin's email address
 * @param adminName the first admin's full name
 * @param adminUsername the first admin's sign-in name; their email address when omitted
 */
public record SubscribeRequest(
    @NotBlank(message = "a slug is required") String slug,
    @NotBlank(message = "a company name is required") @Size(max = 200) String name,
    @NotBlank(message = "the admin's email address is required")
        @Email(message = "not an email address")
        @Size(max = 254)
        String adminEmail,
    @NotBlank(message = "the admin's name is required") @Size(max = 200) String adminName,
    @Size(min = 3, max = 254)
        @Pattern(
            regexp = "[A-Za-z0-9][A-Za-z0-9._@-]*",
            message = "letters, digits, '.', '_', '@' and '-', starting with a letter or digit")
        String adminUsername) {

  /** The admin's sign-in name, lower-cased as the identity provider stores it. */
  public String effectiveAdminUsername() {
    String username = adminUsername == null || adminUsername.isBlank() ? adminEmail : adminUsername;
    return username.trim().toLowerCase(java.util.Locale.ROOT);
  }
}
