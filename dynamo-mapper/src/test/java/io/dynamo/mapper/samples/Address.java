package io.dynamo.mapper.samples;

import java.util.List;
import java.util.Optional;

/** A nested record, stored as a map. */
public record Address(String street, String city, Optional<String> zip, List<String> lines) {}
