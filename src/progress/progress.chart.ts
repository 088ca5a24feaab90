/**
 * The activity chart: this week's study time per day as bars over a time axis with gridlines and
 * weekday labels, a summary of the last 12 weeks, and a table of those 12 weeks behind a
 * disclosure. Each day's label carries its full weekday, date and time for screen readers, so the
 * drawing itself is decorative; a day without study reads "—" (named "no study").
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatDate, formatDuration, formatNumber } from '../core/format.js';
import type { Locale } from '../core/i18n.js';
import { addDays, seoulInstant } from '../data/time.js';
import type { ChartWeek } from './progress.stats.js';
import type { LearnerMessages } from './progress.learner.messages.js';

const HEIGHT = 100;
/** Gridline spacings to choose from, in minutes: the smallest that needs at most three lines. */
const STEPS = [15, 30, 60, 120, 180, 240, 360, 480, 720];

/** A Seoul calendar day for display: "2026. 12. 1." / "Dec 1, 2026". */
export const dayLabel = (dateKey: string, locale: Locale) => formatDate(seoulInstant(dateKey, 12), locale, 'medium');

/** The time axis for a tallest day of `top` seconds: the gridline spacing and how many lines. */
export function timeAxis(top: number): { step: number; lines: number } {
  const step = (STEPS.find((minutes) => top <= minutes * 180) ?? Math.ceil(top / 10_800) * 60) * 60;
  return { step, lines: Math.max(2, Math.ceil(top / step)) };
}

/** The text the chart is summarised by. */
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

/** A day's study time, or "—" named for screen readers when there was none. */
function studied(seconds: number, m: LearnerMessages, locale: Locale): TemplateResult | string {
  return seconds > 0
    ? formatDuration(seconds, locale)
    : html`<span aria-hidden="true">—</span><span class="visually-hidden">${m.noStudy}</span>`;
}

export function activityChart(
  weeks: readonly ChartWeek[],
  m: LearnerMessages,
  locale: Locale,
  today: string,
): TemplateResult {
  const week = weeks[weeks.length - 1]!;
  const top = Math.max(0, ...week.days.map((seconds) => seconds ?? 0));
  const { step, lines } = timeAxis(top);
  const max = step * lines;
  const weekdays = m.weekdays.split(' ');
  const narrow = m.weekdaysNarrow.split(' ');
  const ticks = Array.from({ length: lines + 1 }, (_, i) => i * step);
  return html`
    <figure class="chart" part="chart" aria-labelledby="chart-title">
      <figcaption id="chart-title" class="strong">
        ${m.thisWeekChart(dayLabel(week.start, locale), dayLabel(addDays(week.start, 6), locale))}
      </figcaption>
      <div class="plot">
        <ol class="ticks" aria-hidden="true">
          ${ticks.map((seconds) => html`<li>${seconds ? formatDuration(seconds, locale) : '0'}</li>`)}
        </ol>
        <svg viewBox="0 0 70 ${HEIGHT}" preserveAspectRatio="none" aria-hidden="true">
          ${ticks.slice(1).map((seconds) => {
            const y = HEIGHT - (seconds / max) * HEIGHT;
            return svg`<line class="grid" x1="0" x2="70" y1=${y} y2=${y}></line>`;
          })}
          <line class="axis" x1="0" x2="70" y1=${HEIGHT} y2=${HEIGHT}></line>
          ${week.days.map((seconds, d) => {
            if (!seconds) return nothing;
            const height = Math.max(1.5, (seconds / max) * HEIGHT);
            return svg`<rect class="day" x=${d * 10 + 2.5} y=${HEIGHT - height} width="5" height=${height}></rect>`;
          })}
        </svg>
        <ol class="days">
          ${week.days.map((seconds, d) => {
            const key = addDays(week.start, d);
            return html`<li aria-current=${key === today ? 'date' : nothing}>
              <span class="strong" aria-hidden="true"
                ><span class="long">${weekdays[d]}</span><span class="short">${narrow[d]}</span></span
              >
              <span class="visually-hidden">${formatDate(seoulInstant(key, 12), locale, 'day')}</span>
              ${seconds === undefined ? nothing : html`<span class="muted">${studied(seconds, m, locale)}</span>`}
            </li>`;
          })}
        </ol>
      </div>
      <p class="muted small">${chartSummary(weeks, m, locale)}</p>
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
            ${weeks.map((row) => {
              // Seven cells written out: one template per row instead of one per cell. Days still
              // to come are empty.
              const day = (d: number) => {
                const seconds = row.days[d];
                return seconds === undefined ? '' : studied(seconds, m, locale);
              };
              return html`<tr>
                <th scope="row">${dayLabel(row.start, locale)}</th>
                <td>${day(0)}</td>
                <td>${day(1)}</td>
                <td>${day(2)}</td>
                <td>${day(3)}</td>
                <td>${day(4)}</td>
                <td>${day(5)}</td>
                <td>${day(6)}</td>
                <td>${studied(row.total, m, locale)}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </details>
  `;
}
