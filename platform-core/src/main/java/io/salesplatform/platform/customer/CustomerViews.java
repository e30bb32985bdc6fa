package io.salesplatform.platform.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What crosses the wire about customers and their visits. */
public final class CustomerViews {

  private CustomerViews() {}

  /**
   * A person of the company as a customer file names them.
   *
   * @param id their user id
   * @param name their display name or user name, or {@code null} when no longer known
   */
  public record Rep(String id, String name) {}

  /**
   * A customer file.
   *
   * @param id its id
   * @param name the customer's name
   * @param industry its industry
   * @param segment its segment, which sets the follow-up interval
   * @param address its address
   * @param website its website
   * @param notes free notes
   * @param contacts the people to talk to
   * @param assignedRep who looks after it
   * @param channel how it was found
   * @param developmentNotes important facts of its development
   * @param needs its recorded needs
   * @param nextVisit the day of the planned follow-up visit
   * @param purchaseHistory its signed contracts (number, signed day, value, status), on the read of
   *     one file; empty in lists
   * @param creditProfile its credit standing from the latest credit check and its exposure, on the
   *     read of one file; absent in lists
   * @param createdAt when the file was opened
   * @param updatedAt when it last changed
   * @param version its version, also the ETag; a change names it
   */
  public record CustomerView(
      UUID id,
      String name,
      String industry,
      String segment,
      String address,
      String website,
      String notes,
      List<Contact> contacts,
      Rep assignedRep,
      String channel,
      String developmentNotes,
      String needs,
      LocalDate nextVisit,
      List<Object> purchaseHistory,
      Object creditProfile,
      Instant createdAt,
      Instant updatedAt,
      long version) {

    /** This file with its purchase history and credit profile, as contracts and checks say. */
    public CustomerView withDealings(List<Object> history, Object credit) {
      return new CustomerView(
          id,
          name,
          industry,
          segment,
          address,
          website,
          notes,
          contacts,
          assignedRep,
          channel,
          developmentNotes,
          needs,
          nextVisit,
          List.copyOf(history),
          credit,
          createdAt,
          updatedAt,
          version);
    }

    static CustomerView of(Customer customer, Rep rep, LocalDate nextVisit) {
      CustomerProfile profile = customer.profile();
      return new CustomerView(
          customer.id(),
          profile.name(),
          profile.industry(),
          profile.segment(),
          profile.address(),
          profile.website(),
          profile.notes(),
          profile.contacts(),
          rep,
          profile.channel().id(),
          profile.developmentNotes(),
          profile.needs(),
          nextVisit,
          List.of(),
          null,
          customer.createdAt(),
          customer.updatedAt(),
          customer.version());
    }
  }

  /**
   * A follow-up visit.
   *
   * @param id its id
   * @param customerId the customer visited
   * @param rep who makes or made it
   * @param status {@code planned} or {@code recorded}
   * @param plannedFor the day it was planned for
   * @param visitedOn the day it was made, once recorded
   * @param outcome what came of it, once recorded
   * @param nextStep what happens next, once recorded
   */
  public record VisitView(
      UUID id,
      UUID customerId,
      Rep rep,
      String status,
      LocalDate plannedFor,
      LocalDate visitedOn,
      String outcome,
      String nextStep) {

    static VisitView of(FollowUpVisit visit, Rep rep) {
      return new VisitView(
          visit.id(),
          visit.customerId(),
          rep,
          visit.isPlanned() ? "planned" : "recorded",
          visit.plannedFor(),
          visit.visitedOn(),
          visit.outcome(),
          visit.nextStep());
    }
  }

  /**
   * A recorded visit and the one it planned.
   *
   * @param recorded the visit just recorded
   * @param next the next visit, planned at the tenant's interval for the customer's segment
   */
  public record RecordedVisit(VisitView recorded, VisitView next) {}

  /**
   * A planned visit whose day has passed.
   *
   * @param visitId the visit
   * @param customerId its customer
   * @param customerName the customer's name
   * @param rep who is to make it
   * @param plannedFor the day it was planned for
   * @param daysOverdue how many days ago that was, in the company's time zone
   */
  public record OverdueVisit(
      UUID visitId,
      UUID customerId,
      String customerName,
      Rep rep,
      LocalDate plannedFor,
      long daysOverdue) {}

  /**
   * What an import created.
   *
   * @param imported how many customers
   * @param ids their ids, in the order of the file's rows
   */
  public record Imported(int imported, List<UUID> ids) {}
}
