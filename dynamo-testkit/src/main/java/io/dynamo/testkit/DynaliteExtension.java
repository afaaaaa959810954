package io.dynamo.testkit;

import java.net.URI;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that hands tests a {@link Dynalite} shared by every test class of the JVM.
 *
 * <pre>{@code
 * @ExtendWith(DynaliteExtension.class)
 * class PutItemIT {
 *   PutItemIT(Dynalite dynalite) { ... }              // constructor,
 *   @BeforeAll static void setUp(URI endpoint) { ... } // lifecycle methods,
 *   @Test void puts(Dynalite dynalite) { ... }         // or test methods
 * }
 * }</pre>
 *
 * <p>It resolves parameters of type {@link Dynalite} and {@link URI} (the server's endpoint). The
 * server is started with {@link Dynalite#start()} on first use and kept in the root {@link
 * ExtensionContext} store, so JUnit stops it once all tests of the run have finished. Because the
 * server is shared, tests should create their tables with {@link Dynalite#uniqueName(String)}.
 */
// JUnit's types appear in this API but JUnit is only "requires static" (so code that merely starts
// dynalite runs without it): users of this class have JUnit anyway.
@SuppressWarnings("exports")
public final class DynaliteExtension implements ParameterResolver {
  private static final Namespace NAMESPACE = Namespace.create(DynaliteExtension.class);

  /** Creates the extension; JUnit calls this. */
  public DynaliteExtension() {}

  /**
   * The dynalite shared by every test of the run that {@code context} belongs to, started on first
   * call. For extensions and tests that have an {@link ExtensionContext} at hand.
   */
  public static Dynalite shared(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Dynalite.class, key -> Dynalite.start(), Dynalite.class);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Dynalite.class || type == URI.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Dynalite dynalite = shared(context);
    return parameter.getParameter().getType() == URI.class ? dynalite.endpoint() : dynalite;
  }
}
