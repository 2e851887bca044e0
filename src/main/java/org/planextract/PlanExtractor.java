package org.planextract;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.planextract.decision.Decision;
import org.planextract.model.PlanDocument;
import org.planextract.model.RunLimits;
import org.planextract.model.Source;
import org.planextract.read.Readers;
import org.planextract.read.SourceText;
import org.planextract.rules.RuleSet;
import org.planextract.model.Box;
import org.planextract.structure.TableBuilder;
import org.planextract.structure.Unit;

/**
 * One file in, one {@link PlanDocument} out: picks the reader, then runs the {@link Pipeline}.
 * Stateless after construction and safe to share between threads.
 */
public final class PlanExtractor {
  private final RuleSet rules;
  private final Readers readers;
  private final Pipeline pipeline;

  public PlanExtractor(RuleSet rules) {
    this.rules = rules;
    this.readers = new Readers(rules.html());
    this.pipeline = new Pipeline(rules);
  }

  public RuleSet rules() {
    return rules;
  }

  /** Reads the bytes of {@code path} with the reader its content (else its extension) names and extracts the plan. */
  public PlanDocument extract(Path path, byte[] bytes, String docId) {
    return extract(path, bytes, docId, Deadline.none());
  }

  /** As {@link #extract(Path, byte[], String)}, failing with TIMEOUT once {@code deadline} is past. */
  public PlanDocument extract(Path path, byte[] bytes, String docId, Deadline deadline) {
    return analyze(path, bytes, docId, deadline).document();
  }

  /**
   * Everything a run computes for one document, not only its output: for explain and review, which
   * show why an item is (or is not) there. {@code decisions} are the verdicts the output was made
   * from: the accepted ones are exactly what {@code document} holds. {@code units} are the plan
   * part's units as read, before the region stage grouped them (explain says what was read).
   */
  public record Analysis(SourceText text, List<Unit> units, List<Box> boxes,
      List<TableBuilder.Built> tables, List<Decision> decisions, PlanDocument document) {
    public Analysis {
      decisions = List.copyOf(decisions);
    }
  }

  /** Reads and extracts a file, keeping the intermediate results. */
  public Analysis analyze(Path path, byte[] bytes, String docId) {
    return analyze(path, bytes, docId, Deadline.none());
  }

  /** As {@link #analyze(Path, byte[], String)}, failing with TIMEOUT once {@code deadline} is past. */
  public Analysis analyze(Path path, byte[] bytes, String docId, Deadline deadline) {
    SourceText text = readers.forInput(path, bytes).read(bytes, deadline);
    deadline.check("reading");
    Source source = new Source(path.toString(), text.format(), sha256(bytes), text.encoding());
    return analyze(text, source, docId, deadline);
  }

  /**
   * Only reads a file into its rendering, with the reader its content (else its extension) names
   * (a run checks its limits next; --incremental looks in it for a rule's trigger words).
   */
  public SourceText read(Path path, byte[] bytes) {
    return readers.forInput(path, bytes).read(bytes);
  }

  /** As {@link #read(Path, byte[])}, asking {@code deadline} where a reader has long loops (a PDF's pages). */
  public SourceText read(Path path, byte[] bytes, Deadline deadline) {
    return readers.forInput(path, bytes).read(bytes, deadline);
  }

  /** Extracts a plan from an already read text, under the default limits. */
  public Analysis analyze(SourceText text, Source source, String docId, Deadline deadline) {
    return analyze(text, source, docId, deadline, RunLimits.defaults());
  }

  /** Extracts a plan from an already read text; past {@code limits.maxClauses()} it is {@code LIMIT_EXCEEDED}. */
  public Analysis analyze(SourceText text, Source source, String docId, Deadline deadline, RunLimits limits) {
    return pipeline.run(text, source, docId, deadline, limits);
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
