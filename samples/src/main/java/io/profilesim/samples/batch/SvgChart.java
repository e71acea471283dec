package io.profilesim.samples.batch;

import java.util.List;
import java.util.Locale;

/**
 * A bar chart as SVG, written by hand so that the same counts give the same bytes (numbers in
 * {@link Locale#ROOT}, lines ending in {@code \n}).
 */
final class SvgChart {
  static final int WIDTH = 640;
  static final int HEIGHT = 260;
  private static final int LEFT = 56;
  private static final int RIGHT = 16;
  private static final int TOP = 36;
  private static final int BOTTOM = 44;

  private SvgChart() {}

  /** Renders one bar per label, heights scaled to the largest count. */
  static String bars(String title, String xLabel, List<String> labels, List<Long> counts) {
    if (labels.size() != counts.size() || labels.isEmpty()) {
      throw new IllegalArgumentException("need one count per label, and at least one label");
    }
    long max = Math.max(1, counts.stream().mapToLong(Long::longValue).max().orElse(1));
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    double slot = (double) plotWidth / labels.size();
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
        + " height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">\n",
        WIDTH, HEIGHT, WIDTH, HEIGHT));
    svg.append("<title>").append(escape(title)).append("</title>\n");
    svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n",
        WIDTH, HEIGHT));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"14\""
        + " font-weight=\"bold\">%s</text>\n", LEFT, escape(title)));
    int axisY = TOP + plotHeight;
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\""
        + " stroke=\"#333333\"/>\n", LEFT, axisY, WIDTH - RIGHT, axisY));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%d</text>\n",
        LEFT - 6, TOP + 4, max));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>\n",
        LEFT - 6, axisY + 4));
    for (int i = 0; i < labels.size(); i++) {
      long count = counts.get(i);
      double height = (double) plotHeight * count / max;
      double x = LEFT + i * slot + slot * 0.1;
      double y = axisY - height;
      svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
          + " height=\"%.1f\" fill=\"#4e79a7\"><title>%s: %d</title></rect>\n", x, y, slot * 0.8,
          height, escape(labels.get(i)), count));
      double centre = LEFT + i * slot + slot / 2;
      if (count > 0) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\""
            + " font-size=\"10\">%d</text>\n", centre, y - 3, count));
      }
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\""
          + " font-size=\"10\">%s</text>\n", centre, axisY + 14, escape(labels.get(i))));
    }
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s"
        + "</text>\n", LEFT + plotWidth / 2, HEIGHT - 8, escape(xLabel)));
    svg.append("</svg>\n");
    return svg.toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
