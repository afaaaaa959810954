package io.dynamo.api.internal;

import io.dynamo.api.call.CallListener;
import io.dynamo.api.error.Operation;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A client's observers: its {@link CallListener}s, the per-call DEBUG line on {@code io.dynamo.api}
 * and the wire log on {@code io.dynamo.wire}. {@link #start} gives {@code null} when nobody
 * listens, so that a call nobody observes allocates nothing for it. Immutable and thread-safe.
 */
public final class Telemetry {
  static final System.Logger LOG = System.getLogger("io.dynamo.api");

  /** Nobody listening, no wire log. */
  public static final Telemetry NONE = new Telemetry(List.of(), false, null, null);

  final Slot[] slots;
  private final boolean wireLog;
  final String region;
  final URI endpoint;

  private Telemetry(List<CallListener<?>> listeners, boolean wireLog, String region, URI endpoint) {
    this.slots = new Slot[listeners.size()];
    for (int i = 0; i < slots.length; i++) {
      slots[i] = new Slot(listeners.get(i));
    }
    this.wireLog = wireLog;
    this.region = region;
    this.endpoint = endpoint;
  }

  /**
   * The observers of a client with these listeners (in order), the wire log on or off, calls signed
   * for {@code region} and sent to {@code endpoint}.
   */
  public static Telemetry of(
      List<CallListener<?>> listeners, boolean wireLog, String region, URI endpoint) {
    return new Telemetry(List.copyOf(listeners), wireLog, region, endpoint);
  }

  /**
   * A call of {@code operation} starts: its observation, or {@code null} if nobody observes it.
   * {@code typed} is the typed request record, or null for a raw call.
   */
  Observation start(Operation operation, Object typed, byte[] body, boolean async) {
    boolean debug = LOG.isLoggable(Level.DEBUG);
    if (slots.length == 0 && !debug) {
      return null;
    }
    return new Observation(this, operation, typed, body, async, debug).begin();
  }

  /** Whether attempts are written to the wire log: switched on, and its logger at DEBUG. */
  boolean wireLogOn() {
    return wireLog && WireLog.LOG.isLoggable(Level.DEBUG);
  }

  /** One listener, and whether it has thrown yet. */
  static final class Slot {
    @SuppressWarnings("unchecked")
    final CallListener<Object> listener;

    private final AtomicBoolean warned = new AtomicBoolean();

    @SuppressWarnings("unchecked")
    Slot(CallListener<?> listener) {
      this.listener = (CallListener<Object>) listener;
    }

    void failed(RuntimeException e, String method, Operation operation) {
      boolean first = warned.compareAndSet(false, true);
      LOG.log(
          first ? Level.WARNING : Level.DEBUG,
          "call listener "
              + listener.getClass().getName()
              + " threw "
              + e.getClass().getName()
              + " from "
              + method
              + " for "
              + operation
              + "; the call goes on without it"
              + (first ? " (later failures of this listener are logged at DEBUG)" : ""),
          e);
    }
  }
}
