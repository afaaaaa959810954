package io.dynamo.api.internal.ops;

import com.fasterxml.jackson.core.JsonParser;
import io.dynamo.api.Operation;
import io.dynamo.api.internal.json.Reads;
import io.dynamo.api.internal.json.Writes;
import io.dynamo.api.model.ListTagsOfResourceRequest;
import io.dynamo.api.model.ListTagsOfResourceResponse;
import io.dynamo.api.model.Tag;
import io.dynamo.api.model.TagResourceRequest;
import io.dynamo.api.model.UntagResourceRequest;
import io.dynamo.codec.CodecRegistry;
import java.io.IOException;
import java.util.List;

/** TagResource, UntagResource and ListTagsOfResource over the wire. */
final class TagSpecs {
  private TagSpecs() {}

  /** TagResource; its output is empty. */
  static final class TagResource implements OperationSpec<TagResourceRequest, Void> {
    @Override
    public Operation operation() {
      return Operation.TAG_RESOURCE;
    }

    @Override
    public byte[] write(TagResourceRequest r) throws IOException {
      return Writes.object(
          g -> {
            g.writeStringField("ResourceArn", r.resourceArn());
            SchemaWrites.tags(g, r.tags());
          });
    }

    @Override
    public Void read(byte[] body, CodecRegistry registry) {
      // The operation has no output; servers send nothing, {} or (dynalite) "", all fine.
      return null;
    }
  }

  /** UntagResource; its output is empty. */
  static final class UntagResource implements OperationSpec<UntagResourceRequest, Void> {
    @Override
    public Operation operation() {
      return Operation.UNTAG_RESOURCE;
    }

    @Override
    public byte[] write(UntagResourceRequest r) throws IOException {
      return Writes.object(
          g -> {
            g.writeStringField("ResourceArn", r.resourceArn());
            Writes.strings(g, "TagKeys", r.tagKeys());
          });
    }

    @Override
    public Void read(byte[] body, CodecRegistry registry) {
      // The operation has no output; servers send nothing, {} or (dynalite) "", all fine.
      return null;
    }
  }

  /** ListTagsOfResource. */
  static final class ListTags
      implements OperationSpec<ListTagsOfResourceRequest, ListTagsOfResourceResponse> {
    @Override
    public Operation operation() {
      return Operation.LIST_TAGS_OF_RESOURCE;
    }

    @Override
    public byte[] write(ListTagsOfResourceRequest r) throws IOException {
      return Writes.object(
          g -> {
            g.writeStringField("ResourceArn", r.resourceArn());
            Writes.string(g, "NextToken", r.nextToken());
          });
    }

    @Override
    public ListTagsOfResourceResponse read(byte[] body, CodecRegistry registry) throws IOException {
      return Reads.parse(
          body,
          r -> {
            JsonParser p = r.parser();
            List<?>[] tags = new List<?>[1];
            String[] next = new String[1];
            Reads.object(
                p,
                f -> {
                  switch (f) {
                    case "Tags" -> tags[0] = Reads.list(p, () -> tag(p));
                    case "NextToken" -> next[0] = Reads.string(p);
                    default -> {
                      return false;
                    }
                  }
                  return true;
                });
            @SuppressWarnings("unchecked")
            List<Tag> list = (List<Tag>) tags[0];
            return new ListTagsOfResourceResponse(list, next[0]);
          });
    }
  }

  private static Tag tag(JsonParser p) throws IOException {
    String[] kv = new String[2];
    Reads.object(
        p,
        f -> {
          switch (f) {
            case "Key" -> kv[0] = Reads.string(p);
            case "Value" -> kv[1] = Reads.string(p);
            default -> {
              return false;
            }
          }
          return true;
        });
    return Tag.of(kv[0], kv[1] == null ? "" : kv[1]);
  }
}
