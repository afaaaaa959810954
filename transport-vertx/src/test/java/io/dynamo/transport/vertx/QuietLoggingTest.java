package io.dynamo.transport.vertx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynamo.api.spi.HttpRequest;
import io.dynamo.api.spi.TransportOptions;
import io.dynamo.testkit.StubServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Vert.x and Netty log through java.util.logging when no other logging library is present (as
 * here), and the transport through {@code System.Logger}, which goes there too: a transport made,
 * used both ways and closed logs nothing at INFO or above.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class QuietLoggingTest {

  @Test
  void logsNothingOnNormalCalls() throws Exception {
    List<String> logged = new CopyOnWriteArrayList<>();
    Handler recorder =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.INFO.intValue()) {
              logged.add(
                  record.getLevel() + " " + record.getLoggerName() + ": " + record.getMessage());
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger root = Logger.getLogger("");
    root.addHandler(recorder);
    try (StubServer stub = StubServer.start()) {
      HttpRequest request =
          HttpRequest.of("POST", stub.endpoint(), List.of(), "{}".getBytes(StandardCharsets.UTF_8));
      VertxTransport transport = VertxTransport.create(TransportOptions.defaults());

      transport.execute(request, Duration.ofSeconds(10));
      transport.executeAsync(request, Duration.ofSeconds(10)).get(10, TimeUnit.SECONDS);
      transport.close();
    } finally {
      root.removeHandler(recorder);
    }

    assertEquals(List.of(), logged);
  }
}
