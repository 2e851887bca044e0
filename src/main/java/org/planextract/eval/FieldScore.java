package org.planextract.eval;

/** Counts for one field: true positives, false positives (extras) and false negatives (misses). */
public record FieldScore(String field, int truePositives, int falsePositives, int falseNegatives) {
  public FieldScore {
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException("negative count");
    }
  }

  /** Precision; 1 when nothing was predicted and nothing expected. */
  public double precision() {
    int predicted = truePositives + falsePositives;
    return predicted == 0 ? (falseNegatives == 0 ? 1.0 : 0.0) : (double) truePositives / predicted;
  }

  public double recall() {
    int expected = truePositives + falseNegatives;
    return expected == 0 ? (falsePositives == 0 ? 1.0 : 0.0) : (double) truePositives / expected;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  public FieldScore plus(FieldScore other) {
    if (!field.equals(other.field)) {
      throw new IllegalArgumentException("adding " + other.field + " to " + field);
    }
    return new FieldScore(field, truePositives + other.truePositives,
        falsePositives + other.falsePositives, falseNegatives + other.falseNegatives);
  }
}
