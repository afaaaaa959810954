package io.dynamo.api.expr;

import io.dynamo.api.error.InvalidRequestException;
import java.util.List;

/**
 * The nodes a {@link Condition} is made of, each rendering itself with the fewest parentheses
 * DynamoDB's precedence (NOT, then AND, then OR) allows.
 */
sealed interface ConditionNode
    permits ConditionNode.Compare,
        ConditionNode.Between,
        ConditionNode.In,
        ConditionNode.Call,
        ConditionNode.And,
        ConditionNode.Or,
        ConditionNode.Not,
        ConditionNode.Raw {
  int OR = 1;
  int AND = 2;
  int NOT = 3;
  int LEAF = 4;
  int CALL = 5;

  /** The node's expression text. */
  String render(ExpressionWriter w);

  /** How tightly it binds: a higher level needs no parentheses inside a lower one. */
  int precedence();

  /** A node's text, in parentheses if it binds less tightly than {@code level} requires. */
  static String nested(ConditionNode child, int level, ExpressionWriter w) {
    String text = child.render(w);
    return child.precedence() >= level ? text : "(" + text + ")";
  }

  /** DynamoDB rejects comparing a path with itself ("first operand must be distinct"). */
  static void checkDistinct(String what, Operand a, String left, Operand b, String right) {
    if (a.isPath() && b.isPath() && left.equals(right)) {
      throw new InvalidRequestException(
          "condition",
          what
              + " compares "
              + a
              + " with itself; DynamoDB requires the operands to be different paths");
    }
  }

  record Compare(Operand left, String comparator, Operand right) implements ConditionNode {
    @Override
    public String render(ExpressionWriter w) {
      String l = left.render(w);
      String r = right.render(w);
      checkDistinct(comparator, left, l, right, r);
      return l + " " + comparator + " " + r;
    }

    @Override
    public int precedence() {
      return LEAF;
    }
  }

  record Between(Operand subject, Operand low, Operand high) implements ConditionNode {
    @Override
    public String render(ExpressionWriter w) {
      return subject.render(w) + " BETWEEN " + low.render(w) + " AND " + high.render(w);
    }

    @Override
    public int precedence() {
      return LEAF;
    }
  }

  record In(Operand subject, List<Operand> candidates) implements ConditionNode {
    @Override
    public String render(ExpressionWriter w) {
      StringBuilder sb = new StringBuilder(subject.render(w)).append(" IN (");
      for (int i = 0; i < candidates.size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(candidates.get(i).render(w));
      }
      return sb.append(')').toString();
    }

    @Override
    public int precedence() {
      return LEAF;
    }
  }

  record Call(String name, Path path, List<Operand> arguments) implements ConditionNode {
    @Override
    public String render(ExpressionWriter w) {
      String first = w.path(path);
      StringBuilder sb = new StringBuilder(name).append('(').append(first);
      for (Operand a : arguments) {
        String text = a.render(w);
        checkDistinct(name, Operand.path(path), first, a, text);
        sb.append(", ").append(text);
      }
      return sb.append(')').toString();
    }

    @Override
    public int precedence() {
      return CALL;
    }
  }

  record And(List<ConditionNode> parts) implements ConditionNode {
    @Override
    public String render(ExpressionWriter w) {
      StringBuilder sb = new StringBuilder();
      for (ConditionNode part : parts) {
        sb.append(sb.length() == 0 ? "" : " AND ").append(nested(part, AND, w));
      }
      return sb.toString();
    }

    @Override
    public int precedence() {
      return AND;
    }
  }

  record Or(List<ConditionNode> parts) implements ConditionNode {
    @Override
    public String render(ExpressionWriter w) {
      StringBuilder sb = new StringBuilder();
      for (ConditionNode part : parts) {
        sb.append(sb.length() == 0 ? "" : " OR ").append(nested(part, OR, w));
      }
      return sb.toString();
    }

    @Override
    public int precedence() {
      return OR;
    }
  }

  record Not(ConditionNode operand) implements ConditionNode {
    @Override
    public String render(ExpressionWriter w) {
      return "NOT " + nested(operand, CALL, w);
    }

    @Override
    public int precedence() {
      return NOT;
    }
  }

  record Raw(Expr expr) implements ConditionNode {
    @Override
    public String render(ExpressionWriter w) {
      return w.raw(expr).strip();
    }

    @Override
    public int precedence() {
      return enclosed(expr.text().strip()) ? CALL : 0;
    }

    /**
     * Whether the text is one parenthesised group, as {@code (a OR b)} but not {@code (a) OR (b)}.
     */
    private static boolean enclosed(String text) {
      if (text.isEmpty() || text.charAt(0) != '(') {
        return false;
      }
      int depth = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '(') {
          depth++;
        } else if (c == ')' && --depth == 0) {
          return i == text.length() - 1;
        }
      }
      return false;
    }
  }
}
