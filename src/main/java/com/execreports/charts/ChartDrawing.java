package com.execreports.charts;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Draws the report charts server-side as PNG: plain bar charts that read well at email width. */
final class ChartDrawing {

    static final int WIDTH = 600;
    static final int HEIGHT = 300;
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f)};

    static {
        // charts are drawn on servers without a display
        System.setProperty("java.awt.headless", "true");
    }

    private ChartDrawing() {
    }

    /**
     * @param series series name → category (e.g. month) → value in whole dollars (or a count)
     */
    static byte[] stackedBars(String title, String valueAxis, List<String> categories, Map<String, SortedMap<String, Long>> series)
            throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, values) -> categories.forEach(c -> data.addValue(values.getOrDefault(c, 0L), name, c)));
        JFreeChart chart = ChartFactory.createStackedBarChart(title, null, valueAxis, data, PlotOrientation.VERTICAL, true, false, false);
        return png(style(chart));
    }

    static byte[] groupedBars(String title, String valueAxis, List<String> categories, Map<String, SortedMap<String, Long>> series)
            throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, values) -> categories.forEach(c -> data.addValue(values.getOrDefault(c, 0L), name, c)));
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, data, PlotOrientation.VERTICAL, true, false, false);
        return png(style(chart));
    }

    static byte[] bars(String title, String valueAxis, SortedMap<String, Long> values) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        values.forEach((k, v) -> data.addValue(v, valueAxis, k));
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, data, PlotOrientation.HORIZONTAL, false, false, false);
        return png(style(chart));
    }

    private static JFreeChart style(JFreeChart chart) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
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
        renderer.setMaximumBarWidth(0.12);
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
