package io.dynamo.transport.apache;

/** A call between its start and its outcome, which {@link ApacheTransport#close()} must end. */
interface InFlight {
  /**
   * Ends the call with a {@link io.dynamo.api.error.TransportClosedException} and aborts its
   * exchange, closing its connection. Does nothing if the call already has its outcome.
   */
  void abortOnClose();
}
