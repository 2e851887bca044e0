package org.planextract.extract;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One sentence pattern of rules/targets.yaml, compiled: its id (carried into {@code Target.rule}),
 * its declared {@link Shape} and a pattern with the groups the shape needs.
 */
public record TargetRule(String id, Pattern pattern, Shape shape) {
  /** How a rule's match becomes targets, declared by the rule's {@code shape:}. */
  public enum Shape {
    /** 甲、乙、丙分别达到 X、Y、Z: groups indicators/values, paired in order. */
    RESPECTIVELY,
    /** 甲和乙达到 X 和 Y: groups indicators/values, paired in order. */
    PAIRED,
    /** 托位数4.5个: groups indicator/value. */
    BARE,
    /** 比2015年提高了1.64岁: groups indicator/value; with no indicator, the previous clause's. */
    CHANGE,
    /** 达到80%以上: groups indicator/value. */
    LEVEL;

    /** The shape named in a rule file (respectively, paired, bare, change, level). */
    public static Optional<Shape> named(String name) {
      for (Shape s : values()) {
        if (s.name().toLowerCase(Locale.ROOT).equals(name)) {
          return Optional.of(s);
        }
      }
      return Optional.empty();
    }

    /** The named groups a pattern of this shape must have. */
    public java.util.List<String> groups() {
      return this == RESPECTIVELY || this == PAIRED ? java.util.List.of("indicators", "values")
          : java.util.List.of("indicator", "value");
    }
  }

  public TargetRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(shape, "shape");
  }

  /** Whether the rule pairs a list of indicators with a list of values. */
  public boolean enumeration() {
    return shape == Shape.RESPECTIVELY || shape == Shape.PAIRED;
  }

  /** Whether a match without an indicator phrase speaks of the previous clause's indicator. */
  public boolean inheritsIndicator() {
    return shape == Shape.CHANGE;
  }
}
