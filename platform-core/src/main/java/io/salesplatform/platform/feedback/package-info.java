/**
 * The feedback channel (policy 8.2): sales staff raise problems and suggestions, management answers
 * them with a status, and every answer is kept.
 */
package io.salesplatform.platform.feedback;
