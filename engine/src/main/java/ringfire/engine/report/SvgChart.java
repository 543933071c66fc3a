package ringfire.engine.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * An inline SVG line chart with time on x: grid, value labels on y, dates on x. Coordinates are written with one
 * decimal (Locale.ROOT), so the same data always gives the same text. No external references of any kind.
 */
final class SvgChart
{
    static final int WIDTH = 960;
    static final int HEIGHT = 260;
    private static final int LEFT = 78;
    private static final int RIGHT = 12;
    private static final int TOP = 10;
    private static final int BOTTOM = 26;
    private static final int Y_TICKS = 5;
    private static final DateTimeFormatter DATE =
        DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** Formats a y value for a label. */
    interface Label
    {
        String format(double value);
    }

    private final long t0;
    private final long t1;
    private final double v0;
    private final double v1;
    private final StringBuilder svg = new StringBuilder(64 * 1024);

    /** A chart over times {@code t0..t1} and values {@code vMin..vMax} (widened when empty). */
    SvgChart(final String label, final long t0, final long t1, final double vMin, final double vMax, final Label format)
    {
        this.t0 = t0;
        this.t1 = t1 > t0 ? t1 : t0 + 1;
        final double pad = vMax > vMin ? (vMax - vMin) * 0.04 : Math.max(Math.abs(vMax) * 0.01, 1e-9);
        this.v0 = vMin - pad;
        this.v1 = vMax + pad;
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
            .append("\" role=\"img\" aria-label=\"").append(Html.escape(label)).append("\">\n");
        svg.append("<rect class=\"plot\" x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"")
            .append(WIDTH - LEFT - RIGHT).append("\" height=\"").append(HEIGHT - TOP - BOTTOM).append("\"/>\n");
        for (int i = 0; i <= Y_TICKS; i++)
        {
            final double v = v0 + (v1 - v0) * i / Y_TICKS;
            final String y = num(y(v));
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\"/>")
                .append("<text class=\"ylabel\" x=\"").append(LEFT - 6).append("\" y=\"").append(num(y(v) + 4))
                .append("\">").append(Html.escape(format.format(v))).append("</text>\n");
        }
        xLabel(this.t0, "start");
        xLabel((this.t0 + this.t1) / 2, "middle");
        xLabel(this.t1, "end");
    }

    private void xLabel(final long t, final String anchor)
    {
        svg.append("<text class=\"xlabel\" text-anchor=\"").append(anchor).append("\" x=\"").append(num(x(t)))
            .append("\" y=\"").append(HEIGHT - 8).append("\">")
            .append(DATE.format(Instant.ofEpochSecond(Math.floorDiv(t, Times.SECOND_NS)))).append("</text>\n");
    }

    double x(final long t)
    {
        return LEFT + (double)(t - t0) / (t1 - t0) * (WIDTH - LEFT - RIGHT);
    }

    double y(final double v)
    {
        return TOP + (v1 - v) / (v1 - v0) * (HEIGHT - TOP - BOTTOM);
    }

    /** The points as a polyline of {@code cssClass}. */
    SvgChart line(final List<Downsampler.Point> points, final String cssClass)
    {
        svg.append("<polyline class=\"").append(cssClass).append("\" points=\"");
        coordinates(points);
        svg.append("\"/>\n");
        return this;
    }

    /** The points closed down to value 0 as a filled area of {@code cssClass} (for drawdown). */
    SvgChart areaToZero(final List<Downsampler.Point> points, final String cssClass)
    {
        if (points.isEmpty())
        {
            return this;
        }
        svg.append("<polygon class=\"").append(cssClass).append("\" points=\"");
        svg.append(num(x(points.get(0).timeNs()))).append(',').append(num(y(0))).append(' ');
        coordinates(points);
        svg.append(' ').append(num(x(points.get(points.size() - 1).timeNs()))).append(',').append(num(y(0)));
        svg.append("\"/>\n");
        return this;
    }

    private void coordinates(final List<Downsampler.Point> points)
    {
        for (int i = 0; i < points.size(); i++)
        {
            if (i > 0)
            {
                svg.append(' ');
            }
            svg.append(num(x(points.get(i).timeNs()))).append(',').append(num(y(points.get(i).value())));
        }
    }

    /** A triangle pointing up (a long entry) or down (a short entry) with a tooltip. */
    SvgChart triangle(final long t, final double v, final boolean up, final String cssClass, final String tooltip)
    {
        final double x = x(t);
        final double y = y(v);
        final double s = 5;
        final double tip = up ? y - s : y + s;
        final double base = up ? y + s : y - s;
        svg.append("<polygon class=\"").append(cssClass).append("\" points=\"")
            .append(num(x)).append(',').append(num(tip)).append(' ')
            .append(num(x - s)).append(',').append(num(base)).append(' ')
            .append(num(x + s)).append(',').append(num(base)).append("\"><title>").append(Html.escape(tooltip))
            .append("</title></polygon>\n");
        return this;
    }

    /** A dot (an exit) with a tooltip. */
    SvgChart dot(final long t, final double v, final String cssClass, final String tooltip)
    {
        svg.append("<circle class=\"").append(cssClass).append("\" cx=\"").append(num(x(t))).append("\" cy=\"")
            .append(num(y(v))).append("\" r=\"3.5\"><title>").append(Html.escape(tooltip)).append("</title></circle>\n");
        return this;
    }

    String render()
    {
        return svg + "</svg>\n";
    }

    static String num(final double v)
    {
        final String s = String.format(Locale.ROOT, "%.1f", v);
        return s.equals("-0.0") ? "0.0" : s;
    }
}
