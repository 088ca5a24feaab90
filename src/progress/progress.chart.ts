/**
 * The 12-week activity chart: one bar per Seoul day, drawn as SVG, with a text summary that
 * names the chart and a table of the same numbers behind a disclosure. Bar height carries the
 * value; the summary and the table carry it too, so colour is never the only channel.
 */
import { html, svg, type TemplateResult } from 'lit';
import type { Locale } from '../core/i18n.js';
import { formatDate, formatDuration, formatNumber } from '../core/format.js';
import { seoulInstant } from '../data/time.js';
import type { ChartWeek } from './progress.stats.js';
import type { LearnerMessages } from './progress.learner.messages.js';

const BAR = 8;
const GAP = 2;
const WEEK_GAP = 4;
const HEIGHT = 100;

/** A Seoul calendar day for display: "12월 1일" / "Dec 1". */
export const dayLabel = (dateKey: string, locale: Locale) => formatDate(seoulInstant(dateKey, 12), locale, 'medium');

/** The text the chart is summarised by; also its accessible name. */
export function chartSummary(weeks: readonly ChartWeek[], m: LearnerMessages, locale: Locale): string {
  let days = 0;
  let total = 0;
  let best: ChartWeek | undefined;
  for (const week of weeks) {
    days += week.days.filter((seconds) => (seconds ?? 0) > 0).length;
    total += week.total;
    if (week.total > (best?.total ?? 0)) best = week;
  }
  const first = m.activitySummary(formatNumber(days, locale), formatDuration(total, locale));
  return best ? `${first} ${m.busiest(dayLabel(best.start, locale), formatDuration(best.total, locale))}` : first;
}

export function activityChart(weeks: readonly ChartWeek[], m: LearnerMessages, locale: Locale): TemplateResult {
  const top = Math.max(0, ...weeks.flatMap((week) => week.days.map((seconds) => seconds ?? 0)));
  const max = Math.max(1, top);
  const width = weeks.length * (7 * (BAR + GAP) + WEEK_GAP);
  const bars = weeks.flatMap((week, w) =>
    week.days.map((seconds, d) => {
      if (!seconds) return svg``;
      const height = Math.max(2, (seconds / max) * HEIGHT);
      const x = w * (7 * (BAR + GAP) + WEEK_GAP) + d * (BAR + GAP);
      return svg`<rect class="day" x=${x} y=${HEIGHT - height} width=${BAR} height=${height} rx="1"></rect>`;
    }),
  );
  const weekdays = m.weekdays.split(' ');
  return html`
    <figure class="chart" part="chart">
      <p class="muted small" aria-hidden="true">${m.dailyMax(formatDuration(top, locale))}</p>
      <svg viewBox="0 0 ${width} ${HEIGHT + 1}" preserveAspectRatio="none" role="img" aria-labelledby="chart-summary">
        <line class="axis" x1="0" x2=${width} y1=${HEIGHT + 0.5} y2=${HEIGHT + 0.5}></line>
        ${bars}
      </svg>
      <div class="chart-axis" aria-hidden="true">
        <span>${dayLabel(weeks[0]!.start, locale)}</span
        ><span>${dayLabel(weeks[weeks.length - 1]!.start, locale)}</span>
      </div>
      <figcaption id="chart-summary">${chartSummary(weeks, m, locale)}</figcaption>
    </figure>
    <details part="chart-table">
      <summary>${m.showTable}</summary>
      <div class="table-wrap" role="region" tabindex="0" aria-labelledby="chart-caption">
        <table>
          <caption id="chart-caption">
            ${m.tableCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${m.weekOf}</th>
              <th scope="col">${weekdays[0]}</th>
              <th scope="col">${weekdays[1]}</th>
              <th scope="col">${weekdays[2]}</th>
              <th scope="col">${weekdays[3]}</th>
              <th scope="col">${weekdays[4]}</th>
              <th scope="col">${weekdays[5]}</th>
              <th scope="col">${weekdays[6]}</th>
              <th scope="col">${m.total}</th>
            </tr>
          </thead>
          <tbody>
            ${weeks.map((week) => {
              // Seven cells written out: one template per row instead of one per cell.
              const day = (d: number) => {
                const seconds = week.days[d];
                return seconds === undefined ? '–' : formatDuration(seconds, locale);
              };
              return html`<tr>
                <th scope="row">${dayLabel(week.start, locale)}</th>
                <td>${day(0)}</td>
                <td>${day(1)}</td>
                <td>${day(2)}</td>
                <td>${day(3)}</td>
                <td>${day(4)}</td>
                <td>${day(5)}</td>
                <td>${day(6)}</td>
                <td>${formatDuration(week.total, locale)}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </details>
  `;
}
