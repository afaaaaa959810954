package io.dynamo.codec.internal;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.Set;

/**
 * An unmodifiable set that {@link Checks} made after checking its members, remembering which
 * checks. A set record's constructor given one of these takes it as it is: the factories of {@code
 * AttributeValue} check a collection while turning it into a set, and the record's constructor
 * would otherwise check (and copy) the same members again. Only {@link Checks} makes them.
 */
final class CheckedSet<E> extends AbstractSet<E> {
  static final int STRINGS = 1;
  static final int NUMBERS = 2;
  static final int BINARIES = 3;

  final int kind;
  private final Set<E> members;

  CheckedSet(int kind, Set<E> members) {
    this.kind = kind;
    this.members = Collections.unmodifiableSet(members);
  }

  @Override
  public Iterator<E> iterator() {
    return members.iterator();
  }

  @Override
  public int size() {
    return members.size();
  }

  @Override
  public boolean contains(Object o) {
    return members.contains(o);
  }
}
