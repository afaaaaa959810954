/** A user's types and codecs, for the integration tests. */
package io.dynamo.it;
