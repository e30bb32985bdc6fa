/**
 * Who is calling. Bearer tokens from the identity provider are verified here, locally: signature
 * against signing keys fetched in the background, issuer, audience and expiry. No request waits on
 * the identity provider. The caller's roles per tenant come from the token's group paths.
 */
package io.salesplatform.platform.security;
