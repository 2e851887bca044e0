package org.planextract.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.planextract.PlanExtractor;

/**
 * One {@link PlanExtractor} per executor JVM and rule set: compiling the rules and loading HanLP
 * takes seconds, so the first task of an executor does it and the others (concurrent tasks and
 * later stages) share it; the extractor is stateless and thread-safe. Keyed by the rules checksum,
 * so two jobs with different rules in one JVM (local mode, tests) never share one. This map is the
 * module's only JVM-wide state.
 */
final class ExtractorCache {
  private static final Map<String, PlanExtractor> BY_RULES = new ConcurrentHashMap<>();

  private ExtractorCache() {}

  static PlanExtractor get(RuleBundle rules) {
    return BY_RULES.computeIfAbsent(rules.sha256(), sha -> new PlanExtractor(rules.load()));
  }
}
