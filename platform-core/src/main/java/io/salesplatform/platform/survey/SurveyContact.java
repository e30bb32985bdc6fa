package io.salesplatform.platform.survey;

/**
 * Who a survey is sent to.
 *
 * @param name the contact's name
 * @param email where the link is mailed
 */
public record SurveyContact(String name, String email) {}
