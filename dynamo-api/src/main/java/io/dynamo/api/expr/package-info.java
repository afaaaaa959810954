/**
 * Expressions without hand-written aliases: document paths ({@link io.dynamo.api.expr.Path}), raw
 * expression text ({@link io.dynamo.api.expr.Expr}) and a condition builder ({@link
 * io.dynamo.api.expr.Condition}) for update, condition, filter, key condition and projection
 * expressions. Attribute names that DynamoDB cannot take in an expression (reserved words, names
 * with {@code /}, {@code .}, spaces or other characters) get {@code #aliases} automatically.
 */
package io.dynamo.api.expr;
