package io.dynamo.transport.contract;

import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.HttpResponse;
import io.dynamo.api.spi.Transport;
import java.util.concurrent.CompletableFuture;

/** A call started and left running, for tests of what ends it. */
final class InFlight {
  private InFlight() {}

  /**
   * Starts {@code request} with {@code mode}: {@code executeAsync}'s own future, or a new thread
   * blocked in {@code execute} whose outcome completes the returned future.
   */
  static CompletableFuture<HttpResponse> start(
      Mode mode, Transport transport, HttpRequest request) {
    if (mode == Mode.ASYNC) {
      return transport.executeAsync(request, ContractFixture.TIMEOUT.multipliedBy(6));
    }
    CompletableFuture<HttpResponse> outcome = new CompletableFuture<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                outcome.complete(
                    transport.execute(request, ContractFixture.TIMEOUT.multipliedBy(6)));
              } catch (Throwable t) {
                outcome.completeExceptionally(t);
              }
            },
            "contract-sync-caller");
    caller.setDaemon(true);
    caller.start();
    return outcome;
  }
}
