package io.dynamo.sign;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Captures every log record the module writes during a test (System.Logger goes to
 * java.util.logging here, all levels on) and fails the test if a record, formatted with its
 * parameters and its exception, shows a secret of {@link TestSecrets}. Exceptions that escape a
 * test are checked too. Registered on every test class of the module.
 */
public final class SecretLeakGuard
    implements BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler {
  private static final Logger MODULE_LOGGER = Logger.getLogger("io.dynamo");
  private static final List<LogRecord> RECORDS = new CopyOnWriteArrayList<>();
  private static final Handler HANDLER =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          RECORDS.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  static {
    HANDLER.setLevel(Level.ALL);
    MODULE_LOGGER.setLevel(Level.ALL);
    MODULE_LOGGER.addHandler(HANDLER);
    MODULE_LOGGER.setUseParentHandlers(false); // captured, not printed
  }

  /** Returns the records captured since the current test started. */
  public static List<LogRecord> records() {
    return List.copyOf(RECORDS);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    RECORDS.clear();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    SimpleFormatter formatter = new SimpleFormatter();
    for (LogRecord r : RECORDS) {
      TestSecrets.assertClean("Log record of " + r.getLoggerName(), formatter.format(r));
      if (r.getThrown() != null) {
        TestSecrets.assertClean(r.getThrown());
      }
    }
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    if (throwable instanceof io.dynamo.codec.DynamoException) {
      TestSecrets.assertClean(throwable);
    }
    throw throwable;
  }
}
