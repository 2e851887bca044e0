package org.planextract.extract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How to restate a value in another unit before plans are compared ({@code conversions:} in
 * rules/values.yaml): a value in {@code from} times {@code factor} is the value in {@code to}
 * (5‰ × 0.1 = 0.5%). Each listed conversion also works backwards (factor inverted). Units with no
 * listed conversion are not comparable: the comparison keeps them apart.
 */
public final class UnitConversions {
  /** One line of the rule file. */
  public record Conversion(String from, String to, BigDecimal factor) {}

  private final Map<String, BigDecimal> factors;

  public UnitConversions(List<Conversion> conversions) {
    Map<String, BigDecimal> map = new LinkedHashMap<>();
    for (Conversion c : conversions) {
      map.put(c.from() + "\u0000" + c.to(), c.factor());
      map.putIfAbsent(c.to() + "\u0000" + c.from(),
          BigDecimal.ONE.divide(c.factor(), MathContext.DECIMAL64).stripTrailingZeros());
    }
    this.factors = Map.copyOf(map);
  }

  /** No conversions: only equal units compare. */
  public static UnitConversions none() {
    return new UnitConversions(List.of());
  }

  /** The factor from one canonical unit to another: 1 for the same unit, empty when no rule says. */
  public Optional<BigDecimal> factor(String from, String to) {
    if (from == null || to == null) {
      return Optional.empty();
    }
    if (from.equals(to)) {
      return Optional.of(BigDecimal.ONE);
    }
    return Optional.ofNullable(factors.get(from + "\u0000" + to));
  }

  /** {@code value} restated in {@code to}, empty when no rule says how. */
  public Optional<BigDecimal> convert(BigDecimal value, String from, String to) {
    if (value == null) {
      return Optional.empty();
    }
    return factor(from, to).map(f -> value.multiply(f).stripTrailingZeros());
  }
}
