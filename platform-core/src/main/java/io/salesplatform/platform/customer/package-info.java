/**
 * Customer files (policy 4.2, 5.1): profile, contacts, the assigned sales rep, the acquisition
 * channel with the facts of its development, recorded needs, and follow-up visits planned at the
 * tenant's interval per segment. A rep keeps the files of their own customers; {@code
 * customers.all} widens that to every customer of the company.
 */
package io.salesplatform.platform.customer;
