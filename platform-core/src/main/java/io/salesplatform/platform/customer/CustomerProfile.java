package io.salesplatform.platform.customer;

import io.salesplatform.platform.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a customer file says about the customer, checked as a whole: from the API and from each row
 * of an imported file alike, so that both refuse the same things with the same words.
 *
 * @param name the customer's name, 1 to 200 characters
 * @param industry its industry, up to 100 characters, or {@code null}
 * @param segment its segment, which sets the follow-up visit interval (lower-case words joined by
 *     hyphens, such as {@code strategic}), or {@code null} for the tenant's default interval
 * @param address its address, up to 500 characters, or {@code null}
 * @param website its website, an http(s) URL up to 500 characters, or {@code null}
 * @param notes free notes, or {@code null}
 * @param contacts the people to talk to; each has a name
 * @param channel how the customer was found
 * @param developmentNotes important facts of the development (5.1), or {@code null}
 * @param needs the customer's recorded needs (5.2), or {@code null}
 */
public record CustomerProfile(
    String name,
    String industry,
    String segment,
    String address,
    String website,
    String notes,
    List<Contact> contacts,
    AcquisitionChannel channel,
    String developmentNotes,
    String needs) {

  static final Pattern SEGMENT = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s]+");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
  private static final int TEXT_LIMIT = 10_000;

  public CustomerProfile {
    contacts = contacts == null ? List.of() : List.copyOf(contacts);
  }

  /**
   * The profile the given values make, or every violation of them, each named by field under {@code
   * prefix} (such as {@code rows[3].} for a file's row 3, or empty).
   */
  public static Checked check(
      String prefix,
      String name,
      String industry,
      String segment,
      String address,
      String website,
      String notes,
      List<Contact> contacts,
      String channel,
      String developmentNotes,
      String needs) {
    List<Problem.FieldError> errors = new ArrayList<>();
    String cleanName = trim(name);
    if (cleanName == null) {
      errors.add(new Problem.FieldError(prefix + "name", "required"));
    } else if (cleanName.length() > 200) {
      errors.add(new Problem.FieldError(prefix + "name", "at most 200 characters"));
    }
    String cleanIndustry = limited(prefix + "industry", industry, 100, errors);
    String cleanSegment = trim(segment);
    if (cleanSegment != null
        && (cleanSegment.length() > 40 || !SEGMENT.matcher(cleanSegment).matches())) {
      errors.add(
          new Problem.FieldError(
              prefix + "segment",
              "lower-case words joined by hyphens, at most 40 characters, such as strategic"));
    }
    String cleanAddress = limited(prefix + "address", address, 500, errors);
    String cleanWebsite = limited(prefix + "website", website, 500, errors);
    if (cleanWebsite != null && !WEBSITE.matcher(cleanWebsite).matches()) {
      errors.add(
          new Problem.FieldError(prefix + "website", "an http or https address without spaces"));
    }
    String cleanChannel = trim(channel);
    AcquisitionChannel acquisition = null;
    if (cleanChannel == null) {
      errors.add(
          new Problem.FieldError(
              prefix + "channel",
              "required: one of " + String.join(", ", AcquisitionChannel.ids())));
    } else {
      acquisition = AcquisitionChannel.byId(cleanChannel).orElse(null);
      if (acquisition == null) {
        errors.add(
            new Problem.FieldError(
                prefix + "channel",
                "'"
                    + cleanChannel
                    + "' is none of "
                    + String.join(", ", AcquisitionChannel.ids())));
      }
    }
    List<Contact> cleanContacts = new ArrayList<>();
    if (contacts != null) {
      for (int i = 0; i < contacts.size(); i++) {
        Contact contact = contacts.get(i);
        String path = prefix + "contacts[" + i + "].";
        if (contact == null) {
          errors.add(new Problem.FieldError(prefix + "contacts[" + i + "]", "must be a contact"));
          continue;
        }
        String contactName = trim(contact.name());
        if (contactName == null) {
          errors.add(new Problem.FieldError(path + "name", "required"));
        }
        String email = limited(path + "email", contact.email(), 200, errors);
        if (email != null && !EMAIL.matcher(email).matches()) {
          errors.add(new Problem.FieldError(path + "email", "an email address"));
        }
        cleanContacts.add(
            new Contact(
                contactName,
                limited(path + "title", contact.title(), 100, errors),
                email,
                limited(path + "phone", contact.phone(), 50, errors)));
      }
    }
    String cleanNotes = limited(prefix + "notes", notes, TEXT_LIMIT, errors);
    String cleanDevelopment =
        limited(prefix + "developmentNotes", developmentNotes, TEXT_LIMIT, errors);
    String cleanNeeds = limited(prefix + "needs", needs, TEXT_LIMIT, errors);
    if (!errors.isEmpty()) {
      return new Checked(null, errors);
    }
    return new Checked(
        new CustomerProfile(
            cleanName,
            cleanIndustry,
            cleanSegment,
            cleanAddress,
            cleanWebsite,
            cleanNotes,
            cleanContacts,
            acquisition,
            cleanDevelopment,
            cleanNeeds),
        List.of());
  }

  /**
   * A checked profile, or why there is none.
   *
   * @param profile the profile, or {@code null} when there are errors
   * @param errors every violation; empty when the profile is good
   */
  public record Checked(CustomerProfile profile, List<Problem.FieldError> errors) {}

  private static String limited(
      String field, String value, int max, List<Problem.FieldError> errors) {
    String clean = trim(value);
    if (clean != null && clean.length() > max) {
      errors.add(new Problem.FieldError(field, "at most " + max + " characters"));
    }
    return clean;
  }

  /** Blank means absent. */
  static String trim(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
