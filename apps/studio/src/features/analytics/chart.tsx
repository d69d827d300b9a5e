import { useEffect, useRef } from "react";
import { BarChart, HeatmapChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from "echarts/components";
import { init, use as registerModules, type ECharts, type EChartsCoreOption } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

// only what the dashboard draws: ECharts is modular, and the rest stays out of the bundle
registerModules([
  BarChart,
  LineChart,
  HeatmapChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

/** The dashboard's palette: distinguishable in greyscale too, and dark enough on white. */
export const COLORS = { primary: "#0f766e", secondary: "#b45309", muted: "#6b7280", heldBack: "#e5e7eb" };

interface ChartProps {
  option: EChartsCoreOption;
  /** What the chart shows, in words: it is one image to assistive technology; the table beside it has the figures. */
  label: string;
  height?: number;
}

/**
 * One ECharts chart, drawn as SVG (crisp in screenshots, its text in the page), without animation
 * (figures, not a show), resized with its box.
 */
export function Chart({ option, label, height = 280 }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  useEffect(() => {
    const element = box.current!;
    const instance = init(element, null, { renderer: "svg" });
    chart.current = instance;
    const resized = new ResizeObserver(() => instance.resize());
    resized.observe(element);
    return () => {
      resized.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(
      { animation: false, textStyle: { fontFamily: "system-ui, sans-serif" }, ...option },
      {
        notMerge: true,
      },
    );
  }, [option]);
  return <div ref={box} role="img" aria-label={label} className="chart" style={{ height }} />;
}
