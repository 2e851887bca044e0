package org.planextract.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;

/**
 * Collects the horizontal and vertical ruling lines of one page (cell borders, box frames) from
 * its graphics: stroked line segments and rectangle edges, and filled rectangles thin enough to be
 * a line (how Word draws table borders). Curves, images and thick fills are ignored. Coordinates
 * are turned top-down to match the text positions.
 */
final class PdfRulingCollector extends PDFGraphicsStreamEngine {
  private static final float THIN = 3f;
  private static final float MIN_LENGTH = 2f;
  private static final int MAX_RULINGS = 4_000;

  private final float pageHeight;
  private final List<PdfRuling> rulings = new ArrayList<>();
  private final List<float[]> segments = new ArrayList<>();
  private final List<float[]> rectangles = new ArrayList<>();
  private final Point2D.Float current = new Point2D.Float();
  private final Point2D.Float start = new Point2D.Float();
  private boolean imagesSeen;

  PdfRulingCollector(PDPage page) {
    super(page);
    this.pageHeight = page.getCropBox().getUpperRightY();
  }

  /** The page's rulings, in drawing order. */
  List<PdfRuling> collect() throws IOException {
    processPage(getPage());
    return rulings;
  }

  boolean imagesSeen() {
    return imagesSeen;
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    float minX = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
    float maxX = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
    float minY = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
    float maxY = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
    rectangles.add(new float[] {minX, minY, maxX, maxY});
    current.setLocation(p0.getX(), p0.getY());
    start.setLocation(p0.getX(), p0.getY());
  }

  @Override
  public void moveTo(float x, float y) {
    current.setLocation(x, y);
    start.setLocation(x, y);
  }

  @Override
  public void lineTo(float x, float y) {
    segments.add(new float[] {current.x, current.y, x, y});
    current.setLocation(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current.setLocation(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return (Point2D) current.clone();
  }

  @Override
  public void closePath() {
    if (current.x != start.x || current.y != start.y) {
      segments.add(new float[] {current.x, current.y, start.x, start.y});
    }
    current.setLocation(start);
  }

  @Override
  public void endPath() {
    clearPath();
  }

  @Override
  public void strokePath() {
    for (float[] s : segments) {
      addSegment(s[0], s[1], s[2], s[3]);
    }
    for (float[] r : rectangles) {
      addRectangleEdges(r);
    }
    clearPath();
  }

  @Override
  public void fillPath(int windingRule) {
    for (float[] r : rectangles) {
      addThinRectangle(r);
    }
    clearPath();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    strokePath();
  }

  @Override
  public void clip(int windingRule) {
    // Clipping paths bound drawing; they are not drawn themselves (the path ends with endPath).
  }

  @Override
  public void drawImage(PDImage pdImage) {
    imagesSeen = true;
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // Gradients carry no ruling lines.
  }

  private void clearPath() {
    segments.clear();
    rectangles.clear();
  }

  private void addRectangleEdges(float[] r) {
    if (r[2] - r[0] <= THIN || r[3] - r[1] <= THIN) {
      addThinRectangle(r);
      return;
    }
    addSegment(r[0], r[1], r[2], r[1]);
    addSegment(r[0], r[3], r[2], r[3]);
    addSegment(r[0], r[1], r[0], r[3]);
    addSegment(r[2], r[1], r[2], r[3]);
  }

  private void addThinRectangle(float[] r) {
    float w = r[2] - r[0];
    float h = r[3] - r[1];
    if (h <= THIN && w > h) {
      addSegment(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
    } else if (w <= THIN && h > w) {
      addSegment((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
    }
  }

  private void addSegment(float x1, float y1, float x2, float y2) {
    if (rulings.size() >= MAX_RULINGS) {
      return;
    }
    if (Math.abs(y1 - y2) < 1f && Math.abs(x2 - x1) >= MIN_LENGTH) {
      rulings.add(new PdfRuling(true, pageHeight - (y1 + y2) / 2, x1, x2));
    } else if (Math.abs(x1 - x2) < 1f && Math.abs(y2 - y1) >= MIN_LENGTH) {
      rulings.add(new PdfRuling(false, (x1 + x2) / 2, pageHeight - y1, pageHeight - y2));
    }
  }
}
