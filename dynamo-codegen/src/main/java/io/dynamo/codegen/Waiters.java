package io.dynamo.codegen;

import io.dynamo.codegen.Generator.Imports;
import io.dynamo.codegen.Model.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the model's waiters ({@code waiters-2.json}): their acceptors as code ({@code
 * ModelWaiters}, the paths compiled by {@link WaiterPaths}), read at run time by the hand-written
 * {@code ModelWaiter}, and the clients' {@code waitUntilX} methods. Waiters listed as written by
 * hand in {@code customizations.json} are left out.
 */
final class Waiters {
  private Waiters() {}

  /** {@code waitUntilX(request, timeout)} and {@code waitUntilX(request)} for waiter {@code X}. */
  static void methods(
      StringBuilder b, Operation o, String name, Map<String, Object> w, Imports im, boolean async) {
    String req = o.name() + "Request";
    String resp = o.name() + "Response";
    String ret = async ? "CompletableFuture<" + resp + ">" : resp;
    String method = "waitUntil" + name;
    String constant = "ModelWaiters." + Names.constant(name);
    im.add("io.dynamo.api.internal.ModelWaiters");
    im.add("java.time.Duration");
    int delay = ((Number) w.get("delay")).intValue();
    int attempts = ((Number) w.get("maxAttempts")).intValue();
    List<String> success = new ArrayList<>();
    List<String> failure = new ArrayList<>();
    for (Object a : JsonTree.list(w.get("acceptors"))) {
      Map<String, Object> acceptor = JsonTree.object(a);
      String text = acceptorText(acceptor);
      switch ((String) acceptor.get("state")) {
        case "success" -> success.add(text);
        case "failure" -> failure.add(text);
        default -> {}
      }
    }
    b.append("\n  /**\n   * Waits for {@code ").append(name).append("}: calls {@code ");
    b.append(o.name()).append("} with {@code request} until\n   * ");
    b.append(String.join(" or ", success));
    b.append(", and ").append(async ? "completes with" : "returns").append(" that response.");
    b.append(" Checks start 100 ms apart and\n   * back off to one every ").append(delay);
    b.append(" s (the model's delay)");
    if (async) {
      b.append(", on the client's timer: no thread waits;\n   * cancelling the future stops them");
    }
    b.append(".\n   *\n");
    String fails = failure.isEmpty() ? null : String.join(" or ", failure);
    String late = "if that does not happen within {@code timeout}";
    if (async) {
      b.append("   * <p>The future fails with ");
      if (fails != null) {
        b.append("a {@link io.dynamo.api.error.WaitFailedException} when ")
            .append(fails)
            .append(", and\n   * ");
      }
      b.append("with a {@link io.dynamo.api.error.WaitTimeoutException} ")
          .append(late)
          .append(".\n   */\n");
    } else {
      if (fails != null) {
        b.append("   * @throws io.dynamo.api.error.WaitFailedException when ")
            .append(fails)
            .append('\n');
      }
      b.append("   * @throws io.dynamo.api.error.WaitTimeoutException ")
          .append(late)
          .append("\n   */\n");
    }
    b.append("  default ").append(ret).append(' ').append(method).append('(').append(req);
    b.append(" request, Duration timeout) {\n");
    b.append("    return ").append(constant).append(async ? ".awaitAsync" : ".await");
    b.append("(timeout, () -> ")
        .append(Generator.lowerFirst(o.name()))
        .append("(request));\n  }\n");
    String minutes =
        delay * attempts % 60 == 0 ? delay * attempts / 60 + " minutes" : delay * attempts + " s";
    b.append("\n  /**\n   * {@link #").append(method).append('(').append(req);
    b.append(", Duration)} with the model's time\n   * allowed: ").append(attempts);
    b.append(" checks ").append(delay).append(" s apart, ").append(minutes).append(".\n   */\n");
    b.append("  default ").append(ret).append(' ').append(method).append('(').append(req);
    b.append(" request) {\n    return ").append(method).append("(request, ");
    b.append(constant).append(".maxWait());\n  }\n");
  }

  /** What an acceptor looks for, as javadoc text. */
  private static String acceptorText(Map<String, Object> acceptor) {
    String matcher = (String) acceptor.get("matcher");
    String argument = "{@code " + acceptor.get("argument") + "}";
    String expected = "{@code " + acceptor.get("expected") + "}";
    return switch (matcher) {
      case "path" -> argument + " is " + expected;
      case "pathAll" -> "every " + argument + " is " + expected;
      case "pathAny" -> "some " + argument + " is " + expected;
      case "error" -> "it fails with " + expected;
      default -> throw new IllegalStateException("no waiter matcher " + matcher);
    };
  }

  /** The model's waiters as code: {@code ModelWaiters}, read by the clients' waiter methods. */
  static String modelWaiters(Generator g, Model model, Customizations custom) {
    String pkg = "io.dynamo.api.internal";
    Imports im = new Imports(pkg);
    StringBuilder b = new StringBuilder();
    b.append("/**\n * The waiters of DynamoDB's model ({@code waiters-2.json}), their acceptors ");
    b.append("written as code over the\n * typed responses; ");
    b.append(String.join(" and ", custom.handWrittenWaiters.keySet()));
    b.append(" are written by hand ({@code TableWaiter}).\n */\n");
    b.append("public final class ModelWaiters {\n  private ModelWaiters() {}\n");
    for (Map.Entry<String, Map<String, Object>> e : custom.waiters.entrySet()) {
      String name = e.getKey();
      Map<String, Object> w = e.getValue();
      String op = (String) w.get("operation");
      Operation o = model.operations.get(op);
      if (o == null || o.output() == null) {
        throw new IllegalStateException(
            "waiter " + name + ": " + op + " is not an operation with a response");
      }
      String resp = im.add(Generator.MODEL + "." + op + "Response");
      List<String> success = new ArrayList<>();
      for (Object a : JsonTree.list(w.get("acceptors"))) {
        if ("success".equals(JsonTree.object(a).get("state"))) {
          success.add(acceptorText(JsonTree.object(a)));
        }
      }
      b.append("\n  /** {@code ").append(name).append("}: {@code ").append(op);
      b.append("} until ").append(String.join(" or ", success)).append(". */\n");
      b.append("  public static final ModelWaiter<").append(resp).append("> ");
      b.append(Names.constant(name)).append(" =\n      ModelWaiter.<").append(resp);
      b.append(">named(\n              \"").append(name).append("\", \"").append(op);
      b.append("\", ").append(((Number) w.get("delay")).intValue()).append(", ");
      b.append(((Number) w.get("maxAttempts")).intValue()).append(")");
      boolean seen = false;
      StringBuilder acceptors = new StringBuilder();
      for (Object a : JsonTree.list(w.get("acceptors"))) {
        Map<String, Object> acceptor = JsonTree.object(a);
        String matcher = (String) acceptor.get("matcher");
        String state =
            "ModelWaiter.State." + ((String) acceptor.get("state")).toUpperCase(Locale.ROOT);
        Object expected = acceptor.get("expected");
        String expectedJava =
            expected instanceof Boolean
                ? expected.toString()
                : expected instanceof String str ? Generator.javaString(str) : null;
        if (expectedJava == null) {
          throw new IllegalStateException(
              "waiter " + name + ": cannot compare with " + expected + " yet");
        }
        if (matcher.equals("error")) {
          acceptors.append("\n          .error(").append(state).append(", ");
          acceptors.append(expectedJava).append(')');
          continue;
        }
        String argument = (String) acceptor.get("argument");
        WaiterPaths.Value v =
            WaiterPaths.compile(
                g, model, im, argument, o.output(), "r", "waiter " + name + " (" + matcher + ")");
        boolean list = v.type() == WaiterPaths.Type.LIST;
        if (list != (matcher.equals("pathAll") || matcher.equals("pathAny"))
            || !(matcher.equals("path") || list)) {
          throw new IllegalStateException(
              "waiter " + name + ": " + matcher + " on " + argument + " (a " + v.type() + ")");
        }
        String lambda = "r -> " + v.java();
        if (!seen && acceptor.get("state").equals("success")) {
          seen = true;
          b.append("\n          .seen(").append(Generator.javaString(argument)).append(", ");
          b.append(lambda).append(')');
        }
        acceptors.append("\n          .").append(matcher).append('(').append(state);
        acceptors
            .append(", ")
            .append(Generator.javaString(argument))
            .append(", ")
            .append(expectedJava);
        acceptors.append(", ").append(lambda).append(')');
      }
      b.append(acceptors).append("\n          .build();\n");
    }
    b.append("}\n");
    return Generator.HEADER + "package " + pkg + ";\n\n" + im.render() + b;
  }
}
