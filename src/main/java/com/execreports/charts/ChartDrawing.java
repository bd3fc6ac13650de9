package com.execreports.charts;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws the report charts server-side as PNG: plain bar charts that read on a phone (the 600 px image shrinks to about
 * 350 px, so the type is large), each bar labelled with its value, series ordered largest first, in the Okabe–Ito
 * palette that colour-blind readers tell apart. The white background is drawn into the image, so a mail client's
 * dark mode cannot put the labels on black.
 */
final class ChartDrawing {

    static final int WIDTH = 600;
    static final int HEIGHT = 360;
    private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
        new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x999999), new Color(0xF0E442)};
    private static final Color LABEL = new Color(0x111827);

    static {
        // charts are drawn on servers without a display
        System.setProperty("java.awt.headless", "true");
    }

    private ChartDrawing() {
    }

    /**
     * @param series series name → category (e.g. month) → value in whole dollars (or a count)
     */
    /**
     * Months in time order, each bar the stack of its series (largest series at the foot, first in the legend) with the
     * month's total written above it.
     *
     * @param unit "$" for dollars, "%" for a share, "" for a count: how a label writes the value
     */
    static byte[] stackedBars(String title, String valueAxis, String unit, List<String> categories,
                              Map<String, SortedMap<String, Long>> series) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        largestFirst(series).forEach((name, values) -> categories.forEach(c -> data.addValue(values.getOrDefault(c, 0L), name, c)));
        JFreeChart chart = ChartFactory.createStackedBarChart(title, null, valueAxis, data, PlotOrientation.VERTICAL, true, false, false);
        style(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        long top = 0;
        for (String c : categories) {
            long total = series.values().stream().mapToLong(v -> v.getOrDefault(c, 0L)).sum();
            top = Math.max(top, total);
            CategoryTextAnnotation label = new CategoryTextAnnotation(label(total, unit), c, total);
            label.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
            label.setPaint(LABEL);
            label.setTextAnchor(TextAnchor.BOTTOM_CENTER);
            plot.addAnnotation(label);
        }
        // room above the tallest bar for its total
        plot.getRangeAxis().setUpperBound(Math.max(1, top) * 1.15);
        return png(chart);
    }

    /** Months in time order, one bar per series (largest first), each labelled with its value. */
    static byte[] groupedBars(String title, String valueAxis, String unit, List<String> categories,
                              Map<String, SortedMap<String, Long>> series) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        largestFirst(series).forEach((name, values) -> categories.forEach(c -> data.addValue(values.getOrDefault(c, 0L), name, c)));
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, data, PlotOrientation.VERTICAL, true, false, false);
        return png(labelled(style(chart), unit, ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    }

    /** Horizontal bars sorted by value, largest at the top, each labelled with its value at its end. */
    static byte[] bars(String title, String valueAxis, String unit, Map<String, Long> values) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        values.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> data.addValue(e.getValue(), valueAxis, e.getKey()));
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, data, PlotOrientation.HORIZONTAL, false, false, false);
        JFreeChart styled = labelled(style(chart), unit, ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
        // room right of the longest bar for its label
        long top = values.values().stream().mapToLong(Long::longValue).max().orElse(1);
        styled.getCategoryPlot().getRangeAxis().setUpperBound(Math.max(1, top) * 1.25);
        return png(styled);
    }

    private static Map<String, SortedMap<String, Long>> largestFirst(Map<String, SortedMap<String, Long>> series) {
        Map<String, SortedMap<String, Long>> sorted = new LinkedHashMap<>();
        series.entrySet().stream().sorted((a, b) -> Long.compare(total(b.getValue()), total(a.getValue())))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static long total(Map<String, Long> values) {
        return values.values().stream().mapToLong(Long::longValue).sum();
    }

    private static JFreeChart labelled(JFreeChart chart, String unit, ItemLabelAnchor anchor, TextAnchor text) {
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.US);
        String pattern = switch (unit) {
            case "$" -> "${2}";
            case "%" -> "{2}%";
            default -> "{2}";
        };
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator(pattern, format));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        renderer.setDefaultItemLabelPaint(LABEL);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(anchor, text));
        return chart;
    }

    /** A value as a label: $1,234 / $1.2k / $1.23M for dollars (short, so it fits above a bar), 80% for a share. */
    static String label(long value, String unit) {
        if (!unit.equals("$")) {
            return NumberFormat.getIntegerInstance(Locale.US).format(value) + unit;
        }
        if (Math.abs(value) >= 1_000_000) {
            return String.format(Locale.US, "$%.2fM", value / 1_000_000.0);
        }
        if (Math.abs(value) >= 10_000) {
            return String.format(Locale.US, "$%.0fk", value / 1_000.0);
        }
        return "$" + NumberFormat.getIntegerInstance(Locale.US).format(value);
    }

    private static JFreeChart style(JFreeChart chart) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        theme.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xe5e7eb));
        plot.setOutlineVisible(false);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.14);
        for (int i = 0; i < PALETTE.length; i++) {
            renderer.setSeriesPaint(i, PALETTE[i]);
        }
        return chart;
    }

    private static byte[] png(JFreeChart chart) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        return out.toByteArray();
    }
}
