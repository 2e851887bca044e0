package org.planextract.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Parquet types for the CSV-shaped tables, derived from the column names so the columns are
 * exactly the CSV's (same names, same order) and only their types are richer: {@code seq},
 * {@code parentSeq}, {@code line}, {@code *Year}/{@code year} and {@code periodStart}/{@code periodEnd}
 * are integers, {@code *Value}, {@code *Min}, {@code *Max} (and {@code value}, {@code min},
 * {@code max}) doubles, {@code unitInferred} a boolean, every other column a string. An empty
 * CSV cell is a null.
 */
final class ColumnTypes implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  private final List<String> columns;
  private final List<DataType> types = new ArrayList<>();
  private final StructType schema;

  ColumnTypes(List<String> columns) {
    this.columns = List.copyOf(columns);
    List<StructField> fields = new ArrayList<>();
    for (String c : columns) {
      DataType t = typeOf(c);
      types.add(t);
      fields.add(DataTypes.createStructField(c, t, true));
    }
    this.schema = DataTypes.createStructType(fields);
  }

  static DataType typeOf(String column) {
    if (column.equals("seq") || column.equals("parentSeq") || column.equals("line") || column.endsWith("Year")
        || column.equals("year") || column.equals("periodStart") || column.equals("periodEnd")) {
      return DataTypes.IntegerType;
    }
    if (column.endsWith("Value") || column.endsWith("Min") || column.endsWith("Max") || column.equals("value")
        || column.equals("min") || column.equals("max")) {
      return DataTypes.DoubleType;
    }
    if (column.equals("unitInferred")) {
      return DataTypes.BooleanType;
    }
    return DataTypes.StringType;
  }

  StructType schema() {
    return schema;
  }

  /** A typed row from CSV cell texts, with the given leading sort keys before the columns. */
  Row row(List<String> cells, Object... keys) {
    if (cells.size() != columns.size()) {
      throw new IllegalArgumentException(cells.size() + " cells for " + columns.size() + " columns");
    }
    Object[] values = new Object[keys.length + cells.size()];
    System.arraycopy(keys, 0, values, 0, keys.length);
    for (int i = 0; i < cells.size(); i++) {
      values[keys.length + i] = value(cells.get(i), types.get(i));
    }
    return RowFactory.create(values);
  }

  private static Object value(String cell, DataType type) {
    if (cell == null || cell.isEmpty()) {
      return null;
    }
    if (type == DataTypes.IntegerType) {
      return Integer.valueOf(cell);
    }
    if (type == DataTypes.DoubleType) {
      return Double.valueOf(cell);
    }
    if (type == DataTypes.BooleanType) {
      return Boolean.valueOf(cell);
    }
    return cell;
  }
}
