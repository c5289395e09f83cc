import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';

/**
 * The bar chart of applications per status. Its own module, loaded with React.lazy, so recharts stays out of the
 * initial bundle; the counts are also in a table beside it (the chart is decoration for sighted users).
 */
export default function StatusChart({ data, label }: { data: { status: string; count: number }[]; label: string }) {
  return (
    <div role="img" aria-label={label}>
      <BarChart
        h={220}
        data={data}
        dataKey="status"
        series={[{ name: 'count', label, color: 'blue.6' }]}
        tickLine="y"
        withTooltip
        barProps={{ isAnimationActive: false }}
      />
    </div>
  );
}
