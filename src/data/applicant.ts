/**
 * Rules for the booking applicant form, shared by the booking element (to validate as the user
 * types) and by data sources (to validate what arrives). They report field names only, never
 * values, so no personal data can leak into an error or a log.
 */
import { SCHOOL_LEVELS, type Applicant, type SchoolLevel } from './types.js';

/** Longest question an applicant may send, in characters. */
export const MAX_QUESTION_LENGTH = 500;
/** Longest applicant or guardian name, in characters. */
export const MAX_NAME_LENGTH = 50;

/** Highest school grade of each school level (초등 6학년, 중·고등 3학년). */
export const MAX_GRADE: Readonly<Record<SchoolLevel, number>> = { elementary: 6, middle: 3, high: 3 };

/**
 * Normalises a Korean mobile number typed in any common way (`01012345678`, `010 1234 5678`,
 * `+82 10-1234-5678`) to `010-1234-5678` (or `010-123-4567` for old 7-digit numbers);
 * undefined when it is not a 010 mobile number.
 */
export function normaliseKoreanMobile(input: string): string | undefined {
  if (typeof input !== 'string') return undefined;
  let digits = input.trim().replace(/[\s\-.()]/g, '');
  if (digits.startsWith('+82')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('0082')) digits = `0${digits.slice(4)}`;
  // "+82 010 …" is a common mistake: the trunk 0 written after the country code.
  if (digits.startsWith('0010')) digits = digits.slice(1);
  const match = /^010(\d{3,4})(\d{4})$/.exec(digits);
  return match ? `010-${match[1]}-${match[2]}` : undefined;
}

const length = (text: string) => [...text].length;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The names of the applicant fields that are invalid (empty when all are valid):
 * `name`, `schoolLevel`, `grade`, `phone`, `email`, `guardianAttending`, `guardianName`,
 * `guardianPhone`, `question`, `consent`.
 */
export function validateApplicant(applicant: Partial<Applicant> | undefined | null): string[] {
  const a = (applicant ?? {}) as Partial<Record<keyof Applicant, unknown>>;
  const invalid: string[] = [];
  const optionalText = (value: unknown) => value === undefined || value === null || typeof value === 'string';

  if (typeof a.name !== 'string' || !a.name.trim() || length(a.name.trim()) > MAX_NAME_LENGTH) invalid.push('name');
  const level = SCHOOL_LEVELS.includes(a.schoolLevel as SchoolLevel) ? (a.schoolLevel as SchoolLevel) : undefined;
  if (!level) invalid.push('schoolLevel');
  const grade = a.grade;
  if (typeof grade !== 'number' || !Number.isInteger(grade) || grade < 1 || grade > MAX_GRADE[level ?? 'elementary']) {
    invalid.push('grade');
  }
  if (typeof a.phone !== 'string' || !normaliseKoreanMobile(a.phone)) invalid.push('phone');
  if (!optionalText(a.email) || (typeof a.email === 'string' && a.email.trim() && !EMAIL.test(a.email.trim()))) {
    invalid.push('email');
  }
  if (typeof a.guardianAttending !== 'boolean') invalid.push('guardianAttending');
  if (
    !optionalText(a.guardianName) ||
    (typeof a.guardianName === 'string' && length(a.guardianName.trim()) > MAX_NAME_LENGTH)
  ) {
    invalid.push('guardianName');
  }
  if (
    !optionalText(a.guardianPhone) ||
    (typeof a.guardianPhone === 'string' && a.guardianPhone.trim() && !normaliseKoreanMobile(a.guardianPhone))
  ) {
    invalid.push('guardianPhone');
  }
  if (!optionalText(a.question) || (typeof a.question === 'string' && length(a.question) > MAX_QUESTION_LENGTH)) {
    invalid.push('question');
  }
  if (a.consent !== true) invalid.push('consent');
  return invalid;
}
