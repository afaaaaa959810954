/**
 * The annotation processor of dynamo-mapper ({@link io.dynamo.mapper.processor.MapperProcessor}),
 * for the processor path only: it needs nothing but {@code java.compiler}.
 */
module io.dynamo.mapper.processor {
  requires java.compiler;

  exports io.dynamo.mapper.processor;

  provides javax.annotation.processing.Processor with
      io.dynamo.mapper.processor.MapperProcessor;
}
