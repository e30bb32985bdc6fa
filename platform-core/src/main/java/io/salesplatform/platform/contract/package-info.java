/**
 * Contracts (policy 4.4, 5.4, 5.5, 6.4, 7.1, 7.2): made from accepted quotes, reviewed by legal
 * before any signing, signed within the customer's credit (or with a manager's credit approval),
 * tracked through milestones to completion, with a fulfilment rate per contract and per rep.
 */
package io.salesplatform.platform.contract;
