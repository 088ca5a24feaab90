/**
 * `value` to three decimals (milliseconds for seconds, 0.1 % for shares): how positions,
 * durations and coverage leave the player, in events, progress reports and xAPI statements.
 */
export const round = (value: number): number => Math.round(value * 1000) / 1000;
