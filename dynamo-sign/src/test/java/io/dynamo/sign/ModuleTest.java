package io.dynamo.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamo.codec.DynamoException;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The tests run on the module path: the module exports its API only, and reads what it says. */
@ExtendWith(SecretLeakGuard.class)
class ModuleTest {

  @Test
  void exportsTheApiPackageOnlyAndRequiresNoMoreThanDeclared() {
    Module module = SigV4Signer.class.getModule();
    assertTrue(module.isNamed(), "tests run on the module path");
    assertEquals("io.dynamo.sign", module.getName());
    assertTrue(module.isExported("io.dynamo.sign"));
    assertFalse(module.isExported("io.dynamo.sign.internal"));
    ModuleDescriptor d = module.getDescriptor();
    Set<String> requires =
        d.requires().stream()
            .map(ModuleDescriptor.Requires::name)
            .filter(n -> !n.equals("java.base"))
            .collect(Collectors.toSet());
    assertEquals(
        Set.of("io.dynamo.codec", "com.fasterxml.jackson.core", "java.net.http"), requires);
    assertTrue(
        d.requires().stream()
            .anyMatch(
                r ->
                    r.name().equals("io.dynamo.codec")
                        && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)),
        "DynamoException is in the API, so io.dynamo.codec is required transitively");
    assertEquals(DynamoException.class, CredentialsException.class.getSuperclass());
    assertEquals(DynamoException.class, SigningException.class.getSuperclass());
  }
}
