package org.planextract.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.planextract.model.PlanDocument;
import org.planextract.write.JsonOutput;

/**
 * A plan as one JSON line, written by the core's {@link JsonOutput} (the same bytes as a line of
 * the CLI's corpus.jsonl). The core names a document by a {@code java.nio} path, which folds the
 * {@code //} of a URI (hdfs://host/… becomes hdfs:/host/…); for such a path {@code source.path}
 * is set back to the URI as listed, everything else untouched.
 */
final class PlanJson {
  private final JsonOutput json = new JsonOutput();

  String line(PlanDocument doc, String sourcePath) {
    if (doc.source() == null || sourcePath.equals(doc.source().path())) {
      return json.line(doc);
    }
    ObjectNode tree = json.mapper().valueToTree(doc);
    ((ObjectNode) tree.get("source")).put("path", sourcePath);
    try {
      return json.mapper().writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize plan " + doc.docId(), e);
    }
  }
}
